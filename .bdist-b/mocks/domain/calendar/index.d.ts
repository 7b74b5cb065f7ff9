/**
 * Vietnamese working-day calendar: holidays as data, working-day arithmetic for time limits and
 * ngayHenTra, counter hours, and the +07:00 wire formats. Pure functions; the holiday calendar
 * is an explicit argument.
 *
 * @see DOMAIN.md §3, §5, §6.5; Bộ luật Lao động 45/2019/QH14 Art. 111, 112
 */
export type { Confidence, DayOff, DayOffKind, HolidayYear, MakeUpDay } from './holiday-types.js';
export type { HolidayCalendar, HolidayCalendarOptions } from './holiday-calendar.js';
export { CalendarRangeError, DEFAULT_HOLIDAY_CALENDAR, HolidayCalendarConfigError, createHolidayCalendar, holidayOn, isWorkingDate, } from './holiday-calendar.js';
export { HOLIDAY_YEARS } from './holiday-table.js';
export type { LunarHolidayDates } from './lunar-dates.js';
export { LUNAR_DATES, lunarDatesOf } from './lunar-dates.js';
export type { StatutoryYearInput } from './statutory-holidays.js';
export { PROJECTED_TET_OFFSETS, cultureDayDaysOff, projectStatutoryYear, } from './statutory-holidays.js';
export type { CountingOptions, DeadlineOptions } from './working-days.js';
export { DEFAULT_CLOSING, DEFAULT_CUTOFF, addWorkingDays, countingStart, deadline, isWorkingDay, nextWorkingDate, nextWorkingDay, workingDaysBetween, } from './working-days.js';
export type { OfficeHours } from './office-hours.js';
export { COUNTER_HOURS, addOfficeHours, createOfficeHours, isOfficeHours, nextOfficeOpening, } from './office-hours.js';
export type { TimestampParseError } from './timestamps.js';
export { parseSyncTimestamp, parseVnIso, toSyncTimestamp, toVnIso } from './timestamps.js';
export type { LocalDate, LocalTime, Weekday } from './vn-time.js';
export { VN_OFFSET_MS, addDays, isWeekend, toLocalDate, vnInstant, weekdayOf } from './vn-time.js';
