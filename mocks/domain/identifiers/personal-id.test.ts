import { describe, expect, it } from 'vitest';
import type { Result } from '../../../contracts/result.js';
import type { IdentifierError } from './errors.js';
import { InvalidIdentifierInputError } from './errors.js';
import type { PersonalIdInput } from './personal-id.js';
import {
  generateLegacyIdNumber,
  generatePersonalId,
  parsePersonalId,
  validateLegacyIdNumber,
  validatePersonalId,
} from './personal-id.js';

const codeOf = (r: Result<unknown, IdentifierError>) => (r.ok ? 'OK' : r.error.code);
const constant = (value: number) => () => value;
type Row = Omit<PersonalIdInput, 'random' | 'birthDate' | 'year'> & {
  readonly birthDate?: string;
  readonly year?: number;
};

describe('personal ID number', () => {
  it.each([
    { value: '038226000123', province: 'Thanh Hóa', century: 2000, sex: 'NAM', year: 2026 },
    { value: '001090012345', province: 'Hà Nội', century: 1900, sex: 'NAM', year: 1990 },
    { value: '079195000001', province: 'Hồ Chí Minh', century: 1900, sex: 'NU', year: 1995 },
    { value: '096305123456', province: 'Cà Mau', century: 2000, sex: 'NU', year: 2005 },
    { value: '046401000000', province: 'Huế', century: 2100, sex: 'NAM', year: 2101 },
    { value: '017799000000', province: 'Hoà Bình', century: 2200, sex: 'NU', year: 2299 },
    { value: '001999999999', province: 'Hà Nội', century: 2300, sex: 'NU', year: 2399 },
  ])('parses $value as born $year, $sex, registered in $province', (row) => {
    expect(parsePersonalId(row.value)).toEqual({
      ok: true,
      value: {
        provinceCode: row.value.slice(0, 3),
        provinceName: row.province,
        century: row.century,
        sex: row.sex,
        birthYear: row.year,
        serial: row.value.slice(6),
      },
    });
  });

  it.each([
    { value: '03822600012', code: 'PERSONAL_ID_FORMAT', why: '11 digits' },
    { value: '0382260001234', code: 'PERSONAL_ID_FORMAT', why: '13 digits' },
    { value: '03822600012a', code: 'PERSONAL_ID_FORMAT', why: 'a letter' },
    { value: ' 038226000123', code: 'PERSONAL_ID_FORMAT', why: 'a leading space' },
    { value: '038 226 000123', code: 'PERSONAL_ID_FORMAT', why: 'inner spaces' },
    { value: '０３８２２６０００１２３', code: 'PERSONAL_ID_FORMAT', why: 'full-width digits' },
    { value: '', code: 'PERSONAL_ID_FORMAT', why: 'nothing' },
    { value: '003226000123', code: 'PERSONAL_ID_UNKNOWN_PROVINCE', why: 'province 003' },
    { value: '000226000123', code: 'PERSONAL_ID_UNKNOWN_PROVINCE', why: 'province 000' },
    { value: '097226000123', code: 'PERSONAL_ID_UNKNOWN_PROVINCE', why: 'province 097' },
    { value: '138226000123', code: 'PERSONAL_ID_UNKNOWN_PROVINCE', why: 'province 138' },
  ])('rejects $value ($why) with $code', ({ value, code }) => {
    expect(codeOf(validatePersonalId(value))).toBe(code);
  });

  it.each([
    { expected: { birthYear: 2026, sex: 'NAM' as const }, code: 'OK' },
    { expected: { birthYear: 2026 }, code: 'OK' },
    { expected: { sex: 'NAM' as const }, code: 'OK' },
    { expected: { birthYear: 1926 }, code: 'PERSONAL_ID_BIRTH_YEAR_MISMATCH' },
    { expected: { birthYear: 2025, sex: 'NAM' as const }, code: 'PERSONAL_ID_BIRTH_YEAR_MISMATCH' },
    { expected: { sex: 'NU' as const }, code: 'PERSONAL_ID_SEX_MISMATCH' },
  ])('checks 038226000123 against $expected: $code', ({ expected, code }) => {
    expect(codeOf(validatePersonalId('038226000123', expected))).toBe(code);
  });

  it('does not put the number in the error detail', () => {
    const result = validatePersonalId('003226000123');
    expect(result.ok ? '' : result.error.detail).not.toContain('003226000123');
  });
});

describe('generating a personal ID number', () => {
  it.each<{ input: Row; prefix: string }>([
    { input: { provinceCode: '38', birthDate: '2026-01-15', sex: 'NAM' }, prefix: '038226' },
    { input: { provinceCode: '38', birthDate: '2026-01-15', sex: 'NU' }, prefix: '038326' },
    { input: { provinceCode: '038', year: 1990, sex: 'NU' }, prefix: '038190' },
    { input: { provinceCode: '30', year: 2024, sex: 'NAM' }, prefix: '030224' },
    { input: { provinceCode: '30', year: 2025, sex: 'NAM' }, prefix: '030225' },
    { input: { provinceCode: '01', birthDate: '1999-12-31', sex: 'NAM' }, prefix: '001099' },
    { input: { provinceCode: '79', year: 2100, sex: 'NU' }, prefix: '079500' },
    {
      input: { provinceCode: '30', birthDate: '2025-06-20', registeredOn: '2025-06-30', sex: 'NU' },
      prefix: '030325',
    },
  ])('opens with $prefix for $input', ({ input, prefix }) => {
    const value = generatePersonalId({ ...input, random: constant(0.05) } as PersonalIdInput);
    expect(value).toBe(`${prefix}000000`);
  });

  it('draws the six serial digits from the injected RNG', () => {
    const draws = [0.1, 0.2, 0.3, 0.4, 0.5, 0.99];
    const random = () => draws.shift() ?? 0;
    expect(generatePersonalId({ provinceCode: '38', year: 2026, sex: 'NAM', random })).toBe(
      '038226123459',
    );
  });

  it.each<{ input: Row; code: string }>([
    { input: { provinceCode: '03', year: 2000, sex: 'NAM' }, code: 'UNKNOWN_PROVINCE_CODE' },
    { input: { provinceCode: '0038', year: 2000, sex: 'NAM' }, code: 'UNKNOWN_PROVINCE_CODE' },
    { input: { provinceCode: '38', year: 1899, sex: 'NAM' }, code: 'OUT_OF_RANGE' },
    { input: { provinceCode: '38', year: 2400, sex: 'NAM' }, code: 'OUT_OF_RANGE' },
    { input: { provinceCode: '38', year: 2000.5, sex: 'NAM' }, code: 'OUT_OF_RANGE' },
    { input: { provinceCode: '38', birthDate: '2025-02-29', sex: 'NAM' }, code: 'INVALID_DATE' },
    { input: { provinceCode: '38', birthDate: '15/01/2026', sex: 'NAM' }, code: 'INVALID_DATE' },
    { input: { provinceCode: '30', year: 2026, sex: 'NAM' }, code: 'PROVINCE_CODE_NOT_IN_USE' },
    {
      input: { provinceCode: '30', birthDate: '2025-07-01', sex: 'NAM' },
      code: 'PROVINCE_CODE_NOT_IN_USE',
    },
    {
      input: { provinceCode: '02', birthDate: '2025-06-20', registeredOn: '2025-07-02', sex: 'NU' },
      code: 'PROVINCE_CODE_NOT_IN_USE',
    },
  ])('refuses $input with $code', ({ input, code }) => {
    const run = () => generatePersonalId({ ...input, random: constant(0) } as PersonalIdInput);
    expect(run).toThrow(InvalidIdentifierInputError);
    expect(run).toThrow(expect.objectContaining({ code }));
  });

  it.each([1, -0.1, Number.NaN])('refuses an RNG that returns %s', (bad) => {
    const run = () =>
      generatePersonalId({ provinceCode: '38', year: 2026, sex: 'NAM', random: constant(bad) });
    expect(run).toThrow(expect.objectContaining({ code: 'RANDOM_OUT_OF_RANGE' }));
  });
});

describe('legacy ID card (CMND) number', () => {
  it.each([
    { value: '215123456', code: 'OK' },
    { value: '000000000', code: 'OK' },
    { value: '21512345', code: 'LEGACY_ID_FORMAT' },
    { value: '2151234567', code: 'LEGACY_ID_FORMAT' },
    { value: '21512345a', code: 'LEGACY_ID_FORMAT' },
    { value: '038226000123', code: 'LEGACY_ID_FORMAT' },
  ])('validates $value as $code', ({ value, code }) => {
    expect(codeOf(validateLegacyIdNumber(value))).toBe(code);
  });

  it('generates nine digits from the injected RNG', () => {
    expect(generateLegacyIdNumber(constant(0.72))).toBe('777777777');
  });
});
