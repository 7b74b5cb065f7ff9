import { expect, it } from 'vitest';
import { DEFAULT_HOLIDAY_CALENDAR as calendar } from './holiday-calendar.js';
import {
  addOfficeHours,
  createOfficeHours,
  isOfficeHours,
  nextOfficeOpening,
} from './office-hours.js';
import { at, shortVn } from './test-support.js';

it.each([
  ['2025-03-12T07:29+07:00', false],
  ['2025-03-12T07:30+07:00', true],
  ['2025-03-12T11:29+07:00', true],
  ['2025-03-12T11:30+07:00', false],
  ['2025-03-12T12:15+07:00', false],
  ['2025-03-12T13:00+07:00', true],
  ['2025-03-12T16:59+07:00', true],
  ['2025-03-12T17:00+07:00', false],
  ['2025-03-15T09:00+07:00', false],
  ['2026-01-10T09:00+07:00', true],
  ['2025-01-27T09:00+07:00', false],
])('reports the counter at %s as open=%s', (instant, open) => {
  expect(isOfficeHours(calendar, at(instant))).toBe(open);
});

it.each([
  ['within a morning session', '2025-03-12T10:00+07:00', '2025-03-12T10:00'],
  ['during the lunch break', '2025-03-12T12:00+07:00', '2025-03-12T13:00'],
  ['after closing on the Friday before Tết 2025', '2025-01-24T17:30+07:00', '2025-02-03T07:30'],
])('finds the next opening %s', (_case, instant, expected) => {
  expect(shortVn(nextOfficeOpening(calendar, at(instant)))).toBe(expected);
});

it.each([
  ['across the lunch break', '2025-03-12T10:00+07:00', 4, '2025-03-12T15:30'],
  ['from before opening', '2025-03-12T06:00+07:00', 4, '2025-03-12T11:30'],
  ['from the lunch break', '2025-03-12T12:00+07:00', 1, '2025-03-12T14:00'],
  ['across a weekend', '2025-03-14T16:00+07:00', 4, '2025-03-17T10:30'],
  ['across Tết 2025', '2025-01-24T16:00+07:00', 4, '2025-02-03T10:30'],
  ['ending exactly at noon closing', '2025-03-12T07:30+07:00', 4, '2025-03-12T11:30'],
])('adds working hours %s', (_case, start, hours, expected) => {
  expect(shortVn(addOfficeHours(calendar, at(start), hours))).toBe(expected);
});

it('uses configured sessions', () => {
  const hours = createOfficeHours([['08:00', '12:00']]);
  expect(shortVn(addOfficeHours(calendar, at('2025-03-12T11:00+07:00'), 2, hours))).toBe(
    '2025-03-13T09:00',
  );
});

it.each([
  [[['11:30', '07:30']]],
  [
    [
      ['07:30', '11:30'],
      ['11:00', '17:00'],
    ],
  ],
  [[['7:30', '11:30']]],
  [[]],
] as const)('rejects the malformed sessions %j', (sessions) => {
  expect(() => createOfficeHours(sessions)).toThrow(RangeError);
});

it('refuses a negative number of working hours', () => {
  expect(() => addOfficeHours(calendar, at('2025-03-12T10:00+07:00'), -1)).toThrow(RangeError);
});
