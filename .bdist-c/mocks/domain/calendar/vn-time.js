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
export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(\d{2}):(\d{2})$/;
/**
 * Throws a `RangeError` for an invalid `Date` (a bug in the caller, not an expected failure).
 * @see STYLE.md rule 6 (bugs are thrown)
 */
export function assertValidInstant(instant) {
    if (Number.isNaN(instant.getTime()))
        throw new RangeError('Invalid Date passed to the calendar');
}
/**
 * True when `year-month-day` exists in the proleptic Gregorian calendar.
 * @see ISO 8601-1:2019 §4.3.2
 */
export function isValidCivilDate(year, month, day) {
    if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
        return false;
    if (month < 1 || month > 12 || day < 1)
        return false;
    return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/**
 * The instant at the given Vietnamese wall-clock fields (month 1–12). Fields are not validated
 * here; use {@link isValidCivilDate} first when they come from outside.
 * @see DOMAIN.md §5 (UTC+7, no DST)
 */
export function fromVnFields(year, month, day, hour = 0, minute = 0, second = 0) {
    return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - VN_OFFSET_MS);
}
/**
 * Vietnamese wall-clock fields of an instant (month 1–12), computed from UTC fields only.
 * @see DOMAIN.md §5 (UTC+7, no DST)
 */
export function vnFields(instant) {
    assertValidInstant(instant);
    const shifted = new Date(instant.getTime() + VN_OFFSET_MS);
    return {
        year: shifted.getUTCFullYear(),
        month: shifted.getUTCMonth() + 1,
        day: shifted.getUTCDate(),
        hour: shifted.getUTCHours(),
        minute: shifted.getUTCMinutes(),
        second: shifted.getUTCSeconds(),
    };
}
/**
 * Parses a {@link LocalDate}; throws a `RangeError` when it is malformed or does not exist.
 * @see ISO 8601-1:2019 §5.2.2 (calendar date, extended format)
 */
export function parseLocalDate(date) {
    const match = LOCAL_DATE.exec(date);
    const [year, month, day] = match ? match.slice(1).map(Number) : [];
    if (year === undefined || month === undefined || day === undefined) {
        throw new RangeError(`Not a yyyy-MM-dd date: ${JSON.stringify(date)}`);
    }
    if (!isValidCivilDate(year, month, day))
        throw new RangeError(`No such date: ${date}`);
    return { year, month, day };
}
/**
 * Parses a {@link LocalTime} into minutes after midnight; throws a `RangeError` when malformed.
 * @see ISO 8601-1:2019 §5.3.1 (local time, extended format)
 */
export function parseLocalTime(time) {
    const match = LOCAL_TIME.exec(time);
    const hour = Number(match?.[1]);
    const minute = Number(match?.[2]);
    if (!match || hour > 23 || minute > 59) {
        throw new RangeError(`Not an HH:mm time: ${JSON.stringify(time)}`);
    }
    return hour * 60 + minute;
}
/**
 * The Vietnamese civil date on which an instant falls.
 * @see DOMAIN.md §5 (Asia/Ho_Chi_Minh)
 */
export function toLocalDate(instant) {
    // Called on every request: the last day formatted is kept.
    const day = Math.floor((instant.getTime() + VN_OFFSET_MS) / DAY_MS);
    if (day === lastDate.day)
        return lastDate.text;
    const fields = vnFields(instant);
    const text = formatLocalDate(fields.year, fields.month, fields.day);
    lastDate = { day, text };
    return text;
}
let lastDate = { day: Number.NaN, text: '' };
/**
 * The instant at `time` (default midnight) +07:00 on a Vietnamese civil date.
 * @see DOMAIN.md §5 (Asia/Ho_Chi_Minh)
 */
export function vnInstant(date, time = '00:00') {
    const { year, month, day } = parseLocalDate(date);
    const minutes = parseLocalTime(time);
    return fromVnFields(year, month, day, Math.floor(minutes / 60), minutes % 60);
}
/**
 * Milliseconds elapsed since 00:00 +07:00 on the instant's Vietnamese civil date.
 * @see DOMAIN.md §5 (15:00 cut-off, counter hours)
 */
export function msIntoVnDay(instant) {
    assertValidInstant(instant);
    const shifted = instant.getTime() + VN_OFFSET_MS;
    return ((shifted % DAY_MS) + DAY_MS) % DAY_MS;
}
/**
 * The civil date `days` days after `date` (negative to go back).
 * @see ISO 8601-1:2019 §5.2.2
 */
export function addDays(date, days) {
    const { year, month, day } = parseLocalDate(date);
    const shifted = new Date(Date.UTC(year, month - 1, day + days));
    return formatLocalDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}
/**
 * Day of week of a civil date, 0 = Sunday … 6 = Saturday.
 * @see ECMA-262 §21.4.4.11 Date.prototype.getUTCDay
 */
export function weekdayOf(date) {
    const { year, month, day } = parseLocalDate(date);
    return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
/**
 * True on Saturday and Sunday, the weekly rest days of the public sector (40-hour week).
 * @see Bộ luật Lao động 45/2019/QH14 Art. 111; QĐ 188/1999/QĐ-TTg (40-hour week, Sat–Sun off)
 */
export function isWeekend(date) {
    const weekday = weekdayOf(date);
    return weekday === 0 || weekday === 6;
}
function formatLocalDate(year, month, day) {
    return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}
/**
 * Two-digit zero padding shared by the formatters.
 * @see timestamps.ts
 */
export function pad2(value) {
    return String(value).padStart(2, '0');
}
