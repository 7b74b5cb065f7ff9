/**
 * Day arithmetic for the generator: civil dates as day numbers (days since 1970-01-01, integer
 * arithmetic only, so the machine's time zone never matters) and back to `yyyy-MM-dd` strings,
 * interned so that a million people share a few tens of thousands of date strings.
 */
/**
 * The day number of a proleptic Gregorian date (days since 1970-01-01), by integer arithmetic:
 * no `Date` object, no allocation.
 * @see https://howardhinnant.github.io/date_algorithms.html#days_from_civil
 */
export declare function dayFromCivil(year: number, month: number, day: number): number;
/**
 * The date of a day number packed as `yyyymmdd` (e.g. 20260915), without allocating.
 * @see https://howardhinnant.github.io/date_algorithms.html#civil_from_days
 */
export declare function civilFromDay(day: number): number;
/**
 * The day number of a `yyyy-MM-dd` date (no validation: callers pass checked dates).
 * @see dayFromCivil
 */
export declare function toDay(date: string): number;
/**
 * The calendar year of a day number.
 * @see civilFromDay
 */
export declare function yearOfDay(day: number): number;
/**
 * The day number `years` calendar years after `day` (29 February falls back to 28 February).
 * @see dayFromCivil
 */
export declare function addYears(day: number, years: number): number;
/**
 * `yyyy-MM-dd` of a day number (a new string; {@link DateStrings} shares them).
 * @see civilFromDay
 */
export declare function formatDay(day: number): string;
/**
 * Age in completed years on a date, from `yyyy-MM-dd` strings (a birthday on 29 February is
 * reached on 1 March in common years).
 * @see Bộ luật Dân sự 91/2015/QH13 Art. 147–148 (periods in years)
 */
export declare function ageOn(birthDate: string, onDate: string): number;
/**
 * Days from `from` to `to` (`yyyy-MM-dd`), negative when `to` is earlier.
 * @see toDay
 */
export declare function daysBetween(from: string, to: string): number;
/**
 * Formats day numbers and month indexes, each distinct value built once and then shared.
 * @see toDay
 */
export declare class DateStrings {
    private readonly days;
    private readonly months;
    /** `yyyy-MM-dd` of a day number. */
    date(day: number): string;
    /** `yyyy-MM` of a month index (`year * 12 + month - 1`). */
    month(index: number): string;
}
/**
 * The month index (`year * 12 + month - 1`) of a day number.
 * @see DateStrings.month
 */
export declare function monthIndexOfDay(day: number): number;
