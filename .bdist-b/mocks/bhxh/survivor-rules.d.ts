/**
 * Survivor benefits (chế độ tử tuất) as data and pure decisions: who qualifies for the monthly
 * allowance, the relatives' agreement the one-time allowance needs, and the one-time amount.
 * The regimes module does not model these amounts (`NOT_MODELLED`), so their parameters live
 * here, each with its source.
 * @see DOMAIN.md §4 "BHXH dossier", §11 #21; Luật BHXH 41/2024/QH15 Art. 86–89
 */
import type { components } from '../../contracts/generated/bhxh.js';
import type { InsuranceRecord } from '../domain/population/index.js';
type Relative = components['schemas']['Relative'];
type BenefitBasis = components['schemas']['BenefitBasis'];
/**
 * The parameters of the survivor rules (SANDBOX DEFAULT readings of the law, DOMAIN.md §11 #21).
 * @see Luật BHXH 41/2024/QH15 Art. 86 (monthly), Art. 88–89 (one-time)
 */
export declare const SURVIVOR_RULES: {
    readonly monthly: {
        readonly legalBasis: "Luật BHXH 41/2024/QH15 Điều 86";
        /** Art. 86(1)(a): at least 15 years of compulsory contributions (or a pensioner). */
        readonly deceasedMinCompulsoryMonths: 180;
        /** Art. 86(2): children under 18; older children, wives under 55 and husbands under 60 only with ≥ 81% incapacity. */
        readonly childAgeLimit: 18;
        readonly incapacityPercent: 81;
        readonly spouseAge: {
            readonly VO: 55;
            readonly CHONG: 60;
        };
        readonly parentAge: {
            readonly CHA: 60;
            readonly ME: 55;
        };
        /** Art. 86(4): at most 4 relatives receive the monthly allowance. */
        readonly maxRelatives: 4;
        /** Art. 86(3): 50% of the reference amount per relative. */
        readonly rateOfReference: 0.5;
    };
    readonly oneTime: {
        readonly legalBasis: "Luật BHXH 41/2024/QH15 Điều 88, Điều 89";
        /** Art. 89(1): 1.5 months of average salary per year before 2014, 2 months from 2014. */
        readonly monthsPerYearBefore2014: 1.5;
        readonly monthsPerYearFrom2014: 2;
        readonly split: "2014-01";
        /** Art. 89(1): at least 3 months of average salary. */
        readonly minimumMonths: 3;
        /** Art. 89(2): 48 months of pension in the first 2 months, 0.5 less per later month, at least 3. */
        readonly pensionMonths: 48;
        readonly pensionFullMonths: 2;
        readonly pensionStep: 0.5;
        readonly pensionMinimumMonths: 3;
    };
};
/**
 * Whether the deceased's record lets relatives receive the monthly allowance at all: a pensioner
 * or monthly-benefit recipient, or 15 years of compulsory contributions.
 * @see Luật BHXH 41/2024/QH15 Art. 86(1)
 */
export declare function deceasedAllowsMonthly(record: InsuranceRecord): boolean;
/**
 * Whether a relative qualifies for the monthly allowance on the date of death: a child under 18;
 * a wife from 55, a husband from 60, a father from 60, a mother from 55; a child of 18 or more, a
 * younger wife or husband only with ≥ 81% work-capacity loss. Others never do.
 * @see DOMAIN.md §4 "BHXH dossier"; Luật BHXH 41/2024/QH15 Art. 86(2)
 */
export declare function qualifiesMonthly(relative: Relative, deathDate: string): boolean;
/**
 * The relatives who receive the monthly allowance: those who qualify, at most 4, in the order
 * of the relatives list.
 * @see Luật BHXH 41/2024/QH15 Art. 86(2), (4)
 */
export declare function monthlyRelatives(relatives: readonly Relative[], deathDate: string): Relative[];
/**
 * Indexes of the adult relatives (18+ on `onDate`) whose agreement on the representative is
 * missing: neither a VNeID confirmation in state `DONG_Y` nor Form 09-HSB.
 * @see DOMAIN.md §4 "BHXH dossier"; QĐ 1449/QĐ-BHXH
 */
export declare function missingAgreements(relatives: readonly Relative[], onDate: string): number[];
/**
 * The basis of the one-time allowance (without the reference amount): months of pension for a
 * pensioner or monthly-benefit recipient, else months of average insured salary by contribution
 * years.
 * @see Luật BHXH 41/2024/QH15 Art. 89
 */
export declare function oneTimeBasis(record: InsuranceRecord, deathDate: string): Pick<BenefitBasis, 'canCu' | 'mucCanCu' | 'heSo'>;
/** The month after `yyyy-MM`. */
export declare function nextMonth(month: string): string;
/** `yyyy-MM` plus `n` months. */
export declare function addMonths(month: string, n: number): string;
/** Months from `from` to `to`, both included (0 when `to` is earlier). */
export declare function monthsInclusive(from: string, to: string): number;
export {};
