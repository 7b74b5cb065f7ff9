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
export function dayFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146_097 + doe - 719_468;
}
/**
 * The date of a day number packed as `yyyymmdd` (e.g. 20260915), without allocating.
 * @see https://howardhinnant.github.io/date_algorithms.html#civil_from_days
 */
export function civilFromDay(day) {
    const z = day + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return (yoe + era * 400 + (m <= 2 ? 1 : 0)) * 10_000 + m * 100 + d;
}
/**
 * The day number of a `yyyy-MM-dd` date (no validation: callers pass checked dates).
 * @see dayFromCivil
 */
export function toDay(date) {
    return dayFromCivil(digits(date, 0, 4), digits(date, 5, 7), digits(date, 8, 10));
}
/**
 * The calendar year of a day number.
 * @see civilFromDay
 */
export function yearOfDay(day) {
    return Math.floor(civilFromDay(day) / 10_000);
}
/**
 * The day number `years` calendar years after `day` (29 February falls back to 28 February).
 * @see dayFromCivil
 */
export function addYears(day, years) {
    const civil = civilFromDay(day);
    const year = Math.floor(civil / 10_000) + years;
    const month = Math.floor(civil / 100) % 100;
    const date = civil % 100;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return dayFromCivil(year, month, month === 2 && date === 29 && !leap ? 28 : date);
}
/**
 * `yyyy-MM-dd` of a day number (a new string; {@link DateStrings} shares them).
 * @see civilFromDay
 */
export function formatDay(day) {
    const civil = civilFromDay(day);
    const year = String(Math.floor(civil / 10_000)).padStart(4, '0');
    const month = String(Math.floor(civil / 100) % 100).padStart(2, '0');
    return `${year}-${month}-${String(civil % 100).padStart(2, '0')}`;
}
/** The integer written in `text` from `from` to `to` (ASCII digits only). */
function digits(text, from, to) {
    let value = 0;
    for (let i = from; i < to; i += 1)
        value = value * 10 + text.charCodeAt(i) - 48;
    return value;
}
/**
 * Age in completed years on a date, from `yyyy-MM-dd` strings (a birthday on 29 February is
 * reached on 1 March in common years).
 * @see Bộ luật Dân sự 91/2015/QH13 Art. 147–148 (periods in years)
 */
export function ageOn(birthDate, onDate) {
    const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
    return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
/**
 * Days from `from` to `to` (`yyyy-MM-dd`), negative when `to` is earlier.
 * @see toDay
 */
export function daysBetween(from, to) {
    return toDay(to) - toDay(from);
}
/**
 * Formats day numbers and month indexes, each distinct value built once and then shared.
 * @see toDay
 */
export class DateStrings {
    days = new Map();
    months = new Map();
    /** `yyyy-MM-dd` of a day number. */
    date(day) {
        let text = this.days.get(day);
        if (text === undefined) {
            text = formatDay(day);
            this.days.set(day, text);
        }
        return text;
    }
    /** `yyyy-MM` of a month index (`year * 12 + month - 1`). */
    month(index) {
        let text = this.months.get(index);
        if (text === undefined) {
            const year = Math.floor(index / 12);
            text = `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
            this.months.set(index, text);
        }
        return text;
    }
}
/**
 * The month index (`year * 12 + month - 1`) of a day number.
 * @see DateStrings.month
 */
export function monthIndexOfDay(day) {
    const civil = civilFromDay(day);
    return Math.floor(civil / 10_000) * 12 + (Math.floor(civil / 100) % 100) - 1;
}
