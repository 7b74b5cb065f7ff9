import { expect, it } from 'vitest';
import type { Result } from '../../../contracts/result.js';
import {
  generateAgencyCode,
  parseAgencyCode,
  sandboxAgencyCode,
  validateAgencyCode,
} from './agency-code.js';
import type { IdentifierError } from './errors.js';

const codeOf = (r: Result<unknown, IdentifierError>) => (r.ok ? 'OK' : r.error.code);

it.each([
  { value: '000.00.00.H30', code: 'OK' },
  { value: '000.00.01.H22', code: 'OK' },
  { value: '000.00.00.G12', code: 'OK' },
  { value: '000.00.00.H3', code: 'AGENCY_CODE_FORMAT' },
  { value: '00.00.00.H30', code: 'AGENCY_CODE_FORMAT' },
  { value: '000.00.00.h30', code: 'AGENCY_CODE_FORMAT' },
  { value: '000-00-00-H30', code: 'AGENCY_CODE_FORMAT' },
  { value: 'H30.00.00.000', code: 'AGENCY_CODE_FORMAT' },
])('validates $value as $code', ({ value, code }) => {
  expect(codeOf(validateAgencyCode(value))).toBe(code);
});

it('parses the four levels with level 1 as the rightmost segment', () => {
  expect(parseAgencyCode('123.45.67.H56')).toEqual({
    ok: true,
    value: {
      code: '123.45.67.H56',
      level1: 'H56',
      level2: '67',
      level3: '45',
      level4: '123',
      level1Type: "provincial People's Committee",
    },
  });
});

it('leaves the level-1 type out for an unknown letter', () => {
  const parsed = parseAgencyCode('000.00.00.K01');
  expect(parsed.ok && parsed.value.level1Type).toBeUndefined();
});

it('composes a code from its levels', () => {
  expect(generateAgencyCode({ level1: 'G12', level2: '03', level3: '00', level4: '000' })).toBe(
    '000.00.03.G12',
  );
});

it('refuses to compose from levels that do not fit', () => {
  expect(() =>
    generateAgencyCode({ level1: '12', level2: '03', level3: '00', level4: '000' }),
  ).toThrow(expect.objectContaining({ code: 'INVALID_FORMAT' }));
});

it.each([
  { province: '38', code: '000.00.00.H38' },
  { province: '01', code: '000.00.00.H01' },
  { province: '96', code: '000.00.00.H96' },
])('flags the sandbox code $code of province $province', ({ province, code }) => {
  expect(sandboxAgencyCode(province)).toEqual({ code, provinceCode: province, sandbox: true });
});

it.each(['30', '02', '3', '038', '99'])('refuses a sandbox code for province %j', (province) => {
  expect(() => sandboxAgencyCode(province)).toThrow(
    expect.objectContaining({ code: 'PROVINCE_CODE_NOT_IN_USE' }),
  );
});
