/**
 * Civil time in Asia/Ho_Chi_Minh with a fixed +07:00 offset.
 *
 * Vietnam has kept UTC+7 without daylight saving since 1975, so every conversion here is plain
 * arithmetic on UTC fields: nothing reads the machine's time zone (`getHours`, `toLocaleString`,
 * `new Date(y, m, d)` are deliberately never used).
 *
 * @see DOMAIN.md §5 "Calendar" (Asia/Ho_Chi_Minh, UTC+7, no DST) [high] IANA tz database
 */
/** Offset of Asia/Ho_Chi_Minh from UTC, in milliseconds. @see IANA tz database, Asia/Ho_Chi_Minh */
export declare const VN_OFFSET_MS: number;
/**
 * A civil date in Vietnam, `yyyy-MM-dd` (e.g. `2025-01-29`, the first day of Tết Ất Tỵ).
 * @see DOMAIN.md §6.5 (paper forms use dd/mm/yyyy; the wire uses ISO dates)
 */
export type LocalDate = string;
/** A wall-clock time in Vietnam, `HH:mm` (e.g. the `15:00` intake cut-off). @see DOMAIN.md §5 */
export type LocalTime = string;
/**
 * Day of week of a civil date, 0 = Sunday … 6 = Saturday (as `Date#getUTCDay`).
 * @see ECMA-262 §21.4.4.11 Date.prototype.getUTCDay
 */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
/**
 * Throws a `RangeError` for an invalid `Date` (a bug in the caller, not an expected failure).
 * @see STYLE.md rule 6 (bugs are thrown)
 */
export declare function assertValidInstant(instant: Date): void;
/**
 * True when `year-month-day` exists in the proleptic Gregorian calendar.
 * @see ISO 8601-1:2019 §4.3.2
 */
export declare function isValidCivilDate(year: number, month: number, day: number): boolean;
/**
 * The instant at the given Vietnamese wall-clock fields (month 1–12). Fields are not validated
 * here; use {@link isValidCivilDate} first when they come from outside.
 * @see DOMAIN.md §5 (UTC+7, no DST)
 */
export declare function fromVnFields(year: number, month: number, day: number, hour?: number, minute?: number, second?: number): Date;
/**
 * Vietnamese wall-clock fields of an instant (month 1–12), computed from UTC fields only.
 * @see DOMAIN.md §5 (UTC+7, no DST)
 */
export declare function vnFields(instant: Date): {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
    second: number;
};
/**
 * Parses a {@link LocalDate}; throws a `RangeError` when it is malformed or does not exist.
 * @see ISO 8601-1:2019 §5.2.2 (calendar date, extended format)
 */
export declare function parseLocalDate(date: LocalDate): {
    year: number;
    month: number;
    day: number;
};
/**
 * Parses a {@link LocalTime} into minutes after midnight; throws a `RangeError` when malformed.
 * @see ISO 8601-1:2019 §5.3.1 (local time, extended format)
 */
export declare function parseLocalTime(time: LocalTime): number;
/**
 * The Vietnamese civil date on which an instant falls.
 * @see DOMAIN.md §5 (Asia/Ho_Chi_Minh)
 */
export declare function toLocalDate(instant: Date): LocalDate;
/**
 * The instant at `time` (default midnight) +07:00 on a Vietnamese civil date.
 * @see DOMAIN.md §5 (Asia/Ho_Chi_Minh)
 */
export declare function vnInstant(date: LocalDate, time?: LocalTime): Date;
/**
 * Milliseconds elapsed since 00:00 +07:00 on the instant's Vietnamese civil date.
 * @see DOMAIN.md §5 (15:00 cut-off, counter hours)
 */
export declare function msIntoVnDay(instant: Date): number;
/**
 * The civil date `days` days after `date` (negative to go back).
 * @see ISO 8601-1:2019 §5.2.2
 */
export declare function addDays(date: LocalDate, days: number): LocalDate;
/**
 * Day of week of a civil date, 0 = Sunday … 6 = Saturday.
 * @see ECMA-262 §21.4.4.11 Date.prototype.getUTCDay
 */
export declare function weekdayOf(date: LocalDate): Weekday;
/**
 * True on Saturday and Sunday, the weekly rest days of the public sector (40-hour week).
 * @see Bộ luật Lao động 45/2019/QH14 Art. 111; QĐ 188/1999/QĐ-TTg (40-hour week, Sat–Sun off)
 */
export declare function isWeekend(date: LocalDate): boolean;
/**
 * Two-digit zero padding shared by the formatters.
 * @see timestamps.ts
 */
export declare function pad2(value: number): string;
