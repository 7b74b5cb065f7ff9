import type { GenerationContext } from './context.js';
import type { Family } from './household.js';
import type { Person } from './types.js';
/**
 * Natural rates. Insurance: about 38% of working-age adults contribute (≈ 18 of 52 million in the
 * labour force), 27% of people past retirement age draw a pension; VNeID level 2 for about 82%
 * of people aged 14+ (80.1% activation in Bình Định, DOMAIN.md §9); TE1 cards for 93% of children
 * under 6 (the rest have no card yet).
 * @see DOMAIN.md §9; GSO labour force survey 2024; VSS annual report 2024
 */
export declare const NATURAL_RATES: {
    readonly contributing: 0.38;
    readonly contributingUnder25: 0.2;
    readonly voluntary: 0.03;
    readonly reserved: 0.08;
    readonly pensioner: 0.27;
    readonly monthlyBenefit: 0.02;
    readonly reservedAfterRetirement: 0.03;
    readonly socialPensionOrOldAge: 0.85;
    readonly disability: 0.01;
    readonly meritMale: 0.07;
    readonly meritFemale: 0.03;
    readonly veteran: 0.08;
    readonly childCard: 0.93;
    readonly usedBirthCertificate: 0.95;
    readonly pendingBirth: 0.025;
    readonly recentDeathOver70: 0.008;
    readonly recentDeath40To69: 0.001;
};
/** VNeID accounts exist from 14 (younger children are level 0). @see NĐ 69/2024/NĐ-CP */
export declare const VNEID_MIN_AGE = 14;
/**
 * Decorates every member of a family; `allowEvents` turns pending births and recent deaths on.
 * @see NATURAL_RATES
 */
export declare function decorateFamily(ctx: GenerationContext, family: Family, allowEvents: boolean): void;
/**
 * Whether a woman of this family can have a pending birth: 20–40, married, in a household,
 * alive, without a pending certificate or a child of hers in the family born in the last 300 days.
 * @see applyPendingBirth
 */
export declare function canExpect(ctx: GenerationContext, family: Family, person: Person): boolean;
