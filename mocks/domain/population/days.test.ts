import fc from 'fast-check';
import { expect, it } from 'vitest';
import {
  DateStrings,
  addYears,
  ageOn,
  civilFromDay,
  dayFromCivil,
  formatDay,
  toDay,
} from './days.js';

it('agrees with Date.UTC on every day from 1900 to 2400', () => {
  fc.assert(
    fc.property(fc.integer({ min: -25_567, max: 157_000 }), (day) => {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(formatDay(day)).toBe(iso);
      expect(toDay(iso)).toBe(day);
    }),
  );
});

it.each([
  ['2024-02-29', 1, '2025-02-28'],
  ['2024-02-29', 4, '2028-02-29'],
  ['2026-09-15', -18, '2008-09-15'],
  ['2000-12-31', 1, '2001-12-31'],
])('adds years to %s: +%i is %s', (from, years, expected) => {
  expect(formatDay(addYears(toDay(from), years))).toBe(expected);
});

it.each([
  ['1990-09-15', '2026-09-15', 36],
  ['1990-09-16', '2026-09-15', 35],
  ['2008-02-29', '2026-02-28', 17],
  ['2008-02-29', '2026-03-01', 18],
])('counts the age of someone born %s on %s as %i', (birth, on, age) => {
  expect(ageOn(birth, on)).toBe(age);
});

it('packs a civil date as yyyymmdd and back', () => {
  expect(civilFromDay(dayFromCivil(2026, 9, 15))).toBe(20260915);
});

it('shares one string per distinct day', () => {
  const dates = new DateStrings();
  expect(dates.date(20_000)).toBe(dates.date(20_000));
  expect(dates.month(2026 * 12 + 8)).toBe('2026-09');
});
