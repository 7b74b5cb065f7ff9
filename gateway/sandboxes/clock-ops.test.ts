import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLIDAY_CALENDAR, toVnIso } from '../../mocks/domain/calendar/index.js';
import { createClock } from '../../mocks/ports/clock/create-clock.js';
import {
  addDuration,
  addWorkingDaysAt,
  checkAdvance,
  clockState,
  effectsOf,
  TIMER_LABEL_PREFIXES,
} from './clock-ops.js';

const at = (iso: string) => new Date(iso);

describe('addWorkingDaysAt', () => {
  it.each([
    [
      'Fri before Tết 2026, 1 WD',
      '2026-02-13T10:00:00+07:00',
      1,
      undefined,
      '2026-02-23T10:00:00+07:00',
    ],
    [
      'Fri before Tết 2026, 3 WD at 09:00',
      '2026-02-13T16:30:00+07:00',
      3,
      '09:00',
      '2026-02-25T09:00:00+07:00',
    ],
    ['a Saturday, 1 WD', '2026-09-19T11:00:00+07:00', 1, '08:00', '2026-09-21T08:00:00+07:00'],
    [
      'Tue, 3 WD keeping the time',
      '2026-09-15T09:30:00+07:00',
      3,
      undefined,
      '2026-09-18T09:30:00+07:00',
    ],
    [
      'over 2/9 National Day',
      '2026-08-31T10:00:00+07:00',
      1,
      undefined,
      '2026-09-03T10:00:00+07:00',
    ],
  ])('%s', (_, from, days, time, expected) => {
    expect(toVnIso(addWorkingDaysAt(DEFAULT_HOLIDAY_CALENDAR, at(from), days, time))).toBe(
      expected,
    );
  });
});

describe('addDuration', () => {
  it.each([
    ['PT2H30M', '2026-09-15T09:00:00+07:00', '2026-09-15T11:30:00+07:00'],
    ['P1DT12H', '2026-09-15T09:00:00+07:00', '2026-09-16T21:00:00+07:00'],
    ['P1W', '2026-09-15T09:00:00+07:00', '2026-09-22T09:00:00+07:00'],
    ['P1M', '2026-01-31T09:00:00+07:00', '2026-02-28T09:00:00+07:00'],
    ['P1Y', '2026-09-15T23:30:00+07:00', '2027-09-15T23:30:00+07:00'],
    ['PT90S', '2026-09-15T09:00:00+07:00', '2026-09-15T09:01:30+07:00'],
  ])('%s from %s', (duration, from, expected) => {
    const result = addDuration(at(from), duration);
    expect(result.ok && toVnIso(result.value)).toBe(expected);
  });

  it.each(['P', 'PT', '2H', 'P1H', 'PT1D'])('refuses %s', (duration) => {
    const result = addDuration(at('2026-09-15T09:00:00+07:00'), duration);
    expect(!result.ok && result.error.code).toBe('CLOCK_MOVE_OUT_OF_RANGE');
  });
});

describe('checkAdvance', () => {
  const from = at('2026-09-15T09:00:00+07:00');
  it.each([
    ['zero', from, false],
    ['366 days', new Date(from.getTime() + 366 * 86_400_000), true],
    ['367 days', new Date(from.getTime() + 367 * 86_400_000), false],
  ])('%s', (_, to, allowed) => {
    expect(checkAdvance(from, to).ok).toBe(allowed);
  });
});

describe('clockState', () => {
  it('reports a Tết day as not working, with the counters opening after Tết', () => {
    const clock = createClock({ start: at('2026-02-17T10:00:00+07:00'), frozen: true });
    expect(clockState(clock, DEFAULT_HOLIDAY_CALENDAR)).toEqual({
      now: '2026-02-17T10:00:00+07:00',
      frozen: true,
      offsetMs: expect.any(Number) as number,
      isWorkingDay: false,
      nextWorkingDayStart: '2026-02-23T07:30:00+07:00',
    });
  });
});

describe('effectsOf', () => {
  it('counts fired timers by their label prefix and ignores others', async () => {
    const clock = createClock({ start: at('2026-09-15T09:00:00+07:00'), frozen: true });
    const soon = at('2026-09-15T10:00:00+07:00');
    clock.schedule(soon, () => undefined, `${TIMER_LABEL_PREFIXES.stepsDecided}KS`);
    clock.schedule(soon, () => undefined, `${TIMER_LABEL_PREFIXES.stepsDecided}TT`);
    clock.schedule(soon, () => undefined, `${TIMER_LABEL_PREFIXES.webhooksAttempted}dlv-1`);
    clock.schedule(soon, () => undefined, 'other');
    expect(effectsOf(await clock.advance(3_600_000))).toEqual({
      stepsDecided: 2,
      deadlinesPassed: 0,
      webhooksAttempted: 1,
    });
  });
});
