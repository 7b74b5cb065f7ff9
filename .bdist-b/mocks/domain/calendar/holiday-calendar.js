/**
 * A `HolidayCalendar` is the holiday table compiled into look-ups, built once per sandbox and
 * passed to the working-day functions as a plain argument (STYLE.md rule 7). It covers a
 * contiguous range of years; asking about a date outside it is a configuration bug and throws.
 *
 * @see DOMAIN.md §5 "Calendar"; Bộ luật Lao động 45/2019/QH14 Art. 111, 112
 */
import { HOLIDAY_YEARS } from './holiday-table.js';
import { isWeekend, parseLocalDate } from './vn-time.js';
/**
 * The calendar options are inconsistent; the message names the offending option key.
 * @see STYLE.md rule 8 (config fails fast with the name of the bad key)
 */
export class HolidayCalendarConfigError extends Error {
    name = 'HolidayCalendarConfigError';
}
/**
 * A date outside the years the calendar covers was asked about; extend the table.
 * @see holiday-table.ts
 */
export class CalendarRangeError extends RangeError {
    name = 'CalendarRangeError';
}
/**
 * Validates the options and compiles the calendar. Throws `HolidayCalendarConfigError`.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 111(3), Art. 112
 */
export function createHolidayCalendar(options = {}) {
    const years = mergeYears(options.table ?? HOLIDAY_YEARS, options.years ?? []);
    const numbers = [...years.keys()].sort((a, b) => a - b);
    const firstYear = numbers[0];
    const lastYear = numbers[numbers.length - 1];
    if (firstYear === undefined || lastYear === undefined)
        fail('table', 'no years given');
    if (lastYear - firstYear + 1 !== numbers.length)
        fail('years', 'the years are not contiguous');
    const daysOff = new Map();
    const makeUpDays = new Map();
    for (const entry of years.values()) {
        for (const day of entry.daysOff)
            daysOff.set(checkDate(day.date, 'years', entry.year), day);
        for (const day of entry.makeUpDays) {
            makeUpDays.set(checkDate(day.date, 'years', entry.year), day);
        }
    }
    for (const date of options.removeDates ?? []) {
        const removed = daysOff.delete(date) || makeUpDays.delete(date);
        if (!removed)
            fail('removeDates', `${date} is neither a day off nor a make-up day`);
    }
    const inRange = (date, key) => {
        const { year } = parseChecked(date, key);
        if (year < firstYear || year > lastYear)
            fail(key, `${date} is outside ${firstYear}–${lastYear}`);
        return date;
    };
    for (const day of options.extraDaysOff ?? [])
        daysOff.set(inRange(day.date, 'extraDaysOff'), day);
    for (const day of options.extraMakeUpDays ?? []) {
        makeUpDays.set(inRange(day.date, 'extraMakeUpDays'), day);
    }
    for (const date of makeUpDays.keys()) {
        if (!isWeekend(date))
            fail('makeUpDays', `${date} is not a Saturday or Sunday`);
        if (daysOff.has(date))
            fail('makeUpDays', `${date} is also a day off`);
    }
    return Object.freeze({ firstYear, lastYear, years, daysOff, makeUpDays });
}
/**
 * The calendar built from `HOLIDAY_YEARS` with no overrides.
 * @see holiday-table.ts
 */
export const DEFAULT_HOLIDAY_CALENDAR = createHolidayCalendar();
/**
 * True when public offices work on `date`: a make-up day, or Monday–Friday and not a day off.
 * Throws `CalendarRangeError` outside the calendar's years.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 111, 112; DOMAIN.md §5 "Calendar"
 */
export function isWorkingDate(calendar, date) {
    assertCovered(calendar, date);
    if (calendar.makeUpDays.has(date))
        return true;
    return !calendar.daysOff.has(date) && !isWeekend(date);
}
/**
 * The day off declared on `date`, if any (weekends without a holiday return `undefined`).
 * @see Bộ luật Lao động 45/2019/QH14 Art. 112
 */
export function holidayOn(calendar, date) {
    assertCovered(calendar, date);
    return calendar.daysOff.get(date);
}
/**
 * Throws `CalendarRangeError` unless the calendar covers the year of `date`.
 * @see holiday-table.ts
 */
export function assertCovered(calendar, date) {
    const { year } = parseLocalDate(date);
    if (year < calendar.firstYear || year > calendar.lastYear) {
        throw new CalendarRangeError(`${date} is outside the holiday calendar (${calendar.firstYear}–${calendar.lastYear})`);
    }
}
function mergeYears(table, overrides) {
    const years = new Map();
    for (const entry of table) {
        if (years.has(entry.year))
            fail('table', `${entry.year} appears twice`);
        years.set(entry.year, entry);
    }
    const replaced = new Set();
    for (const entry of overrides) {
        if (replaced.has(entry.year))
            fail('years', `${entry.year} appears twice`);
        replaced.add(entry.year);
        years.set(entry.year, entry);
    }
    return years;
}
function checkDate(date, key, year) {
    if (parseChecked(date, key).year !== year)
        fail(key, `${date} is listed under ${year}`);
    return date;
}
function parseChecked(date, key) {
    try {
        return parseLocalDate(date);
    }
    catch (cause) {
        throw new HolidayCalendarConfigError(`${key}: ${JSON.stringify(date)} is not a date`, {
            cause,
        });
    }
}
function fail(key, reason) {
    throw new HolidayCalendarConfigError(`${key}: ${reason}`);
}
