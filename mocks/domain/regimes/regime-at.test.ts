import { describe, expect, it } from 'vitest';
import { vietnamDate } from './instant.js';
import { getRegime, procedureFor, regimeAt } from './regime-at.js';

describe('regime selection', () => {
  it.each([
    ['2024-07-01T00:00:00+07:00', 'ND63_2024'],
    ['2024-06-30T17:00:00Z', 'ND63_2024'],
    ['2025-03-15T10:00:00+07:00', 'ND63_2024'],
    ['2026-08-31T23:59:59+07:00', 'ND63_2024'],
    ['2026-08-31T23:59:59.999+07:00', 'ND63_2024'],
    ['2026-08-31T16:59:59Z', 'ND63_2024'],
    ['2026-09-01T00:00:00+07:00', 'ND301_2026'],
    ['2026-08-31T17:00:00Z', 'ND301_2026'],
    ['2026-08-31T12:00:00-05:00', 'ND301_2026'],
    ['2026-09-01', 'ND301_2026'],
    ['2026-08-31', 'ND63_2024'],
    ['2030-01-01T08:00:00+07:00', 'ND301_2026'],
  ])('picks the regime for %s as %s', (instant, id) => {
    const regime = regimeAt(instant);
    expect(regime.ok && regime.value.id).toBe(id);
  });

  it.each([
    [new Date('2026-08-31T16:59:59Z'), 'ND63_2024'],
    [new Date('2026-08-31T17:00:00Z'), 'ND301_2026'],
    [new Date(Date.UTC(2024, 5, 30, 17)), 'ND63_2024'],
  ])('picks the regime for the Date %o as %s', (instant, id) => {
    const regime = regimeAt(instant);
    expect(regime.ok && regime.value.id).toBe(id);
  });

  it.each(['2024-06-30T23:59:59+07:00', '2024-06-30T16:59:59Z', '2024-06-30', '2020-01-01'])(
    'has no regime before 01/07/2024 at %s',
    (instant) => {
      const regime = regimeAt(instant);
      expect(!regime.ok && regime.error.code).toBe('NO_REGIME');
    },
  );

  it.each([
    '2026-09-01T00:00:00',
    '01/09/2026',
    '2026-09-31',
    'yesterday',
    '2026-09-01T25:00:00+07:00',
    new Date(Number.NaN),
  ])('refuses the instant %o', (instant) => {
    const regime = regimeAt(instant);
    expect(!regime.ok && regime.error).toMatchObject({ code: 'INVALID_INSTANT', status: 400 });
  });

  it.each([
    ['2026-08-31T17:00:00Z', '2026-09-01'],
    ['2026-09-01T06:59:59+07:00', '2026-09-01'],
    ['2026-08-31T23:30:00-01:00', '2026-09-01'],
  ])('reads %s as the Vietnam date %s', (instant, date) => {
    expect(vietnamDate(instant)).toEqual({ ok: true, value: date });
  });
});

describe('group procedures', () => {
  it.each([
    ['ND63_2024', 'NHOM_1', '2.000986', ['KS', 'TT', 'BHYT']],
    ['ND63_2024', 'NHOM_2', '2.002622', ['KT', 'XTT', 'MT', 'TU']],
    ['ND301_2026', 'NHOM_1', '3.000722', ['KS', 'TT', 'BHYT', 'CC']],
    ['ND301_2026', 'NHOM_2', '2.002913', ['KT', 'XTT', 'MT', 'TU']],
  ] as const)('gives %s %s the code %s and legs %j', (regime, group, code, legs) => {
    expect(procedureFor(regime, group)).toMatchObject({ procedureCode: code, legs });
  });

  it('accepts the regime object returned by regimeAt', () => {
    const regime = regimeAt('2026-09-01');
    expect(regime.ok && procedureFor(regime.value, 'NHOM_1').procedureCode).toBe('3.000722');
  });

  it('moves the hub to the national portal in 2026', () => {
    expect(getRegime('ND63_2024').hub).toBe('PHAN_MEM_DVC_LIEN_THONG');
    expect(getRegime('ND301_2026').hub).toBe('CONG_DVCQG');
  });

  it('lets the 2024 regime end the day before the 2026 regime starts', () => {
    expect(getRegime('ND63_2024')).toMatchObject({
      validFrom: '2024-07-01',
      validTo: '2026-08-31',
    });
    expect(getRegime('ND301_2026')).toMatchObject({ validFrom: '2026-09-01', validTo: null });
  });
});
