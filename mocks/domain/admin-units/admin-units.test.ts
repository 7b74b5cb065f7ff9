import { describe, expect, it } from 'vitest';
import {
  adminUnitsAt,
  communesOf,
  defaultAdminUnits,
  getCommune,
  getProvince,
  isCommuneInProvince,
} from './admin-units.js';

describe('bundled catalogue', () => {
  it('holds 34 provinces and 3,321 communes, wards and special zones', () => {
    const units = defaultAdminUnits();
    expect(units.provinces).toHaveLength(34);
    expect(units.communes).toHaveLength(3321);
  });

  it('counts 9 centrally run cities and 25 provinces', () => {
    const types = defaultAdminUnits().provinces.map((p) => p.type);
    expect(types.filter((t) => t === 'THANH_PHO_TRUNG_UONG')).toHaveLength(9);
    expect(types.filter((t) => t === 'TINH')).toHaveLength(25);
  });

  it('counts 709 wards, 2,599 communes and 13 special zones', () => {
    const types = defaultAdminUnits().communes.map((c) => c.type);
    expect(types.filter((t) => t === 'PHUONG')).toHaveLength(709);
    expect(types.filter((t) => t === 'XA')).toHaveLength(2599);
    expect(types.filter((t) => t === 'DAC_KHU')).toHaveLength(13);
  });

  it('places every commune in a province that exists', () => {
    for (const commune of defaultAdminUnits().communes) {
      expect(getProvince(commune.provinceCode), commune.code).toBeDefined();
    }
  });

  it('uses 2-digit province codes and 5-digit commune codes', () => {
    const units = defaultAdminUnits();
    expect(units.provinces.every((p) => /^\d{2}$/.test(p.code))).toBe(true);
    expect(units.communes.every((c) => /^\d{5}$/.test(c.code))).toBe(true);
  });

  it('keeps the source and licence of the data file', () => {
    const units = defaultAdminUnits();
    expect(units.source).toContain('thanglequoc/vietnamese-provinces-database');
    expect(units.licence).toContain('MIT');
    expect(units.asOf).toBe('2026-09-20');
    expect(units.validFrom).toBe('2025-07-01');
  });

  it('normalises every name to NFC', () => {
    const names = [...defaultAdminUnits().provinces, ...defaultAdminUnits().communes].map(
      (u) => u.name,
    );
    expect(names.every((n) => n === n.normalize('NFC'))).toBe(true);
  });

  it('capitalises the lower-case name of 06325 Xã Bắc Sơn', () => {
    expect(getCommune('06325')?.name).toBe('Xã Bắc Sơn');
  });

  it('builds the catalogue once and reuses it', () => {
    expect(defaultAdminUnits()).toBe(defaultAdminUnits());
  });

  it('returns frozen units', () => {
    expect(Object.isFrozen(getCommune('25459'))).toBe(true);
    expect(Object.isFrozen(communesOf('80'))).toBe(true);
  });
});

describe('lookups by code', () => {
  it.each([
    ['25459', 'Phường Tân Ninh', 'PHUONG', '80'],
    ['00004', 'Phường Ba Đình', 'PHUONG', '01'],
    ['06970', 'Xã Ba Chẽ', 'XA', '22'],
  ])('finds commune %s as %s', (code, name, type, provinceCode) => {
    expect(getCommune(code)).toEqual({ code, name, type, provinceCode });
  });

  it.each([
    ['80', 'Tỉnh Tây Ninh', 'TINH'],
    ['79', 'Thành phố Hồ Chí Minh', 'THANH_PHO_TRUNG_UONG'],
    ['75', 'Thành phố Đồng Nai', 'THANH_PHO_TRUNG_UONG'],
  ])('finds province %s as %s', (code, name, type) => {
    expect(getProvince(code)).toEqual({ code, name, type });
  });

  it.each(['74', '1', '001', '', '99'])('finds no province for code %j', (code) => {
    expect(getProvince(code)).toBeUndefined();
  });

  it.each(['2545', '254590', 'abcde', '99999'])('finds no commune for code %j', (code) => {
    expect(getCommune(code)).toBeUndefined();
  });

  it.each([
    ['25459', '80', true],
    ['25459', '79', false],
    ['00004', '01', true],
    ['99999', '01', false],
  ])('says commune %s in province %s is %s', (commune, province, expected) => {
    expect(isCommuneInProvince(commune, province)).toBe(expected);
  });

  it('lists the 168 units of Ho Chi Minh City', () => {
    expect(communesOf('79')).toHaveLength(168);
    expect(communesOf('79').every((c) => c.provinceCode === '79')).toBe(true);
  });

  it('lists no units for an unknown province', () => {
    expect(communesOf('74')).toEqual([]);
  });
});

describe('catalogue by date', () => {
  it.each([
    ['2026-04-29', '75', 'Tỉnh Đồng Nai', 'TINH'],
    ['2026-04-30', '75', 'Thành phố Đồng Nai', 'THANH_PHO_TRUNG_UONG'],
    ['2026-08-31', '22', 'Tỉnh Quảng Ninh', 'TINH'],
    ['2026-09-01', '22', 'Thành phố Quảng Ninh', 'THANH_PHO_TRUNG_UONG'],
    ['2026-09-19', '24', 'Tỉnh Bắc Ninh', 'TINH'],
    ['2026-09-20', '24', 'Thành phố Bắc Ninh', 'THANH_PHO_TRUNG_UONG'],
    ['2027-01-01', '24', 'Thành phố Bắc Ninh', 'THANH_PHO_TRUNG_UONG'],
  ])('on %s shows province %s as %s', (date, code, name, type) => {
    const units = adminUnitsAt(date);
    expect(units.ok && units.value.getProvince(code)).toEqual({ code, name, type });
  });

  it.each([
    ['2025-07-01', '26248', 'Xã Trảng Bom', 'XA'],
    ['2026-04-30', '26248', 'Phường Trảng Bom', 'PHUONG'],
    ['2026-09-19', '07840', 'Xã Hiệp Hoà', 'XA'],
    ['2026-09-20', '07840', 'Phường Hiệp Hoà', 'PHUONG'],
  ])('on %s shows commune %s as %s', (date, code, name, type) => {
    const units = adminUnitsAt(date);
    expect(units.ok && units.value.getCommune(code)).toMatchObject({ name, type });
  });

  it('keeps every code stable across dates', () => {
    const before = adminUnitsAt('2025-07-01');
    expect(before.ok && before.value.communes.map((c) => c.code)).toEqual(
      defaultAdminUnits().communes.map((c) => c.code),
    );
  });

  it('reuses one catalogue for dates with the same pending changes', () => {
    const a = adminUnitsAt('2025-08-01');
    const b = adminUnitsAt('2026-01-15');
    expect(a.ok && b.ok && a.value === b.value).toBe(true);
  });

  it('returns the bundled catalogue from its as-of date on', () => {
    const units = adminUnitsAt('2026-09-20');
    expect(units.ok && units.value).toBe(defaultAdminUnits());
  });

  it('has no two-level catalogue before 01/07/2025', () => {
    const units = adminUnitsAt('2025-06-30');
    expect(!units.ok && units.error.code).toBe('NO_ADMIN_UNIT_CATALOGUE');
  });

  it.each(['2025-7-1', '01/07/2025', '2025-13-01', '2026-02-30', ''])(
    'rejects the date %j',
    (date) => {
      const units = adminUnitsAt(date);
      expect(!units.ok && units.error.code).toBe('INVALID_DATE');
    },
  );
});
