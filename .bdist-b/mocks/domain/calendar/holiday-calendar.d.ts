import type { DayOff, HolidayYear, MakeUpDay } from './holiday-types.js';
import type { LocalDate } from './vn-time.js';
/**
 * Compiled holiday look-ups for the years `firstYear`–`lastYear`.
 * @see DOMAIN.md §5 "Calendar"
 */
export interface HolidayCalendar {
    readonly firstYear: number;
    readonly lastYear: number;
    readonly years: ReadonlyMap<number, HolidayYear>;
    readonly daysOff: ReadonlyMap<LocalDate, DayOff>;
    readonly makeUpDays: ReadonlyMap<LocalDate, MakeUpDay>;
}
/**
 * How a sandbox adapts the table without editing it. Applied in this order: `table`, then
 * `years` (replace or add whole years by number), then `removeDates`, then the extras.
 * @see DOMAIN.md §11 (sandbox defaults are configurable)
 */
export interface HolidayCalendarOptions {
    /** Base table; defaults to `HOLIDAY_YEARS`. */
    readonly table?: readonly HolidayYear[];
    /** Years that replace the base entry with the same number, or extend the range. */
    readonly years?: readonly HolidayYear[];
    /** Dates whose day off or make-up day is dropped; each must match something. */
    readonly removeDates?: readonly LocalDate[];
    /** Additional closures, e.g. `cultureDayDaysOff(2026)` or a provincial closure. */
    readonly extraDaysOff?: readonly DayOff[];
    /** Additional weekend days declared working days. */
    readonly extraMakeUpDays?: readonly MakeUpDay[];
}
/**
 * The calendar options are inconsistent; the message names the offending option key.
 * @see STYLE.md rule 8 (config fails fast with the name of the bad key)
 */
export declare class HolidayCalendarConfigError extends Error {
    readonly name = "HolidayCalendarConfigError";
}
/**
 * A date outside the years the calendar covers was asked about; extend the table.
 * @see holiday-table.ts
 */
export declare class CalendarRangeError extends RangeError {
    readonly name = "CalendarRangeError";
}
/**
 * Validates the options and compiles the calendar. Throws `HolidayCalendarConfigError`.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 111(3), Art. 112
 */
export declare function createHolidayCalendar(options?: HolidayCalendarOptions): HolidayCalendar;
/**
 * The calendar built from `HOLIDAY_YEARS` with no overrides.
 * @see holiday-table.ts
 */
export declare const DEFAULT_HOLIDAY_CALENDAR: HolidayCalendar;
/**
 * True when public offices work on `date`: a make-up day, or Monday–Friday and not a day off.
 * Throws `CalendarRangeError` outside the calendar's years.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 111, 112; DOMAIN.md §5 "Calendar"
 */
export declare function isWorkingDate(calendar: HolidayCalendar, date: LocalDate): boolean;
/**
 * The day off declared on `date`, if any (weekends without a holiday return `undefined`).
 * @see Bộ luật Lao động 45/2019/QH14 Art. 112
 */
export declare function holidayOn(calendar: HolidayCalendar, date: LocalDate): DayOff | undefined;
/**
 * Throws `CalendarRangeError` unless the calendar covers the year of `date`.
 * @see holiday-table.ts
 */
export declare function assertCovered(calendar: HolidayCalendar, date: LocalDate): void;
