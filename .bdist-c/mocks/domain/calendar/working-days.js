import { isWorkingDate } from './holiday-calendar.js';
import { addDays, assertValidInstant, msIntoVnDay, parseLocalTime, toLocalDate, vnInstant, } from './vn-time.js';
/**
 * Intake cut-off: a dossier received after 15:00 counts from the next working day.
 * @see DOMAIN.md §5 [medium] Thanh Niên 09/2025
 */
export const DEFAULT_CUTOFF = '15:00';
/**
 * Closing time of the last counter session; ngayHenTra is this time on the last working day.
 * @see DOMAIN.md §5 (SANDBOX DEFAULT counter hours 07:30–11:30, 13:00–17:00)
 */
export const DEFAULT_CLOSING = '17:00';
/**
 * The first working date strictly after `date`.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 111, 112
 */
export function nextWorkingDate(calendar, date) {
    let candidate = addDays(date, 1);
    while (!isWorkingDate(calendar, candidate))
        candidate = addDays(candidate, 1);
    return candidate;
}
/**
 * True when the Vietnamese civil date of `instant` is a working day.
 * @see DOMAIN.md §5 "Calendar"
 */
export function isWorkingDay(calendar, instant) {
    return isWorkingDate(calendar, toLocalDate(instant));
}
/**
 * 00:00 +07:00 of the first working day strictly after the civil date of `instant`.
 * @see DOMAIN.md §5 "Calendar"
 */
export function nextWorkingDay(calendar, instant) {
    return vnInstant(nextWorkingDate(calendar, toLocalDate(instant)));
}
/**
 * 00:00 +07:00 of the working day from which a dossier received at `received` is counted.
 * @see DOMAIN.md §3 step 4, §5 (15:00 cut-off; off-hours receipt counts from the next WD)
 */
export function countingStart(calendar, received, options = {}) {
    return vnInstant(countingStartDate(calendar, received, options));
}
/**
 * 00:00 +07:00 of the `n`-th working day after the counting day of `instant` (n = 0: the
 * counting day itself). The result is always a working day. Throws a `RangeError` unless `n` is
 * a non-negative integer.
 * @see DOMAIN.md §5; Bộ luật Dân sự 91/2015/QH13 Art. 147(1)
 */
export function addWorkingDays(calendar, instant, n, options = {}) {
    return vnInstant(lastWorkingDate(calendar, instant, n, options));
}
/**
 * ngayHenTra: the closing time (default 17:00 +07:00) of the last working day of an `n`-WD limit
 * for a dossier received at `received`. n = 0 is the same-WD limit of birth registration.
 * @see DOMAIN.md §3 step 4, §5 ("ngayHenTra is the last WD at 17:00")
 */
export function deadline(calendar, received, n, options = {}) {
    const closing = options.closing ?? DEFAULT_CLOSING;
    return vnInstant(lastWorkingDate(calendar, received, n, options), closing);
}
/**
 * Working days in the civil dates after that of `from`, up to and including that of `to`
 * (negative when `to` is earlier). Times of day and the cut-off are ignored, so for `from` on a
 * working day before the cut-off, `workingDaysBetween(from, addWorkingDays(from, n)) === n`.
 * @see DOMAIN.md §5; Bộ luật Dân sự 91/2015/QH13 Art. 147(1)
 */
export function workingDaysBetween(calendar, from, to) {
    const start = toLocalDate(from);
    const end = toLocalDate(to);
    // `0 - x` rather than `-x`, so an empty reversed interval is 0, not -0.
    if (end < start)
        return 0 - workingDaysBetween(calendar, to, from);
    let count = 0;
    for (let date = start; date < end;) {
        date = addDays(date, 1);
        if (isWorkingDate(calendar, date))
            count += 1;
    }
    return count;
}
function countingStartDate(calendar, received, options) {
    assertValidInstant(received);
    const date = toLocalDate(received);
    const cutoff = options.cutoff === undefined ? DEFAULT_CUTOFF : options.cutoff;
    const late = cutoff !== null && msIntoVnDay(received) > parseLocalTime(cutoff) * 60_000;
    return isWorkingDate(calendar, date) && !late ? date : nextWorkingDate(calendar, date);
}
function lastWorkingDate(calendar, instant, n, options) {
    if (!Number.isInteger(n) || n < 0) {
        throw new RangeError(`A number of working days must be a non-negative integer, got ${n}`);
    }
    let date = countingStartDate(calendar, instant, options);
    for (let i = 0; i < n; i += 1)
        date = nextWorkingDate(calendar, date);
    return date;
}
