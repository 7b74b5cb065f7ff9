export { CalendarRangeError, DEFAULT_HOLIDAY_CALENDAR, HolidayCalendarConfigError, createHolidayCalendar, holidayOn, isWorkingDate, } from './holiday-calendar.js';
export { HOLIDAY_YEARS } from './holiday-table.js';
export { LUNAR_DATES, lunarDatesOf } from './lunar-dates.js';
export { PROJECTED_TET_OFFSETS, cultureDayDaysOff, projectStatutoryYear, } from './statutory-holidays.js';
export { DEFAULT_CLOSING, DEFAULT_CUTOFF, addWorkingDays, countingStart, deadline, isWorkingDay, nextWorkingDate, nextWorkingDay, workingDaysBetween, } from './working-days.js';
export { COUNTER_HOURS, addOfficeHours, createOfficeHours, isOfficeHours, nextOfficeOpening, } from './office-hours.js';
export { parseSyncTimestamp, parseVnIso, toSyncTimestamp, toVnIso } from './timestamps.js';
export { VN_OFFSET_MS, addDays, isWeekend, toLocalDate, vnInstant, weekdayOf } from './vn-time.js';
