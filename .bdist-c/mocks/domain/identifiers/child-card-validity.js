import { addMonths, calendarDate, compareCalendarDates, daysInMonth, formatCalendarDate, requireCalendarDate, } from './calendar-date.js';
import { InvalidIdentifierInputError } from './errors.js';
/**
 * Checks a rule once, when it is configured; throws {@link InvalidIdentifierInputError}.
 * @see STYLE.md rule 8
 */
export function defineChildCardValidityRule(rule) {
    const validDay = (d) => calendarDate(2001, d.month, d.day) !== undefined;
    if (!Number.isInteger(rule.coverMonths) ||
        rule.coverMonths <= 0 ||
        !validDay(rule.schoolYearStart) ||
        !validDay(rule.extendedUntil)) {
        throw new InvalidIdentifierInputError('INVALID_RULE', 'coverMonths must be a positive integer and both days real days of a non-leap year');
    }
    return Object.freeze({
        ...rule,
        schoolYearStart: Object.freeze({ ...rule.schoolYearStart }),
        extendedUntil: Object.freeze({ ...rule.extendedUntil }),
    });
}
/**
 * Default: NĐ 146/2018/NĐ-CP Art. 13(2) — to 30/9 when the child turns 72 months before
 * 1 October, else to the end of that month.
 * @see DOMAIN.md §6.2; Luật BHYT (Luật 46/2014/QH13 Art. 1(10)); NĐ 146/2018/NĐ-CP Art. 13(2)
 */
export const CHILD_CARD_RULE_DECREE_146 = defineChildCardValidityRule({
    coverMonths: 72,
    schoolYearStart: { month: 10, day: 1 },
    extendedUntil: { month: 9, day: 30 },
    otherwise: 'end-of-month',
});
/**
 * The bare law text: to 30/9 when the child turns 72 months before school entry, else to the
 * day the child turns 72 months.
 * @see Luật BHYT 25/2008/QH12 as amended by Luật 46/2014/QH13, Art. 1(10)
 */
export const CHILD_CARD_RULE_LAW_TEXT = defineChildCardValidityRule({
    ...CHILD_CARD_RULE_DECREE_146,
    otherwise: 'exact-day',
});
/**
 * The validity of a child's under-6 BHYT card; throws when `birthDate` is not a real day.
 * @see DOMAIN.md §6.2; NĐ 146/2018/NĐ-CP Art. 13(2)
 */
export function childCardValidity(birthDate, rule = CHILD_CARD_RULE_DECREE_146) {
    const birth = requireCalendarDate(birthDate, 'birthDate');
    const turns = addMonths(birth, rule.coverMonths);
    const schoolStart = onDay(turns.year, rule.schoolYearStart);
    const extended = onDay(turns.year, rule.extendedUntil);
    let to;
    // The extension never shortens the cover, whatever days a custom rule names.
    if (compareCalendarDates(turns, schoolStart) < 0 && compareCalendarDates(extended, turns) >= 0) {
        to = extended;
    }
    else if (rule.otherwise === 'end-of-month') {
        to = { ...turns, day: daysInMonth(turns.year, turns.month) };
    }
    else {
        to = turns;
    }
    return { from: formatCalendarDate(birth), to: formatCalendarDate(to) };
}
/**
 * Whether the under-6 card of a child born on `birthDate` covers `onDate` (both inclusive).
 * @see childCardValidity
 */
export function isCoveredByChildCard(birthDate, onDate, rule = CHILD_CARD_RULE_DECREE_146) {
    const on = formatCalendarDate(requireCalendarDate(onDate, 'onDate'));
    const { from, to } = childCardValidity(birthDate, rule);
    return from <= on && on <= to;
}
/** The given month/day in a year; 29 February falls back to the 28th in common years. */
function onDay(year, day) {
    return { year, month: day.month, day: Math.min(day.day, daysInMonth(year, day.month)) };
}
