import { expect, it } from 'vitest';
import {
  addDays,
  isWeekend,
  msIntoVnDay,
  parseLocalDate,
  parseLocalTime,
  toLocalDate,
  vnInstant,
  weekdayOf,
} from './vn-time.js';

it.each([
  ['2025-01-28T16:59:59.999Z', '2025-01-28'],
  ['2025-01-28T17:00:00.000Z', '2025-01-29'],
  ['2024-12-31T17:00:00.000Z', '2025-01-01'],
  ['2024-02-28T17:00:00.000Z', '2024-02-29'],
])('puts %s on the Vietnamese civil date %s', (utc, local) => {
  expect(toLocalDate(new Date(utc))).toBe(local);
});

it('places midnight +07:00 at 17:00 UTC of the previous day', () => {
  expect(vnInstant('2025-01-29').toISOString()).toBe('2025-01-28T17:00:00.000Z');
  expect(vnInstant('2025-01-29', '15:00').toISOString()).toBe('2025-01-29T08:00:00.000Z');
});

it('measures the time of day on the +07:00 wall clock', () => {
  expect(msIntoVnDay(new Date('2025-01-29T08:00:00.000Z'))).toBe(15 * 3_600_000);
});

it.each([
  ['2024-02-28', 1, '2024-02-29'],
  ['2024-12-31', 1, '2025-01-01'],
  ['2025-01-01', -1, '2024-12-31'],
  ['2025-02-28', 1, '2025-03-01'],
])('adds days across month and year ends: %s %+d = %s', (date, days, expected) => {
  expect(addDays(date, days)).toBe(expected);
});

it.each([
  ['2025-01-29', 3, false],
  ['2026-01-10', 6, true],
  ['2026-04-26', 0, true],
])('knows %s is weekday %d (weekend: %s)', (date, weekday, weekend) => {
  expect(weekdayOf(date)).toBe(weekday);
  expect(isWeekend(date)).toBe(weekend);
});

it.each(['2025-02-29', '2025-1-1', '2025-13-01', '29/01/2025', ''])(
  'rejects the malformed or non-existent date %j',
  (date) => {
    expect(() => parseLocalDate(date)).toThrow(RangeError);
  },
);

it.each(['24:00', '7:30', '07:60', '0730'])('rejects the malformed time %j', (time) => {
  expect(() => parseLocalTime(time)).toThrow(RangeError);
});

it('rejects an invalid Date instead of computing with NaN', () => {
  expect(() => toLocalDate(new Date(Number.NaN))).toThrow(RangeError);
});

it('gives the Vietnamese date of consecutive instants across midnight +07:00 and back', () => {
  const dates = [
    '2026-08-31T16:59:59.999Z',
    '2026-08-31T17:00:00.000Z',
    '2026-08-31T16:00:00.000Z',
  ].map((utc) => toLocalDate(new Date(utc)));
  expect(dates).toEqual(['2026-08-31', '2026-09-01', '2026-08-31']);
});

it('still refuses an invalid Date after a valid one', () => {
  toLocalDate(new Date('2026-08-31T00:00:00Z'));
  expect(() => toLocalDate(new Date(Number.NaN))).toThrow(RangeError);
});
