/**
 * What the VNeID mock stores: the identity profile behind each account (level, state, and the
 * residence and family links VNeID shows its user), the confirmations asked of citizens, and the
 * documents delivered to their wallets.
 * @see specs/vneid.yaml; DOMAIN.md §2 A1
 */
import type { components } from '../../contracts/generated/vneid.js';
import { type Result } from '../../contracts/result.js';
import type { Person, Population } from '../domain/population/index.js';
import type { BaseBuilder, CollectionDefinition, StoreScope } from '../ports/store/index.js';
type Confirmation = components['schemas']['Confirmation'];
type SignedDocument = components['schemas']['SignedDocument'];
/**
 * A citizen as VNeID knows them: the account and the identity profile mirrored from the
 * population database when the account was created.
 * @see mocks/domain/population/types.ts `Person`, `VneidAccount`
 */
export interface CitizenProfile {
    readonly soDinhDanh: string;
    readonly hoTen: string;
    readonly level: Person['vneid']['level'];
    readonly status: Person['vneid']['status'];
    readonly householdId: string | null;
    readonly isHouseholdHead: boolean;
    readonly fatherId: string | null;
    readonly motherId: string | null;
    readonly spouseId: string | null;
    readonly deceased: boolean;
}
/**
 * A confirmation as stored: the answer the citizen gave, if any. `HET_HAN` is never stored: a
 * confirmation still waiting after `hanXacNhan` reads as expired.
 * @see specs/vneid.yaml `Confirmation`
 */
export type StoredConfirmation = Omit<Confirmation, 'trangThai' | 'hanXacNhan'> & {
    readonly trangThai: 'CHO_XAC_NHAN' | 'DONG_Y' | 'TU_CHOI';
    readonly hanXacNhan: string;
};
/** A document in a citizen's wallet; one per citizen and `maGiayTo`. */
export interface WalletEntry {
    readonly id: string;
    readonly maBienNhan: string;
    readonly soDinhDanh: string;
    readonly maHoSo: string;
    readonly thoiDiemNhan: string;
    readonly giayTo: SignedDocument;
}
/**
 * Profiles by ID number; by household, parent and spouse, to find relatives (a widowed spouse
 * is found through the deceased, who keeps the spouse they had at death).
 */
export declare const CITIZENS: CollectionDefinition<CitizenProfile, 'byHousehold' | 'byParent' | 'bySpouse'>;
/** Confirmations by `maXacNhan`. */
export declare const CONFIRMATIONS: CollectionDefinition<StoredConfirmation>;
/** Wallet entries by `{soDinhDanh}|{maGiayTo}`. */
export declare const WALLET: CollectionDefinition<WalletEntry>;
/** Collection names of this mock. */
export declare const VNEID_COLLECTIONS: {
    readonly citizens: "vneid.citizens";
    readonly confirmations: "vneid.confirmations";
    readonly wallet: "vneid.wallet";
};
/** The profile VNeID holds for a person of the population. */
export declare function profileOf(person: Person): CitizenProfile;
/**
 * Loads a profile for every person of the population.
 * @see mocks/kit/system.ts `MockSystem.seed`
 */
export declare function seed(builder: BaseBuilder, population: Population): Promise<void>;
/** Why a confirmation could not be decided. */
export interface DecideError {
    readonly code: 'NOT_FOUND' | 'ALREADY_ANSWERED' | 'EXPIRED';
}
/**
 * Records the citizen's answer to a waiting confirmation (for the sandbox control plane, which
 * decides in the citizen's place). Fails when the confirmation does not exist, is already
 * answered, or expired before `now`.
 * @see specs/vneid.yaml `vneidGetConfirmation`; DESIGN.md §3 (processing profile `manual`)
 */
export declare function decideConfirmation(store: StoreScope, maXacNhan: string, answer: 'DONG_Y' | 'TU_CHOI', now: Date): Promise<Result<StoredConfirmation, DecideError>>;
export {};
