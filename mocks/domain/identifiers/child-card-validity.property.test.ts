import fc from 'fast-check';
import { expect, it } from 'vitest';
import { addMonths, daysInMonth, formatCalendarDate } from './calendar-date.js';
import { childCardValidity } from './child-card-validity.js';

const birth = fc
  .record({
    year: fc.integer({ min: 1990, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map((d) => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));

it('covers every child from birth until at least 72 months, ending 30 September or a month end', () => {
  fc.assert(
    fc.property(birth, (date) => {
      const { from, to } = childCardValidity(formatCalendarDate(date));
      const turns = addMonths(date, 72);
      const monthEnd = formatCalendarDate({ ...turns, day: daysInMonth(turns.year, turns.month) });
      expect(from).toBe(formatCalendarDate(date));
      expect(to >= formatCalendarDate(turns)).toBe(true);
      expect(to === `${turns.year}-09-30` || to === monthEnd).toBe(true);
      expect(to === `${turns.year}-09-30`).toBe(turns.month <= 9);
    }),
  );
});
