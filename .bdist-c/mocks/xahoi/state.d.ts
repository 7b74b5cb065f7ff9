/**
 * What the social-affairs line keeps: everyone known with their entitlements (social assistance,
 * social pension, merit, veterans) and the funeral-support claims.
 * @see specs/xahoi.yaml; DOMAIN.md §2 A9
 */
import type { components } from '../../contracts/generated/xahoi.js';
import type { Entitlement, Population } from '../domain/population/index.js';
import type { BaseBuilder, CollectionDefinition } from '../ports/store/index.js';
type Schemas = components['schemas'];
/** A person and their entitlements (none for most people). */
export interface Citizen {
    readonly id: string;
    readonly hoTen: string;
    /** Last residence: the permanent (else current) address. */
    readonly maTinh: string;
    readonly maXa: string;
    readonly entitlements: readonly Entitlement[];
}
/** A funeral-support claim and the bank account it pays to. */
export interface StoredClaim {
    readonly claim: Schemas['FuneralSupportClaim'];
    readonly taiKhoanNganHang: Schemas['FuneralSupportClaimRequest']['taiKhoanNganHang'];
}
/** `xahoi.citizens`. */
export declare const CITIZENS: CollectionDefinition<Citizen>;
/** `xahoi.claims`, indexed by the deceased. */
export declare const CLAIMS: CollectionDefinition<StoredClaim, 'byDeceased'>;
/** Collection names, `xahoi.<name>`. */
export declare const COLLECTIONS: {
    readonly citizens: "xahoi.citizens";
    readonly claims: "xahoi.claims";
};
/**
 * Loads the social-affairs share of the population: every person with their entitlements.
 * @see MockSystem.seed
 */
export declare function seed(builder: BaseBuilder, population: Population): Promise<void>;
export {};
