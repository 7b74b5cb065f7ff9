/**
 * Working-day arithmetic for time limits (thời hạn giải quyết) and appointment dates (ngayHenTra).
 *
 * API convention: instants are JS `Date`s; civil days are `LocalDate` strings (`yyyy-MM-dd`,
 * Asia/Ho_Chi_Minh). Functions that return a day as an instant return 00:00 +07:00 of that day,
 * except {@link deadline}, which returns the closing time (17:00 +07:00). The holiday calendar
 * is always the first argument.
 *
 * Counting rule: a dossier received on a working day up to the cut-off (15:00 inclusive) counts
 * from that day; one received after it, or on a non-working day, counts from the next working
 * day. Online intake runs 24/7, so a receipt before opening (e.g. 06:00) still counts from that
 * day. A limit of n working days ends on the n-th working day after the counting day, because
 * the first day of a period is not counted (Civil Code Art. 147(1)); n = 0 is the same-WD limit.
 *
 * @see DOMAIN.md §5 (same WD, 15:00 cut-off, ngayHenTra = last WD at 17:00)
 * @see Bộ luật Dân sự 91/2015/QH13 Art. 147, 148
 */
import type { HolidayCalendar } from './holiday-calendar.js';
import type { LocalDate, LocalTime } from './vn-time.js';
/**
 * Intake cut-off: a dossier received after 15:00 counts from the next working day.
 * @see DOMAIN.md §5 [medium] Thanh Niên 09/2025
 */
export declare const DEFAULT_CUTOFF: LocalTime;
/**
 * Closing time of the last counter session; ngayHenTra is this time on the last working day.
 * @see DOMAIN.md §5 (SANDBOX DEFAULT counter hours 07:30–11:30, 13:00–17:00)
 */
export declare const DEFAULT_CLOSING: LocalTime;
/**
 * Options of the counting functions. `cutoff` defaults to {@link DEFAULT_CUTOFF}; `null` counts
 * every receipt on a working day from that day, even one after closing.
 * @see DOMAIN.md §5
 */
export interface CountingOptions {
    readonly cutoff?: LocalTime | null;
}
/**
 * Options of {@link deadline}: the counting options plus the closing time of the last day.
 * @see DOMAIN.md §5
 */
export interface DeadlineOptions extends CountingOptions {
    readonly closing?: LocalTime;
}
/**
 * The first working date strictly after `date`.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 111, 112
 */
export declare function nextWorkingDate(calendar: HolidayCalendar, date: LocalDate): LocalDate;
/**
 * True when the Vietnamese civil date of `instant` is a working day.
 * @see DOMAIN.md §5 "Calendar"
 */
export declare function isWorkingDay(calendar: HolidayCalendar, instant: Date): boolean;
/**
 * 00:00 +07:00 of the first working day strictly after the civil date of `instant`.
 * @see DOMAIN.md §5 "Calendar"
 */
export declare function nextWorkingDay(calendar: HolidayCalendar, instant: Date): Date;
/**
 * 00:00 +07:00 of the working day from which a dossier received at `received` is counted.
 * @see DOMAIN.md §3 step 4, §5 (15:00 cut-off; off-hours receipt counts from the next WD)
 */
export declare function countingStart(calendar: HolidayCalendar, received: Date, options?: CountingOptions): Date;
/**
 * 00:00 +07:00 of the `n`-th working day after the counting day of `instant` (n = 0: the
 * counting day itself). The result is always a working day. Throws a `RangeError` unless `n` is
 * a non-negative integer.
 * @see DOMAIN.md §5; Bộ luật Dân sự 91/2015/QH13 Art. 147(1)
 */
export declare function addWorkingDays(calendar: HolidayCalendar, instant: Date, n: number, options?: CountingOptions): Date;
/**
 * ngayHenTra: the closing time (default 17:00 +07:00) of the last working day of an `n`-WD limit
 * for a dossier received at `received`. n = 0 is the same-WD limit of birth registration.
 * @see DOMAIN.md §3 step 4, §5 ("ngayHenTra is the last WD at 17:00")
 */
export declare function deadline(calendar: HolidayCalendar, received: Date, n: number, options?: DeadlineOptions): Date;
/**
 * Working days in the civil dates after that of `from`, up to and including that of `to`
 * (negative when `to` is earlier). Times of day and the cut-off are ignored, so for `from` on a
 * working day before the cut-off, `workingDaysBetween(from, addWorkingDays(from, n)) === n`.
 * @see DOMAIN.md §5; Bộ luật Dân sự 91/2015/QH13 Art. 147(1)
 */
export declare function workingDaysBetween(calendar: HolidayCalendar, from: Date, to: Date): number;
