import { expect, it } from 'vitest';
import type { Result } from '../../../contracts/result.js';
import type { BhytCardExpectations } from './bhyt-card.js';
import {
  generateBhytCardNumber,
  parseBhytCardNumber,
  validateBhytCardNumber,
} from './bhyt-card.js';
import type { IdentifierError } from './errors.js';

const codeOf = (r: Result<unknown, IdentifierError>) => (r.ok ? 'OK' : r.error.code);

it.each([
  { value: 'TE1790123456789', code: 'OK' },
  { value: 'TE1383812345678', code: 'OK' },
  { value: 'DN4010123456789', code: 'OK' },
  { value: 'HT2300123456789', code: 'OK', why: 'a pre-2025 province code' },
  { value: 'TE179012345678', code: 'BHYT_CARD_FORMAT', why: '14 characters' },
  { value: 'TE17901234567890', code: 'BHYT_CARD_FORMAT', why: '16 characters' },
  { value: 'te1790123456789', code: 'BHYT_CARD_FORMAT', why: 'lower case' },
  { value: 'TE6790123456789', code: 'BHYT_CARD_FORMAT', why: 'benefit level 6' },
  { value: 'TE0790123456789', code: 'BHYT_CARD_FORMAT', why: 'benefit level 0' },
  { value: '0123456789', code: 'BHYT_CARD_FORMAT', why: 'only the 10-digit code' },
  { value: 'TE1990123456789', code: 'BHYT_CARD_UNKNOWN_PROVINCE' },
  { value: 'TE1030123456789', code: 'BHYT_CARD_UNKNOWN_PROVINCE' },
  { value: 'TE2790123456789', code: 'BHYT_CARD_CHILD_LEVEL' },
])('validates $value as $code', ({ value, code }) => {
  expect(codeOf(validateBhytCardNumber(value))).toBe(code);
});

it('parses a child card into group, level, province and social-insurance code', () => {
  expect(parseBhytCardNumber('TE1790123456789')).toEqual({
    ok: true,
    value: { doiTuong: 'TE', mucHuong: 1, maTinh: '79', maSoBhxh: '0123456789' },
  });
});

const born = '2026-01-15';
it.each<{ value: string; expected: BhytCardExpectations; code: string }>([
  { value: 'TE1790123456789', expected: { maSoBhxh: '0123456789' }, code: 'OK' },
  {
    value: 'TE1790123456789',
    expected: { maSoBhxh: '0123456788' },
    code: 'BHYT_CARD_BHXH_CODE_MISMATCH',
  },
  { value: 'TE1790123456789', expected: { holder: { birthDate: born, onDate: born } }, code: 'OK' },
  {
    value: 'TE1790123456789',
    expected: { holder: { birthDate: born, onDate: '2032-09-30' } },
    code: 'OK',
  },
  {
    value: 'TE1790123456789',
    expected: { holder: { birthDate: born, onDate: '2032-10-01' } },
    code: 'BHYT_CARD_TE_EXPIRED',
  },
  {
    value: 'GD4790123456789',
    expected: { holder: { birthDate: born, onDate: '2027-01-01' } },
    code: 'BHYT_CARD_CHILD_NOT_TE',
  },
  {
    value: 'HS4790123456789',
    expected: { holder: { birthDate: born, onDate: '2032-10-01' } },
    code: 'OK',
  },
])('checks $value against $expected: $code', ({ value, expected, code }) => {
  expect(codeOf(validateBhytCardNumber(value, expected))).toBe(code);
});

it('composes a TE1 card by default', () => {
  expect(generateBhytCardNumber({ maTinh: '38', maSoBhxh: '3812345678' })).toBe('TE1383812345678');
});

it('composes a card for another group and level', () => {
  expect(
    generateBhytCardNumber({ doiTuong: 'HT', mucHuong: 2, maTinh: '01', maSoBhxh: '0100000001' }),
  ).toBe('HT2010100000001');
});

it.each([
  { maTinh: '3', maSoBhxh: '3812345678' },
  { maTinh: '99', maSoBhxh: '3812345678' },
  { maTinh: '38', maSoBhxh: '381234567' },
  { maTinh: '38', maSoBhxh: '3812345678', mucHuong: 2 },
])('refuses to compose a card from $maTinh / $maSoBhxh / level $mucHuong', (input) => {
  expect(() => generateBhytCardNumber(input)).toThrow(
    expect.objectContaining({ code: 'INVALID_FORMAT' }),
  );
});
