import { expect, it } from 'vitest';
import {
  addMonths,
  compareCalendarDates,
  formatCalendarDate,
  parseCalendarDate,
} from './calendar-date.js';

it.each([
  { value: '2026-09-15', ok: true },
  { value: '2024-02-29', ok: true },
  { value: '2000-02-29', ok: true },
  { value: '1900-02-29', ok: false },
  { value: '2025-02-29', ok: false },
  { value: '2026-04-31', ok: false },
  { value: '2026-13-01', ok: false },
  { value: '2026-00-10', ok: false },
  { value: '2026-9-15', ok: false },
  { value: '2026-09-15T00:00:00Z', ok: false },
])('reads $value as a real day: $ok', ({ value, ok }) => {
  const date = parseCalendarDate(value);
  expect(date !== undefined).toBe(ok);
  if (date) expect(formatCalendarDate(date)).toBe(value);
});

it.each([
  { from: '2020-02-29', months: 72, to: '2026-02-28' },
  { from: '2024-02-29', months: 48, to: '2028-02-29' },
  { from: '2026-01-31', months: 1, to: '2026-02-28' },
  { from: '2026-12-15', months: 1, to: '2027-01-15' },
  { from: '2026-03-31', months: -1, to: '2026-02-28' },
])('adds $months months to $from: $to', ({ from, months, to }) => {
  const date = parseCalendarDate(from);
  expect(date && formatCalendarDate(addMonths(date, months))).toBe(to);
});

it('orders dates by year, month and day', () => {
  const a = { year: 2026, month: 9, day: 30 };
  const b = { year: 2026, month: 10, day: 1 };
  expect(compareCalendarDates(a, b)).toBeLessThan(0);
  expect(compareCalendarDates(b, a)).toBeGreaterThan(0);
  expect(compareCalendarDates(a, { ...a })).toBe(0);
});
