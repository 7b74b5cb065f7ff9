/**
 * Pure decisions of the social-affairs line: which category each funeral-support variant needs,
 * the routing order of categories, duplicates, and the amount from the regimes table.
 * @see specs/xahoi.yaml xahoiClaimFuneralSupport; DOMAIN.md §4 variant table, §11 #13, #14
 */
import type { components } from '../../contracts/generated/xahoi.js';
import type { SocialCategory } from '../domain/population/index.js';
import { type RegimeSettings } from '../domain/regimes/index.js';
import type { StoredClaim } from './state.js';
type Schemas = components['schemas'];
type Variant = Schemas['FuneralSupportKind'];
/**
 * The category a variant requires of the deceased.
 * @see specs/xahoi.yaml xahoiClaimFuneralSupport; DOMAIN.md §4 variant table
 */
export declare const VARIANT_CATEGORY: Readonly<Record<Variant, SocialCategory>>;
/**
 * Routing order of categories: the first describes a person in several.
 * @see specs/xahoi.yaml xahoiGetBeneficiary
 */
export declare const ROUTING_ORDER: readonly SocialCategory[];
/**
 * The decision document of a variant.
 * @see specs/xahoi.yaml xahoiClaimFuneralSupport
 */
export declare const DECISION_DOCUMENT: Readonly<Record<Variant, 'QUYET_DINH_HO_TRO_MAI_TANG' | 'QUYET_DINH_MAI_TANG_PHI'>>;
/**
 * Legal basis of each variant (the amount's basis comes from the regimes table).
 * @see DOMAIN.md §4 variant table
 */
export declare const VARIANT_LEGAL_BASIS: Readonly<Record<Variant, string>>;
/**
 * Whether the deceased belongs to the category the variant requires.
 * @see specs/xahoi.yaml (422 `KHONG_THUOC_DOI_TUONG`)
 */
export declare function isEntitled(categories: readonly SocialCategory[], variant: Variant): boolean;
/**
 * Categories sorted in routing order.
 * @see ROUTING_ORDER
 */
export declare function inRoutingOrder<T extends {
    readonly category: SocialCategory;
}>(entitlements: readonly T[]): T[];
/**
 * An open or granted funeral-support claim for the same deceased (a refused one does not count).
 * @see specs/xahoi.yaml (409 `CLAIM_DUPLICATE`)
 */
export declare function duplicateOf(existing: readonly StoredClaim[]): StoredClaim | undefined;
/**
 * The support amount: `heSo × mucChuan` with the standard level in force in the month of death
 * and the variant's configured multiple; undefined when the sandbox does not model it.
 * @see DOMAIN.md §11 #14; regimes benefitAmount
 */
export declare function supportAmount(variant: Variant, deathDate: string, settings: RegimeSettings): {
    soTien: number;
    coSoTinh: Schemas['SupportBasis'];
    legalBasis: string;
} | undefined;
export {};
