/**
 * The residence system's decisions as pure functions over its register and the answers of the
 * population database and VNeID. Handlers gather the facts; these functions decide.
 * @see DOMAIN.md §3 step 8a, §4 step 4; specs/cutru.yaml
 */
import type { components } from '../../contracts/generated/cutru.js';
import type { AdminUnitCatalogue } from '../domain/admin-units/index.js';
import type { Reason } from '../kit/index.js';
import type { HouseholdRecord, ResidentRecord, WireAddress } from './state.js';
type Schemas = components['schemas'];
type RegistrationRequest = Schemas['PermanentResidenceRequest'];
type Purpose = Schemas['Purpose'];
/**
 * Refuses an address whose commune is not in the administrative-unit catalogue, or not in the
 * declared province.
 * @see DOMAIN.md §6.6 (post-2025 two-level units); specs/cutru.yaml `DIA_CHI_KHONG_TON_TAI`
 */
export declare function checkAddress(address: WireAddress, catalogue: AdminUnitCatalogue): Reason | null;
/**
 * How the household head's consent is obtained:
 * - `DECLARANT_IS_HEAD`: the head declares (signs the CT01) themselves, nothing more to ask;
 * - `CT01_SIGNED` / `CT01_UNSIGNED`: consent mode CT01, with or without the signed form attached;
 * - `VNEID_CHECK`: mode VNEID with a confirmation id to check;
 * - `VNEID_ASK`: mode VNEID without one, this system asks the head in VNeID;
 * - `MODE_MISMATCH`: mode CT01 with a VNeID confirmation id.
 * @see specs/cutru.yaml `cutruRegisterPermanentResidence`; DOMAIN.md §3 step 8a, §8 (CT01 consent
 * blocks); Luật Cư trú 68/2020/QH14 Art. 20(1)
 */
export type ConsentRoute = 'DECLARANT_IS_HEAD' | 'CT01_SIGNED' | 'CT01_UNSIGNED' | 'VNEID_CHECK' | 'VNEID_ASK' | 'MODE_MISMATCH';
/** Decides the {@link ConsentRoute} of a CT01 request. */
export declare function consentRoute(request: RegistrationRequest): ConsentRoute;
/** A VNeID confirmation state (`Confirmation.trangThai` in vneid.yaml). */
export type ConfirmationState = 'CHO_XAC_NHAN' | 'DONG_Y' | 'TU_CHOI' | 'HET_HAN';
/**
 * What a VNeID answer means for the registration: waiting keeps it `CHO_XAC_NHAN_CHU_HO`,
 * agreed lets it proceed, refused or expired refuses it with `CHU_HO_CHUA_DONG_Y`.
 * @see specs/cutru.yaml `cutruRegisterPermanentResidence` (consent modes)
 */
export declare function consentFromConfirmation(state: ConfirmationState): 'WAITING' | 'AGREED' | Reason;
/** The parts of a VNeID confirmation that must match the registration. */
export interface ConfirmationFacts {
    readonly loaiXacNhan: string;
    readonly soDinhDanhNguoiXacNhan: string;
    readonly maHoSo: string;
}
/**
 * A confirmation counts only when it is a household-head consent, given by this head, for this
 * dossier; otherwise it is "made for another dossier" (`CONFIRMATION_NOT_FOUND`).
 * @see specs/cutru.yaml `cutruRegisterPermanentResidence` (422 CONFIRMATION_NOT_FOUND)
 */
export declare function confirmationMatches(confirmation: ConfirmationFacts, dossier: string, headId: string): boolean;
/**
 * A person already holding a permanent residence cannot hold a second one: refused with
 * `DA_DANG_KY_THUONG_TRU_NOI_KHAC` (or `…_TAI_HO_NAY` when it is this very household).
 * @see Luật Cư trú 68/2020/QH14 Art. 11 (one permanent residence); specs/cutru.yaml refusal codes
 */
export declare function residenceConflict(resident: ResidentRecord | undefined, householdId: string, pointer: string): Reason | null;
/** Identity as declared and as the population database holds it. */
export interface IdentityFacts {
    readonly hoTen: string;
    readonly ngaySinh: string;
    readonly gioiTinh?: string;
}
/**
 * Declared identity must match the population database (names compared without case and
 * tone-mark placement differences), else `THONG_TIN_KHONG_KHOP_CSDL_DAN_CU`.
 * @see SECURITY.md GW-08 (verified data decides residence)
 */
export declare function identityMismatch(declared: IdentityFacts, registered: Partial<IdentityFacts>, pointer: string): Reason | null;
/**
 * The household after a member's permanent residence is deregistered. The household keeps its
 * `maHo` (spec). When the member was the head, SANDBOX DEFAULT: the surviving spouse registered
 * in the household becomes head (children and grandchildren keep their relation, others become
 * `KHAC`); without a spouse the oldest remaining member becomes head and the others keep their
 * recorded relation until the head-change procedure; with no one left the head is vacant.
 * @see specs/cutru.yaml `cutruDeregisterPermanentResidence` ("naming a new head is a separate
 * procedure"); Luật Cư trú 68/2020/QH14 Art. 10(3)
 */
export declare function householdWithout(household: HouseholdRecord, personId: string, birthDateOf: (id: string) => string): HouseholdRecord;
/**
 * Household members are disclosed for the purpose `DK_THUONG_TRU` only.
 * @see SECURITY.md §3, GW-16; specs/cutru.yaml `cutruGetHousehold`
 */
export declare function householdReadAllowed(purpose: Purpose): boolean;
/**
 * Which optional parts of a citizen's residence a purpose may see: the permanent residence
 * (field 12) is in every purpose's allow-list; the current place (14) and temporary residence
 * (13) only where the list names them.
 * @see SECURITY.md §3 (purposes and field allow-lists)
 */
export declare function residenceFieldsFor(purpose: Purpose): {
    readonly current: boolean;
    readonly temporary: boolean;
};
/** The population database's answer on a death, as deregistration needs it. */
export interface DeathFacts {
    readonly dead: boolean;
    readonly deathDate: string | null;
}
/**
 * A deregistration on the ground of death needs the death in the population database
 * (`DEATH_NOT_RECORDED` otherwise); a declared date of death that differs from the recorded one
 * refuses the request with `THONG_TIN_KHONG_KHOP_CSDL_DAN_CU`.
 * @see DOMAIN.md §4 step 4; Luật Cư trú 68/2020/QH14 Art. 24(1)(a); specs/cutru.yaml example
 */
export declare function deathCheck(facts: DeathFacts, declaredDate: string | undefined): 'NOT_RECORDED' | Reason | 'OK';
export {};
