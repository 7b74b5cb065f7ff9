import { expect, it } from 'vitest';
import {
  ID_PROVINCES,
  POST_2025_PROVINCE_CODES,
  findIdProvince,
  isKnownProvinceCode,
  isPost2025ProvinceCode,
} from './province-codes.js';

it('lists the 63 pre-2025 codes, each "0" and two digits, without repeats', () => {
  const codes = ID_PROVINCES.map((p) => p.code);
  expect(codes).toHaveLength(63);
  expect(new Set(codes).size).toBe(63);
  expect(codes.every((c) => /^0\d{2}$/.test(c))).toBe(true);
});

it('lists the 34 post-2025 codes, each one of the 63 old codes', () => {
  expect(new Set(POST_2025_PROVINCE_CODES).size).toBe(34);
  expect(POST_2025_PROVINCE_CODES.every((c) => findIdProvince(`0${c}`))).toBe(true);
});

it.each([
  { aaa: '001', name: 'Hà Nội' },
  { aaa: '038', name: 'Thanh Hóa' },
  { aaa: '046', name: 'Huế' },
  { aaa: '096', name: 'Cà Mau' },
])('finds $aaa as $name', ({ aaa, name }) => {
  expect(findIdProvince(aaa)?.name).toBe(name);
});

it.each([
  { code: '38', known: true, post2025: true },
  { code: '30', known: true, post2025: false },
  { code: '02', known: true, post2025: false },
  { code: '03', known: false, post2025: false },
  { code: '038', known: false, post2025: false },
  { code: '99', known: false, post2025: false },
])('classifies $code: known $known, post-2025 $post2025', ({ code, known, post2025 }) => {
  expect(isKnownProvinceCode(code)).toBe(known);
  expect(isPost2025ProvinceCode(code)).toBe(post2025);
});
