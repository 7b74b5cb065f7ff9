/**
 * Validity of the free BHYT card of a child under 6 (TE1).
 *
 * The law: the card "is valid until the day the child is 72 months old; if at 72 months the
 * child has not yet reached school entry, it is valid until 30 September of that year" (Luật
 * BHYT 25/2008/QH12 as amended by Luật 46/2014/QH13, Art. 1(10)). The decree turns this into
 * a rule on dates: "a child born before 30 September: until the end of 30 September of the year
 * the child turns 72 months; a child born after 30 September: until the end of the last day of
 * the month the child turns 72 months" (NĐ 146/2018/NĐ-CP Art. 13(2)). 30 September is the eve
 * of 1 October, when the grade-1 pupil card starts (NĐ 146/2018/NĐ-CP Art. 13(7)(a)).
 *
 * Our reading, as data ({@link ChildCardValidityRule}):
 * - `from` is the birth date [low] (inference, DOMAIN.md §6.2);
 * - the child turns 72 months on birth date + 72 calendar months; a 29 February birth turns
 *   72 months on 28 February (the month has no 29th; Civil Code Art. 147–148);
 * - "before school entry" means that date falls before `schoolYearStart` (1 October, the start
 *   of the pupil card) of its own year; then `to` is `extendedUntil` (30 September) of that year;
 * - otherwise `to` is the last day of that month (decree) or that very day (`'exact-day'`, the
 *   bare law text);
 * - both bounds are inclusive ("đến hết ngày": through the end of that day).
 * Check NĐ 188/2025/NĐ-CP (which replaces NĐ 146/2018 from 07/2025) if this rule is disputed.
 */
import type { MonthDay } from './calendar-date.js';
/** How the under-6 card validity is computed. */
export interface ChildCardValidityRule {
    /** Months of cover from birth: 72. */
    readonly coverMonths: number;
    /** School entry: a child turning `coverMonths` before this day of that year is extended. */
    readonly schoolYearStart: MonthDay;
    /** The day of that year the extended card lasts to: 30 September. */
    readonly extendedUntil: MonthDay;
    /** Otherwise: to the end of the month of turning `coverMonths`, or to that very day. */
    readonly otherwise: 'end-of-month' | 'exact-day';
}
/** An inclusive validity period of `yyyy-MM-dd` days. */
export interface ValidityPeriod {
    readonly from: string;
    readonly to: string;
}
/**
 * Checks a rule once, when it is configured; throws {@link InvalidIdentifierInputError}.
 * @see STYLE.md rule 8
 */
export declare function defineChildCardValidityRule(rule: ChildCardValidityRule): ChildCardValidityRule;
/**
 * Default: NĐ 146/2018/NĐ-CP Art. 13(2) — to 30/9 when the child turns 72 months before
 * 1 October, else to the end of that month.
 * @see DOMAIN.md §6.2; Luật BHYT (Luật 46/2014/QH13 Art. 1(10)); NĐ 146/2018/NĐ-CP Art. 13(2)
 */
export declare const CHILD_CARD_RULE_DECREE_146: ChildCardValidityRule;
/**
 * The bare law text: to 30/9 when the child turns 72 months before school entry, else to the
 * day the child turns 72 months.
 * @see Luật BHYT 25/2008/QH12 as amended by Luật 46/2014/QH13, Art. 1(10)
 */
export declare const CHILD_CARD_RULE_LAW_TEXT: ChildCardValidityRule;
/**
 * The validity of a child's under-6 BHYT card; throws when `birthDate` is not a real day.
 * @see DOMAIN.md §6.2; NĐ 146/2018/NĐ-CP Art. 13(2)
 */
export declare function childCardValidity(birthDate: string, rule?: ChildCardValidityRule): ValidityPeriod;
/**
 * Whether the under-6 card of a child born on `birthDate` covers `onDate` (both inclusive).
 * @see childCardValidity
 */
export declare function isCoveredByChildCard(birthDate: string, onDate: string, rule?: ChildCardValidityRule): boolean;
