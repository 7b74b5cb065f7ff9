import { describe, expect, it } from 'vitest';
import { getProvince } from './admin-units.js';
import {
  LEGACY_PROVINCES,
  legacyProvince,
  legacyProvincesOf,
  provinceOfLegacyCode,
} from './legacy-provinces.js';

describe('legacy province composition', () => {
  it('covers 63 legacy codes exactly once', () => {
    const codes = LEGACY_PROVINCES.map((p) => p.code);
    expect(codes).toHaveLength(63);
    expect(new Set(codes).size).toBe(63);
  });

  it('merges them into the 34 provinces of the catalogue', () => {
    const targets = new Set(LEGACY_PROVINCES.map((p) => p.provinceCode));
    expect(targets.size).toBe(34);
    for (const code of targets) expect(getProvince(code), code).toBeDefined();
  });

  it('lets every new province keep one of its old codes', () => {
    for (const { provinceCode } of LEGACY_PROVINCES) {
      expect(legacyProvincesOf(provinceCode).map((p) => p.code)).toContain(provinceCode);
    }
  });

  it.each([
    ['74', '79'],
    ['77', '79'],
    ['79', '79'],
    ['10', '15'],
    ['15', '15'],
    ['02', '08'],
    ['72', '80'],
    ['80', '80'],
    ['27', '24'],
    ['93', '92'],
    ['01', '01'],
  ])('maps legacy code %s to province %s', (legacy, province) => {
    expect(provinceOfLegacyCode(legacy)).toBe(province);
  });

  it.each([
    ['074', '79'],
    ['001', '01'],
    ['096', '96'],
  ])('maps the ID-number form %s to province %s', (legacy, province) => {
    expect(provinceOfLegacyCode(legacy)).toBe(province);
  });

  it.each(['03', '99', '7', '0074', '', '174'])('maps no province for %j', (code) => {
    expect(provinceOfLegacyCode(code)).toBeUndefined();
  });

  it('names the old province', () => {
    expect(legacyProvince('74')).toEqual({ code: '74', name: 'Bình Dương', provinceCode: '79' });
  });

  it('lists the three provinces merged into Ho Chi Minh City', () => {
    expect(legacyProvincesOf('79').map((p) => p.name)).toEqual([
      'Hồ Chí Minh',
      'Bình Dương',
      'Bà Rịa - Vũng Tàu',
    ]);
  });
});
