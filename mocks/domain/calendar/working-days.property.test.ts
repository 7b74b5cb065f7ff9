import fc from 'fast-check';
import { expect, it } from 'vitest';
import { DEFAULT_HOLIDAY_CALENDAR as calendar, isWorkingDate } from './holiday-calendar.js';
import { toLocalDate, vnInstant } from './vn-time.js';
import {
  addWorkingDays,
  deadline,
  isWorkingDay,
  nextWorkingDate,
  workingDaysBetween,
} from './working-days.js';

// Instants from 2024 to mid-2030, leaving room for n ≤ 60 WD inside the 2024–2030 table.
const instants = fc.date({
  min: new Date('2023-12-31T17:00:00Z'),
  max: new Date('2030-06-30T00:00:00Z'),
  noInvalidDate: true,
});
const counts = fc.nat({ max: 60 });

/** A receipt on a working day at or before the 15:00 cut-off, derived from any instant. */
const receiptsBeforeCutoff = fc
  .tuple(instants, fc.integer({ min: 0, max: 15 * 60 }))
  .map(([instant, minutes]) => {
    const day = toLocalDate(instant);
    const workingDay = isWorkingDate(calendar, day) ? day : nextWorkingDate(calendar, day);
    return new Date(vnInstant(workingDay).getTime() + minutes * 60_000);
  });

it('always lands addWorkingDays on a working day', () => {
  fc.assert(
    fc.property(instants, counts, (instant, n) => {
      expect(isWorkingDay(calendar, addWorkingDays(calendar, instant, n))).toBe(true);
    }),
  );
});

it('counts back exactly n working days from a receipt before the cut-off', () => {
  fc.assert(
    fc.property(receiptsBeforeCutoff, counts, (received, n) => {
      const result = addWorkingDays(calendar, received, n);
      expect(workingDaysBetween(calendar, received, result)).toBe(n);
    }),
  );
});

it('never moves the result earlier for a later receipt', () => {
  fc.assert(
    fc.property(instants, instants, counts, (a, b, n) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      const fromEarly = addWorkingDays(calendar, early, n).getTime();
      expect(fromEarly).toBeLessThanOrEqual(addWorkingDays(calendar, late, n).getTime());
    }),
  );
});

it('moves the result strictly later for each extra working day', () => {
  fc.assert(
    fc.property(instants, fc.nat({ max: 59 }), (instant, n) => {
      const shorter = addWorkingDays(calendar, instant, n).getTime();
      expect(shorter).toBeLessThan(addWorkingDays(calendar, instant, n + 1).getTime());
    }),
  );
});

it('sets ngayHenTra at 17:00 +07:00 of a working day, after the receipt', () => {
  fc.assert(
    fc.property(instants, counts, (received, n) => {
      const due = deadline(calendar, received, n);
      expect(isWorkingDay(calendar, due)).toBe(true);
      expect(due.getTime()).toBe(vnInstant(toLocalDate(due), '17:00').getTime());
      expect(due.getTime()).toBeGreaterThan(received.getTime());
    }),
  );
});

it('adds up working days over consecutive intervals', () => {
  fc.assert(
    fc.property(instants, instants, instants, (a, b, c) => {
      const sum = workingDaysBetween(calendar, a, b) + workingDaysBetween(calendar, b, c);
      expect(sum).toBe(workingDaysBetween(calendar, a, c));
    }),
    { numRuns: 50 },
  );
});
