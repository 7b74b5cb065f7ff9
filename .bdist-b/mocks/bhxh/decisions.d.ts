/**
 * The decision on each benefit of a death-benefit claim, from the deceased's insurance record,
 * the relatives and the configured amounts. Pure: no store, no clock.
 * @see specs/bhxh.yaml `BenefitDecision`; DOMAIN.md §4, §11 #14, #21
 */
import type { components } from '../../contracts/generated/bhxh.js';
import type { InsuranceRecord } from '../domain/population/index.js';
import { type RegimeSettings } from '../domain/regimes/index.js';
import type { Reason } from '../kit/index.js';
type Schemas = components['schemas'];
type ClaimRequest = Schemas['DeathBenefitClaimRequest'];
type BenefitKind = Schemas['BhxhBenefitKind'];
/** A decision before its document number is known. */
export type DecisionDraft = Omit<Schemas['BenefitDecision'], 'maGiayTo'>;
/**
 * Legal basis of the funeral allowance (the amount's own basis comes from the regimes table).
 * @see Luật BHXH 41/2024/QH15 Art. 85
 */
export declare const FUNERAL_LEGAL_BASIS = "Lu\u1EADt BHXH 41/2024/QH15 \u0110i\u1EC1u 85";
/**
 * The reference amount (mức tham chiếu) in force on a date, from the regimes table.
 * @see DOMAIN.md §11 #14; RegimeSettings.benefits.referenceAmounts
 */
export declare function referenceAmount(settings: RegimeSettings, date: string): number | undefined;
/**
 * Decides every benefit a claim asks for, in the order asked.
 * @see Luật BHXH 41/2024/QH15 Art. 85–89
 */
export declare function decideBenefits(record: InsuranceRecord, request: ClaimRequest, settings: RegimeSettings): DecisionDraft[];
/**
 * Every benefit refused with the same reasons (a forced refusal).
 * @see specs/bhxh.yaml (`Prefer: outcome=refuse`)
 */
export declare function refuseAll(cheDo: readonly BenefitKind[], lyDo: readonly Reason[]): DecisionDraft[];
export {};
