import { expect, it } from 'vitest';
import type { Result } from '../../../contracts/result.js';
import {
  OPAQUE_BHXH_CODE_FORMAT,
  defineBhxhCodeFormat,
  generateBhxhCode,
  parseBhxhCode,
  validateBhxhCode,
} from './bhxh-code.js';
import type { BhxhCodeSegment } from './bhxh-code.js';
import type { IdentifierError } from './errors.js';

const codeOf = (r: Result<unknown, IdentifierError>) => (r.ok ? 'OK' : r.error.code);

it.each([
  { value: '3812345678', code: 'OK' },
  { value: '7900000001', code: 'OK' },
  { value: '3012345678', code: 'OK', why: 'a pre-2025 province code' },
  { value: '381234567', code: 'BHXH_CODE_FORMAT' },
  { value: '38123456789', code: 'BHXH_CODE_FORMAT' },
  { value: '38-1234567', code: 'BHXH_CODE_FORMAT' },
  { value: '0312345678', code: 'BHXH_CODE_UNKNOWN_PROVINCE' },
  { value: '9912345678', code: 'BHXH_CODE_UNKNOWN_PROVINCE' },
])('validates $value under the sandbox structure as $code', ({ value, code }) => {
  expect(codeOf(validateBhxhCode(value))).toBe(code);
});

it('parses the sandbox structure into province and serial', () => {
  expect(parseBhxhCode('3812345678')).toEqual({
    ok: true,
    value: { code: '3812345678', provinceCode: '38', serial: '12345678' },
  });
});

it('accepts any ten digits under the opaque structure', () => {
  expect(parseBhxhCode('9912345678', OPAQUE_BHXH_CODE_FORMAT)).toEqual({
    ok: true,
    value: { code: '9912345678', serial: '9912345678' },
  });
});

it('reads a configured structure with the province after the serial', () => {
  const format = defineBhxhCodeFormat([
    { kind: 'serial', length: 8 },
    { kind: 'province', length: 2 },
  ]);
  expect(parseBhxhCode('1234567879', format)).toEqual({
    ok: true,
    value: { code: '1234567879', provinceCode: '79', serial: '12345678' },
  });
  expect(generateBhxhCode({ provinceCode: '79', random: () => 0.35, format })).toBe('3333333379');
});

it.each<{ segments: BhxhCodeSegment[]; why: string }>([
  { segments: [{ kind: 'serial', length: 9 }], why: 'nine digits' },
  {
    segments: [
      { kind: 'province', length: 2 },
      { kind: 'province', length: 2 },
      { kind: 'serial', length: 6 },
    ],
    why: 'two provinces',
  },
  {
    segments: [
      { kind: 'province', length: 2 },
      { kind: 'serial', length: 0 },
      { kind: 'serial', length: 8 },
    ],
    why: 'an empty segment',
  },
])('refuses a structure with $why', ({ segments }) => {
  expect(() => defineBhxhCodeFormat(segments)).toThrow(
    expect.objectContaining({ code: 'INVALID_RULE' }),
  );
});

it('generates the province code then eight digits from the injected RNG', () => {
  expect(generateBhxhCode({ provinceCode: '38', random: () => 0.41 })).toBe('3844444444');
});

it.each([{ provinceCode: undefined }, { provinceCode: '03' }, { provinceCode: '038' }])(
  'refuses to generate for province $provinceCode',
  ({ provinceCode }) => {
    expect(() => generateBhxhCode({ provinceCode, random: () => 0 })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_PROVINCE_CODE' }),
    );
  },
);
