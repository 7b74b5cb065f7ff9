import { expect, it } from 'vitest';
import { DEFAULT_HOLIDAY_CALENDAR as calendar, isWorkingDate } from './holiday-calendar.js';
import { HOLIDAY_YEARS } from './holiday-table.js';
import { LUNAR_DATES } from './lunar-dates.js';
import { cultureDayDaysOff } from './statutory-holidays.js';
import type { LocalDate } from './vn-time.js';
import { addDays, isWeekend, weekdayOf } from './vn-time.js';

/** First and last day of the run of non-working days containing `date`. */
function closureAround(date: LocalDate): [LocalDate, LocalDate] {
  let first = date;
  let last = date;
  while (!isWorkingDate(calendar, addDays(first, -1))) first = addDays(first, -1);
  while (!isWorkingDate(calendar, addDays(last, 1))) last = addDays(last, 1);
  return [first, last];
}

it.each(HOLIDAY_YEARS.map((entry) => [entry.year, entry] as const))(
  'nets %i to the 11 paid holidays of Art. 112(1) (swaps cancel out)',
  (_year, entry) => {
    const weekdaysOff = new Set(entry.daysOff.filter((d) => !isWeekend(d.date)).map((d) => d.date));
    expect(weekdaysOff.size - entry.makeUpDays.length).toBe(11);
  },
);

it.each([
  ['Tết 2024', '2024-02-10', '2024-02-08', '2024-02-14'],
  ['30/4–1/5 2024', '2024-04-30', '2024-04-27', '2024-05-01'],
  ['Quốc khánh 2024', '2024-09-02', '2024-08-31', '2024-09-03'],
  ['Tết 2025', '2025-01-29', '2025-01-25', '2025-02-02'],
  ['Hùng Kings 2025', '2025-04-07', '2025-04-05', '2025-04-07'],
  ['30/4–1/5 2025', '2025-04-30', '2025-04-30', '2025-05-04'],
  ['Quốc khánh 2025', '2025-09-02', '2025-08-30', '2025-09-02'],
  ['Tết Dương lịch 2026', '2026-01-01', '2026-01-01', '2026-01-04'],
  ['Tết 2026', '2026-02-17', '2026-02-14', '2026-02-22'],
  ['Hùng Kings 2026', '2026-04-26', '2026-04-25', '2026-04-27'],
  ['30/4–1/5 2026', '2026-04-30', '2026-04-30', '2026-05-03'],
  ['Quốc khánh 2026', '2026-09-02', '2026-08-29', '2026-09-02'],
])('closes offices for %s exactly as announced (%s: %s to %s)', (_name, day, first, last) => {
  expect(closureAround(day)).toEqual([first, last]);
});

it('makes every make-up day a weekend day that pays back a swapped weekday', () => {
  for (const entry of HOLIDAY_YEARS) {
    for (const makeUp of entry.makeUpDays) {
      expect(isWeekend(makeUp.date)).toBe(true);
      const swapped = entry.daysOff.find((d) => d.date === makeUp.replaces);
      expect(swapped?.kind).toBe('swapped');
    }
  }
});

it('closes offices on the first day of every lunar year in the table', () => {
  for (const [year, dates] of Object.entries(LUNAR_DATES)) {
    expect(isWorkingDate(calendar, dates.lunarNewYear), year).toBe(false);
    expect(addDays(dates.lunarNewYearsEve, 1)).toBe(dates.lunarNewYear);
  }
});

it.each([
  [2024, 6, 4],
  [2025, 3, 1],
  [2026, 2, 0],
  [2027, 6, 5],
  [2028, 3, 2],
  [2029, 2, 1],
  [2030, 6, 5],
])('puts Tết %i on weekday %i and Hùng Kings’ day on weekday %i', (year, tet, hung) => {
  const dates = LUNAR_DATES[year];
  expect(dates && weekdayOf(dates.lunarNewYear)).toBe(tet);
  expect(dates && weekdayOf(dates.hungKings)).toBe(hung);
});

it('tags 2024–2026 as declared and 2027–2030 as low-confidence projections', () => {
  const basis = HOLIDAY_YEARS.map((entry) => [entry.year, entry.basis, entry.confidence]);
  expect(basis).toEqual([
    [2024, 'declared', 'high'],
    [2025, 'declared', 'high'],
    [2026, 'declared', 'high'],
    [2027, 'projected', 'low'],
    [2028, 'projected', 'low'],
    [2029, 'projected', 'low'],
    [2030, 'projected', 'low'],
  ]);
});

it('projects a Saturday Tết with nghỉ bù after the holiday (2027: 5/2 and 8/2–11/2)', () => {
  expect(closureAround('2027-02-06')).toEqual(['2027-02-05', '2027-02-11']);
});

it('projects a Sunday 30/4 onto the first weekday not already a holiday (2028: 2/5)', () => {
  expect(closureAround('2028-04-30')).toEqual(['2028-04-29', '2028-05-02']);
});

it.each([
  [2026, ['2026-11-24']],
  [2029, ['2029-11-24', '2029-11-26']],
])('offers Ngày Văn hóa Việt Nam %i as an opt-in closure %j', (year, dates) => {
  expect(cultureDayDaysOff(year).map((d) => d.date)).toEqual(dates);
});

it('leaves 24/11/2026 a working day in the default calendar', () => {
  expect(isWorkingDate(calendar, '2026-11-24')).toBe(true);
});
