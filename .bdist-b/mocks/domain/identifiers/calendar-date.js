/**
 * Calendar dates as plain fields. Identifier arithmetic works on year/month/day only, never on
 * `Date` in a local time zone, so a birth date means the same day on every machine.
 */
import { InvalidIdentifierInputError } from './errors.js';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * Days in a month of the proleptic Gregorian calendar.
 * @see https://en.wikipedia.org/wiki/Gregorian_calendar#Leap_years
 */
export function daysInMonth(year, month) {
    if (month === 2) {
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        return leap ? 29 : 28;
    }
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
/**
 * Builds a date from fields, or `undefined` when the day does not exist (e.g. 2025-02-29).
 * @see DOMAIN.md §6.5 (dates are `yyyy-MM-dd`)
 */
export function calendarDate(year, month, day) {
    if (!Number.isInteger(year) || year < 1 || year > 9999)
        return undefined;
    if (!Number.isInteger(month) || month < 1 || month > 12)
        return undefined;
    if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month))
        return undefined;
    return { year, month, day };
}
/**
 * Reads a `yyyy-MM-dd` string, or `undefined` when it is malformed or names no real day.
 * @see docs/contracts-guide.md rule 9 (dates are `yyyy-MM-dd`)
 */
export function parseCalendarDate(value) {
    const match = ISO_DATE.exec(value);
    if (!match)
        return undefined;
    return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}
/**
 * Reads a `yyyy-MM-dd` string the caller must already have validated; throws otherwise.
 * @see STYLE.md rule 6
 */
export function requireCalendarDate(value, what) {
    const date = parseCalendarDate(value);
    if (!date) {
        throw new InvalidIdentifierInputError('INVALID_DATE', `${what} is not a yyyy-MM-dd calendar day`);
    }
    return date;
}
/**
 * Writes a date as `yyyy-MM-dd`.
 * @see docs/contracts-guide.md rule 9
 */
export function formatCalendarDate(date) {
    return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
/**
 * Adds whole months; when the target month is shorter the result is its last day
 * (2020-02-29 + 72 months = 2026-02-28), as periods in months end under the Civil Code.
 * @see Bộ luật Dân sự 91/2015/QH13 Art. 147–148 (periods counted in months)
 */
export function addMonths(date, months) {
    const index = date.year * 12 + (date.month - 1) + months;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}
/**
 * Orders two dates: negative when `a` is earlier, 0 when equal, positive when later.
 * @see formatCalendarDate
 */
export function compareCalendarDates(a, b) {
    return a.year - b.year || a.month - b.month || a.day - b.day;
}
/**
 * Left-pads a non-negative integer with zeros.
 * @see formatCalendarDate
 */
export function pad(value, width) {
    return String(value).padStart(width, '0');
}
