import { describe, expect, it } from 'vitest';
import { checkDossier, nationalProcedureCode, proceduresFromCode } from './dossier-rules.js';
import { DEFAULT_POLICY_CONFIG, type PolicyConfig } from './policy-config.js';

const UNIT = 'UBND tỉnh Hà Tĩnh';
const OPEN_BIRTH = { maTTHC: '3.000722', trangThai: 4, unit: UNIT };
const BASE = {
  purpose: 'KHAI_SINH',
  maHoSo: '000.00.00.H38-260915-0007',
  dossier: OPEN_BIRTH,
  officerUnit: UNIT,
  registeredPurposes: ['KHAI_SINH', 'KHAI_TU', 'XAC_THUC_NGUOI_NOP', 'CAP_CAN_CUOC'],
};

describe('purpose and dossier checks', () => {
  it.each([
    ['an open dossier whose procedure serves the purpose', {}, 'ok'],
    ['each open status', { dossier: { ...OPEN_BIRTH, trangThai: 5 } }, 'ok'],
    [
      'a provincial variant of the code',
      { dossier: { ...OPEN_BIRTH, maTTHC: '3.000722.H38' } },
      'ok',
    ],
    ['a dossier without a recorded unit', { dossier: { maTTHC: '3.000722', trangThai: 2 } }, 'ok'],
    [
      'the applicant check on any open dossier',
      { purpose: 'XAC_THUC_NGUOI_NOP', dossier: { ...OPEN_BIRTH, maTTHC: '2.002622' } },
      'ok',
    ],
    ['a missing purpose', { purpose: undefined }, 'DOSSIER_REQUIRED'],
    ['a missing dossier code', { maHoSo: undefined }, 'DOSSIER_REQUIRED'],
    ['an empty purpose', { purpose: '' }, 'DOSSIER_REQUIRED'],
    [
      'a submitted dossier (status 1)',
      { dossier: { ...OPEN_BIRTH, trangThai: 1 } },
      'DOSSIER_NOT_ACTIVE',
    ],
    [
      'a delivered dossier (status 10)',
      { dossier: { ...OPEN_BIRTH, trangThai: 10 } },
      'DOSSIER_NOT_ACTIVE',
    ],
    [
      'an unknown dossier with an unreadable code',
      { dossier: undefined, maHoSo: 'HS-1' },
      'DOSSIER_NOT_ACTIVE',
    ],
    [
      'an unknown dossier dated before any regime',
      { dossier: undefined, maHoSo: '000.00.00.H38-230915-0007-KS' },
      'DOSSIER_NOT_ACTIVE',
    ],
    [
      'a dossier of another unit',
      { dossier: { ...OPEN_BIRTH, unit: 'UBND xã Kỳ Anh' } },
      'DOSSIER_NOT_ACTIVE',
    ],
    ['a purpose the procedure does not serve', { purpose: 'KHAI_TU' }, 'PURPOSE_NOT_PERMITTED'],
    [
      'the ID-card purpose on a 2024 birth dossier',
      { purpose: 'CAP_CAN_CUOC', dossier: { ...OPEN_BIRTH, maTTHC: '2.000986' } },
      'PURPOSE_NOT_PERMITTED',
    ],
    ['a purpose the client did not register', { purpose: 'CAP_THE_BHYT' }, 'PURPOSE_NOT_PERMITTED'],
    ['a value that is no purpose', { purpose: 'TRA_CUU' }, 'PURPOSE_NOT_PERMITTED'],
  ])('judges %s', (_name, change, expected) => {
    const result = checkDossier({ ...BASE, ...change }, DEFAULT_POLICY_CONFIG);
    expect(result.ok ? 'ok' : result.error.code).toBe(expected);
  });

  it('checks in SECURITY.md order: status before purpose, purpose before unit', () => {
    const closedWrongPurpose = { purpose: 'KHAI_TU', dossier: { ...OPEN_BIRTH, trangThai: 9 } };
    const otherUnitWrongPurpose = { purpose: 'KHAI_TU', dossier: { ...OPEN_BIRTH, unit: 'X' } };
    const check = (change: object) => {
      const result = checkDossier({ ...BASE, ...change }, DEFAULT_POLICY_CONFIG);
      return result.ok ? 'ok' : result.error.code;
    };
    expect(check(closedWrongPurpose)).toBe('DOSSIER_NOT_ACTIVE');
    expect(check(otherUnitWrongPurpose)).toBe('PURPOSE_NOT_PERMITTED');
  });

  it.each([
    ['000.00.00.H38-260915-0007-KS', 'KHAI_SINH', 'ok', ['3.000722']],
    ['000.00.00.H38-260815-0007-KS', 'KHAI_SINH', 'ok', ['2.000986']],
    ['000.00.00.H38-260815-0007-BHYT', 'CAP_CAN_CUOC', 'PURPOSE_NOT_PERMITTED', []],
    ['000.00.00.H38-260915-0007-KT', 'KHAI_SINH', 'PURPOSE_NOT_PERMITTED', []],
    ['000.00.00.H38-260915-0007', 'KHAI_TU', 'ok', ['3.000722', '2.002913']],
  ])('derives the procedure of unknown dossier %s for %s', (maHoSo, purpose, expected, codes) => {
    const result = checkDossier(
      { ...BASE, maHoSo, purpose, dossier: undefined },
      DEFAULT_POLICY_CONFIG,
    );
    expect(result.ok ? 'ok' : result.error.code).toBe(expected);
    if (result.ok) expect(result.value).toMatchObject({ procedures: codes, source: 'code' });
  });

  it('refuses every unknown dossier when configured to', () => {
    const config: PolicyConfig = { ...DEFAULT_POLICY_CONFIG, unknownDossier: 'refuse' };
    const result = checkDossier(
      { ...BASE, maHoSo: '000.00.00.H38-260915-0007-KS', dossier: undefined },
      config,
    );
    expect(result.ok ? 'ok' : result.error.code).toBe('DOSSIER_NOT_ACTIVE');
  });

  it('answers with the statuses of SECURITY.md §4', () => {
    const statusOf = (change: object) => {
      const result = checkDossier({ ...BASE, ...change }, DEFAULT_POLICY_CONFIG);
      return result.ok ? 200 : result.error.status;
    };
    expect(statusOf({ purpose: undefined })).toBe(400);
    expect(statusOf({ dossier: { ...OPEN_BIRTH, trangThai: 7 } })).toBe(403);
    expect(statusOf({ purpose: 'KHAI_TU' })).toBe(403);
  });

  it.each([
    ['2.000986', '2.000986'],
    ['2.000986.H38', '2.000986'],
    ['2.000987', '3.000722'],
    ['1.001193', '1.001193'],
  ])('reads procedure code %s as %s', (code, expected) => {
    expect(nationalProcedureCode(code)).toBe(expected);
  });

  it.each([
    ['000.00.00.H80-240701-0001-TT', ['2.000986']],
    ['000.00.00.H80-260901-0001-CC', ['3.000722']],
    ['000.00.00.H80-260831-0001-TU', ['2.002622']],
    ['000.00.00.H80-240630-0001-KS', []],
    ['not-a-code', []],
  ])('tells the procedure of dossier code %s', (code, expected) => {
    expect(proceduresFromCode(code)).toEqual(expected);
  });
});
