import type { Result } from '../../../contracts/result.js';
import type { Instant } from './instant.js';
import type { RegimeProblem } from './problems.js';
import type { RegimeSettings } from './settings.js';
import type { AgencyLevel, BenefitVariant, DeceasedCategory, SystemId } from './vocabulary.js';
/**
 * What routing needs to know about the deceased, and which survivor benefit (if any) the
 * relatives ask for.
 * @see DOMAIN.md §4
 */
export interface BenefitTraits {
    readonly categories: readonly DeceasedCategory[];
    readonly survivor?: 'ONE_TIME' | 'MONTHLY';
}
/**
 * A benefit leg routed to a variant and its deciding system and agency.
 * @see DOMAIN.md §4 variant table
 */
export interface VariantRoute {
    readonly variant: BenefitVariant;
    readonly system: SystemId;
    readonly agency: AgencyLevel;
    readonly procedureCode: string | null;
}
/**
 * The routed funeral leg (MT) and, when asked for, the survivor leg (TU): a route or the refusal
 * `KHONG_THUOC_DOI_TUONG` when the funeral route grants no survivor benefits.
 * @see DOMAIN.md §4
 */
export interface BenefitRoute {
    readonly funeral: VariantRoute;
    readonly survivor?: Result<VariantRoute, RegimeProblem>;
}
/**
 * Routes the benefit legs by the configured rules, first match wins. Default order: insured,
 * reserving or pensioner → BHXH (`MAI_TANG_BHXH`); person with merit → `MAI_TANG_NCC`;
 * social-assistance beneficiary → `HO_TRO_MAI_TANG`; otherwise `KHONG_THUOC_DOI_TUONG`.
 * Survivor benefits (TU) exist only on a route that allows them (BHXH by default).
 * @see DOMAIN.md §4 "SANDBOX DEFAULT routing", §11 #13
 */
export declare function routeBenefit(traits: BenefitTraits, settings?: RegimeSettings): Result<BenefitRoute, RegimeProblem>;
/**
 * The amount of a benefit variant on a date, from its amount rule: funeral allowance =
 * 10 × reference amount; funeral-cost support = multiple × standard level (540,000 đ from
 * 01/07/2026). Survivor benefits and other variants are `AMOUNT_NOT_MODELLED`.
 * @see DOMAIN.md §4, §11 #14
 */
export declare function benefitAmount(variant: BenefitVariant, at: Instant, settings?: RegimeSettings): Result<{
    readonly amount: number;
    readonly legalBasis: string;
}, RegimeProblem>;
