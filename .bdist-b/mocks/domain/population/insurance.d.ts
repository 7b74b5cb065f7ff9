import type { GenerationContext } from './context.js';
import type { InsuranceCategory, InsuranceRecord, Person, Sex } from './types.js';
/**
 * Retirement ages used to decide who can be a pensioner: 60 for men, 55 for women (the rule before
 * the 2021 roadmap; the gradual rise to 62/60 is not modelled). [low] simplification.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 169
 */
export declare const RETIREMENT_AGE: Readonly<Record<Sex, number>>;
/**
 * Invented employer names ("Công ty Cổ phần May mặc Việt Tiến"), built once.
 * @see specs/bhxh.yaml `ContributionPeriod.donVi`
 */
export declare const EMPLOYERS: readonly string[];
/**
 * The employer of voluntary contributions, as the record writes it.
 * @see specs/bhxh.yaml `ContributionPeriod.donVi`
 */
export declare const VOLUNTARY = "T\u1EF1 nguy\u1EC7n";
/**
 * A BHXH code, unique in the population: the province where it was issued (an old province code
 * before 01/07/2025, the new one after) then 8 random digits.
 * @see DOMAIN.md §6.2, §11 #11 (SANDBOX DEFAULT structure)
 */
export declare function issueBhxhCode(ctx: GenerationContext, provinceCode: string, month: number): string;
/**
 * An insurance record of the given category for an adult, with a plausible career.
 * @see InsuranceCategory
 */
export declare function insuranceRecord(ctx: GenerationContext, person: Person, category: Exclude<InsuranceCategory, 'NOT_PARTICIPATING'>, voluntary?: boolean): InsuranceRecord;
/**
 * The record of a child who holds a TE1 card: a BHXH code issued at birth, no contributions.
 * @see DOMAIN.md §3 step 8b
 */
export declare function childInsuranceRecord(ctx: GenerationContext, child: Person, provinceCode: string): InsuranceRecord;
