import { expect, it } from 'vitest';
import type { HolidayCalendarOptions } from './holiday-calendar.js';
import {
  CalendarRangeError,
  DEFAULT_HOLIDAY_CALENDAR,
  HolidayCalendarConfigError,
  createHolidayCalendar,
  holidayOn,
  isWorkingDate,
} from './holiday-calendar.js';
import type { HolidayYear } from './holiday-types.js';
import { cultureDayDaysOff, projectStatutoryYear } from './statutory-holidays.js';

const declared2027: HolidayYear = {
  year: 2027,
  daysOff: [{ date: '2027-02-04', name: 'Tết Nguyên đán', kind: 'statutory' }],
  makeUpDays: [],
  basis: 'declared',
  confidence: 'high',
  sources: ['test'],
};

it.each([
  ['2025-01-24', true, 'the Friday before Tết 2025'],
  ['2025-01-27', false, 'a Tết 2025 weekday'],
  ['2025-02-03', true, 'the Monday after Tết 2025'],
  ['2026-01-02', false, 'Friday 2/1/2026, swapped for Saturday 10/1'],
  ['2026-01-10', true, 'Saturday 10/1/2026, a make-up day'],
  ['2025-04-26', true, 'Saturday 26/4/2025, a make-up day'],
  ['2025-05-02', false, 'Friday 2/5/2025, swapped'],
  ['2024-05-04', true, 'Saturday 4/5/2024, a make-up day'],
  ['2026-04-27', false, 'nghỉ bù for Hùng Kings’ day 2026 (a Sunday)'],
  ['2026-08-22', true, 'Saturday 22/8/2026, a make-up day'],
  ['2025-03-15', false, 'an ordinary Saturday'],
  ['2025-03-12', true, 'an ordinary Wednesday'],
])('treats %s as working=%s (%s)', (date, working) => {
  expect(isWorkingDate(DEFAULT_HOLIDAY_CALENDAR, date)).toBe(working);
});

it('names the holiday on a closed day', () => {
  expect(holidayOn(DEFAULT_HOLIDAY_CALENDAR, '2026-04-27')).toEqual({
    date: '2026-04-27',
    name: 'Giỗ Tổ Hùng Vương (nghỉ bù)',
    kind: 'compensation',
  });
  expect(holidayOn(DEFAULT_HOLIDAY_CALENDAR, '2025-03-15')).toBeUndefined();
});

it.each(['2023-12-29', '2031-01-02'])('refuses to guess about %s, outside 2024–2030', (date) => {
  expect(() => isWorkingDate(DEFAULT_HOLIDAY_CALENDAR, date)).toThrow(CalendarRangeError);
});

it('adds Ngày Văn hóa Việt Nam when a sandbox opts in', () => {
  const calendar = createHolidayCalendar({ extraDaysOff: cultureDayDaysOff(2026) });
  expect(isWorkingDate(calendar, '2026-11-24')).toBe(false);
});

it('drops a declared swap when a sandbox removes both of its dates', () => {
  const calendar = createHolidayCalendar({ removeDates: ['2026-01-02', '2026-01-10'] });
  expect(isWorkingDate(calendar, '2026-01-02')).toBe(true);
  expect(isWorkingDate(calendar, '2026-01-10')).toBe(false);
});

it('replaces a projected year with a declared one', () => {
  const calendar = createHolidayCalendar({ years: [declared2027] });
  expect(isWorkingDate(calendar, '2027-02-04')).toBe(false);
  expect(isWorkingDate(calendar, '2027-02-10')).toBe(true);
  expect(calendar.years.get(2027)?.basis).toBe('declared');
});

it('extends the range with a projected year built from supplied lunar dates', () => {
  const year2031 = projectStatutoryYear({
    year: 2031,
    nationalDayAdjacent: 'after',
    lunar: { lunarNewYear: '2031-01-23', lunarNewYearsEve: '2031-01-22', hungKings: '2031-04-01' },
  });
  const calendar = createHolidayCalendar({ years: [year2031] });
  expect(calendar.lastYear).toBe(2031);
  expect(isWorkingDate(calendar, '2031-01-23')).toBe(false);
  expect(isWorkingDate(calendar, '2031-09-03')).toBe(false);
});

it.each<[string, HolidayCalendarOptions, RegExp]>([
  [
    'a make-up day on a weekday',
    { extraMakeUpDays: [{ date: '2025-03-12', replaces: '2025-03-13', name: 'x' }] },
    /^makeUpDays: 2025-03-12 is not a Saturday or Sunday/,
  ],
  [
    'a gap in the years',
    { table: [declared2027, projectStatutoryYear({ year: 2029, nationalDayAdjacent: 'after' })] },
    /^years: the years are not contiguous/,
  ],
  ['no years at all', { table: [] }, /^table: no years given/],
  ['the same year twice', { years: [declared2027, declared2027] }, /^years: 2027 appears twice/],
  [
    'a date listed under the wrong year',
    {
      years: [{ ...declared2027, daysOff: [{ date: '2026-02-04', name: 'x', kind: 'statutory' }] }],
    },
    /^years: 2026-02-04 is listed under 2027/,
  ],
  ['a removal that matches nothing', { removeDates: ['2025-03-12'] }, /^removeDates: 2025-03-12/],
  [
    'an extra day off outside the range',
    { extraDaysOff: [{ date: '2031-01-01', name: 'x', kind: 'statutory' }] },
    /^extraDaysOff: 2031-01-01 is outside 2024–2030/,
  ],
  [
    'a malformed extra date',
    { extraDaysOff: [{ date: '1/1/2026', name: 'x', kind: 'statutory' }] },
    /^extraDaysOff: "1\/1\/2026" is not a date/,
  ],
])('fails fast on %s, naming the option', (_case, options, message) => {
  expect(() => createHolidayCalendar(options)).toThrow(HolidayCalendarConfigError);
  expect(() => createHolidayCalendar(options)).toThrow(message);
});
