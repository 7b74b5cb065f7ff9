/** A calendar day without time or zone. */
export interface CalendarDate {
    readonly year: number;
    readonly month: number;
    readonly day: number;
}
/** A day of the year (month 1–12, day 1–31), e.g. 30 September. */
export interface MonthDay {
    readonly month: number;
    readonly day: number;
}
/**
 * Days in a month of the proleptic Gregorian calendar.
 * @see https://en.wikipedia.org/wiki/Gregorian_calendar#Leap_years
 */
export declare function daysInMonth(year: number, month: number): number;
/**
 * Builds a date from fields, or `undefined` when the day does not exist (e.g. 2025-02-29).
 * @see DOMAIN.md §6.5 (dates are `yyyy-MM-dd`)
 */
export declare function calendarDate(year: number, month: number, day: number): CalendarDate | undefined;
/**
 * Reads a `yyyy-MM-dd` string, or `undefined` when it is malformed or names no real day.
 * @see docs/contracts-guide.md rule 9 (dates are `yyyy-MM-dd`)
 */
export declare function parseCalendarDate(value: string): CalendarDate | undefined;
/**
 * Reads a `yyyy-MM-dd` string the caller must already have validated; throws otherwise.
 * @see STYLE.md rule 6
 */
export declare function requireCalendarDate(value: string, what: string): CalendarDate;
/**
 * Writes a date as `yyyy-MM-dd`.
 * @see docs/contracts-guide.md rule 9
 */
export declare function formatCalendarDate(date: CalendarDate): string;
/**
 * Adds whole months; when the target month is shorter the result is its last day
 * (2020-02-29 + 72 months = 2026-02-28), as periods in months end under the Civil Code.
 * @see Bộ luật Dân sự 91/2015/QH13 Art. 147–148 (periods counted in months)
 */
export declare function addMonths(date: CalendarDate, months: number): CalendarDate;
/**
 * Orders two dates: negative when `a` is earlier, 0 when equal, positive when later.
 * @see formatCalendarDate
 */
export declare function compareCalendarDates(a: CalendarDate, b: CalendarDate): number;
/**
 * Left-pads a non-negative integer with zeros.
 * @see formatCalendarDate
 */
export declare function pad(value: number, width: number): string;
