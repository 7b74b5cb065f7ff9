import { expect, it } from 'vitest';
import {
  CHILD_CARD_RULE_DECREE_146,
  CHILD_CARD_RULE_LAW_TEXT,
  childCardValidity,
  defineChildCardValidityRule,
  isCoveredByChildCard,
} from './child-card-validity.js';

it.each([
  { birth: '2021-03-10', to: '2027-09-30', why: 'turns 72 months in March: to 30 September' },
  { birth: '2020-01-01', to: '2026-09-30', why: 'turns 72 months on 1 January' },
  { birth: '2020-09-29', to: '2026-09-30', why: 'turns 72 months the day before the cut-off' },
  { birth: '2020-09-30', to: '2026-09-30', why: 'turns 72 months on 30 September' },
  { birth: '2020-10-01', to: '2026-10-31', why: 'turns 72 months on 1 October: end of October' },
  { birth: '2020-10-15', to: '2026-10-31', why: 'turns 72 months mid-October' },
  { birth: '2020-12-31', to: '2026-12-31', why: 'turns 72 months on 31 December' },
  { birth: '2020-11-30', to: '2026-11-30', why: 'end of a 30-day month' },
  { birth: '2020-02-29', to: '2026-09-30', why: 'a 29 February birth' },
  { birth: '2026-09-15', to: '2032-09-30', why: 'a birth in the sandbox era' },
])('covers a child born $birth until $to ($why)', ({ birth, to }) => {
  expect(childCardValidity(birth)).toEqual({ from: birth, to });
});

it.each([
  { birth: '2021-03-10', to: '2027-09-30' },
  { birth: '2020-10-15', to: '2026-10-15' },
  { birth: '2020-12-31', to: '2026-12-31' },
  { birth: '2019-10-31', to: '2025-10-31' },
])('covers a child born $birth until $to under the bare law text', ({ birth, to }) => {
  expect(childCardValidity(birth, CHILD_CARD_RULE_LAW_TEXT)).toEqual({ from: birth, to });
});

it('ends a 29 February birth on 28 February under the bare law text when turning after school', () => {
  const rule = defineChildCardValidityRule({
    ...CHILD_CARD_RULE_LAW_TEXT,
    schoolYearStart: { month: 1, day: 1 },
  });
  expect(childCardValidity('2020-02-29', rule)).toEqual({ from: '2020-02-29', to: '2026-02-28' });
});

it('follows a configured school-year start and extension day', () => {
  const rule = defineChildCardValidityRule({
    ...CHILD_CARD_RULE_DECREE_146,
    schoolYearStart: { month: 9, day: 5 },
    extendedUntil: { month: 9, day: 4 },
  });
  expect(childCardValidity('2020-09-01', rule).to).toBe('2026-09-04');
  expect(childCardValidity('2020-09-05', rule).to).toBe('2026-09-30');
});

it('never ends the extended cover before the child turns 72 months', () => {
  const rule = defineChildCardValidityRule({
    ...CHILD_CARD_RULE_LAW_TEXT,
    schoolYearStart: { month: 12, day: 1 },
  });
  expect(childCardValidity('2020-11-10', rule).to).toBe('2026-11-10');
});

it.each([
  { on: '2021-03-10', covered: true, why: 'the birth day' },
  { on: '2027-03-10', covered: true, why: 'the day the child turns 72 months' },
  { on: '2027-09-30', covered: true, why: 'the last day' },
  { on: '2027-10-01', covered: false, why: 'the day after' },
  { on: '2021-03-09', covered: false, why: 'the day before birth' },
])('decides whether a child born 2021-03-10 is covered on $on ($why)', ({ on, covered }) => {
  expect(isCoveredByChildCard('2021-03-10', on)).toBe(covered);
});

it.each(['2021-02-29', '2021-3-10', '10/03/2021', ''])('refuses the birth date %j', (birthDate) => {
  expect(() => childCardValidity(birthDate)).toThrow(
    expect.objectContaining({ code: 'INVALID_DATE' }),
  );
});

it.each([
  { change: { coverMonths: 0 } },
  { change: { coverMonths: 71.5 } },
  { change: { schoolYearStart: { month: 13, day: 1 } } },
  { change: { extendedUntil: { month: 2, day: 29 } } },
])('refuses a rule with $change', ({ change }) => {
  expect(() => defineChildCardValidityRule({ ...CHILD_CARD_RULE_DECREE_146, ...change })).toThrow(
    expect.objectContaining({ code: 'INVALID_RULE' }),
  );
});
