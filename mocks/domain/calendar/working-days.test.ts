import { expect, it } from 'vitest';
import { DEFAULT_HOLIDAY_CALENDAR as calendar } from './holiday-calendar.js';
import { at, shortVn } from './test-support.js';
import {
  addWorkingDays,
  countingStart,
  deadline,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './working-days.js';

it.each([
  // Same-WD birth registration around the 15:00 cut-off (DOMAIN.md §3 step 4, §5).
  ['received 14:59', '2025-03-12T14:59+07:00', 0, '2025-03-12T17:00'],
  ['received exactly 15:00:00', '2025-03-12T15:00+07:00', 0, '2025-03-12T17:00'],
  ['received 15:00:01', '2025-03-12T15:00:01+07:00', 0, '2025-03-13T17:00'],
  ['received 15:01', '2025-03-12T15:01+07:00', 0, '2025-03-13T17:00'],
  ['received online at 06:00, before opening', '2025-03-12T06:00+07:00', 0, '2025-03-12T17:00'],
  ['received on a Friday after the cut-off', '2025-03-14T15:30+07:00', 0, '2025-03-17T17:00'],
  ['received on a Saturday', '2025-03-15T09:00+07:00', 0, '2025-03-17T17:00'],
  ['group 1 (≤ 3 WD) received on a Monday', '2025-03-10T09:00+07:00', 3, '2025-03-13T17:00'],
  // Tết 2025: closed 25/1–2/2.
  ['the Friday before Tết 2025', '2025-01-24T10:00+07:00', 0, '2025-01-24T17:00'],
  ['after the cut-off on the eve of Tết 2025', '2025-01-24T15:01+07:00', 0, '2025-02-03T17:00'],
  ['3 WD from the Friday before Tết 2025', '2025-01-24T10:00+07:00', 3, '2025-02-05T17:00'],
  ['mùng 1 Tết 2025', '2025-01-29T09:00+07:00', 0, '2025-02-03T17:00'],
  ['2 WD from mùng 1 Tết 2025', '2025-01-29T09:00+07:00', 2, '2025-02-05T17:00'],
  // Tết 2026: closed 14/2–22/2.
  ['the Friday before Tết 2026', '2026-02-13T14:00+07:00', 0, '2026-02-13T17:00'],
  ['1 WD from the Friday before Tết 2026', '2026-02-13T14:00+07:00', 1, '2026-02-23T17:00'],
  ['after the cut-off before Tết 2026', '2026-02-13T16:00+07:00', 0, '2026-02-23T17:00'],
  ['3 WD from mùng 1 Tết 2026', '2026-02-17T08:00+07:00', 3, '2026-02-26T17:00'],
  // Tết 2024: closed 8/2–14/2.
  ['1 WD from the day before Tết 2024 closes', '2024-02-07T10:00+07:00', 1, '2024-02-15T17:00'],
  // Make-up Saturdays count as working days.
  [
    'late on Friday 9/1/2026 (Saturday 10/1 is a make-up day)',
    '2026-01-09T16:00+07:00',
    0,
    '2026-01-10T17:00',
  ],
  [
    'late on Friday 25/4/2025 (Saturday 26/4 is a make-up day)',
    '2025-04-25T16:00+07:00',
    0,
    '2025-04-26T17:00',
  ],
  [
    'late on Friday 21/8/2026 (Saturday 22/8 is a make-up day)',
    '2026-08-21T16:00+07:00',
    0,
    '2026-08-22T17:00',
  ],
  [
    '3 WD from Friday 26/4/2024 (Saturday 4/5 is a make-up day)',
    '2024-04-26T10:00+07:00',
    3,
    '2024-05-04T17:00',
  ],
  // 30/4–1/5 and Quốc khánh.
  ['exactly 15:00 on the eve of 30/4/2025', '2025-04-29T15:00+07:00', 0, '2025-04-29T17:00'],
  ['15:01 on the eve of 30/4/2025', '2025-04-29T15:01+07:00', 0, '2025-05-05T17:00'],
  ['2 WD across 30/4–4/5/2025', '2025-04-28T09:00+07:00', 2, '2025-05-05T17:00'],
  ['1 WD across 27/4–1/5/2024', '2024-04-26T10:00+07:00', 1, '2024-05-02T17:00'],
  ['1 WD across Quốc khánh 2025 (30/8–2/9)', '2025-08-29T10:00+07:00', 1, '2025-09-03T17:00'],
  ['1 WD across Quốc khánh 2026 (29/8–2/9)', '2026-08-28T10:00+07:00', 1, '2026-09-03T17:00'],
  ['1 WD across Hùng Kings 2026 (nghỉ bù 27/4)', '2026-04-24T10:00+07:00', 1, '2026-04-28T17:00'],
  // Year boundaries.
  ['late on 31/12/2024 (1/1/2025 is a holiday)', '2024-12-31T15:30+07:00', 0, '2025-01-02T17:00'],
  ['1 WD from 31/12/2025 across 1/1–4/1/2026', '2025-12-31T10:00+07:00', 1, '2026-01-05T17:00'],
  ['5 WD from Tết Dương lịch 2026', '2026-01-01T10:00+07:00', 5, '2026-01-10T17:00'],
])('sets ngayHenTra for %s (n=%i) at %s', (_case, received, n, expected) => {
  expect(shortVn(deadline(calendar, at(received), n))).toBe(expected);
});

it('returns the start of the result day from addWorkingDays', () => {
  expect(shortVn(addWorkingDays(calendar, at('2025-01-24T15:01+07:00'), 0))).toBe(
    '2025-02-03T00:00',
  );
});

it('counts every receipt on a working day from that day when the cut-off is disabled', () => {
  const received = at('2025-03-12T16:30+07:00');
  expect(shortVn(deadline(calendar, received, 0, { cutoff: null }))).toBe('2025-03-12T17:00');
});

it('honours a configured cut-off and closing time', () => {
  const received = at('2025-03-12T11:45+07:00');
  const options = { cutoff: '11:30', closing: '16:30' } as const;
  expect(shortVn(deadline(calendar, received, 0, options))).toBe('2025-03-13T16:30');
});

it('starts counting on the next working day after a late receipt', () => {
  expect(shortVn(countingStart(calendar, at('2026-02-13T15:30+07:00')))).toBe('2026-02-23T00:00');
});

it.each([
  ['2025-01-24T23:59+07:00', true],
  ['2025-01-25T00:00+07:00', false],
  ['2026-01-10T09:00+07:00', true],
])('reads the working day of %s on the +07:00 calendar (%s)', (instant, expected) => {
  expect(isWorkingDay(calendar, at(instant))).toBe(expected);
});

it('finds the next working day after Tết 2026 closes', () => {
  expect(shortVn(nextWorkingDay(calendar, at('2026-02-13T10:00+07:00')))).toBe('2026-02-23T00:00');
});

it.each([
  ['2025-01-24T10:00+07:00', '2025-02-03T08:00+07:00', 1],
  ['2025-02-03T08:00+07:00', '2025-01-24T10:00+07:00', -1],
  ['2025-03-12T08:00+07:00', '2025-03-12T16:00+07:00', 0],
  ['2025-01-01T00:00+07:00', '2025-12-31T00:00+07:00', 250],
  ['2025-12-31T00:00+07:00', '2026-12-31T00:00+07:00', 250],
  ['2023-12-31T12:00+07:00', '2024-12-31T00:00+07:00', 251],
])('counts working days from %s to %s as %i', (from, to, expected) => {
  expect(workingDaysBetween(calendar, at(from), at(to))).toBe(expected);
});

it.each([-1, 1.5, Number.NaN])('refuses %d working days as a programming error', (n) => {
  expect(() => addWorkingDays(calendar, at('2025-03-12T09:00+07:00'), n)).toThrow(RangeError);
});

it('returns 0, not -0, for a reversed interval without working days', () => {
  const sunday = at('2025-03-16T09:00+07:00');
  const friday = at('2025-03-14T09:00+07:00');
  // toBe compares with Object.is, which tells 0 from -0.
  expect(workingDaysBetween(calendar, sunday, friday)).toBe(0);
});
