import { expect, it } from 'vitest';
import { defaultAdminUnits } from '../admin-units/index.js';
import { buildFacilities } from './facilities.js';

const units = defaultAdminUnits();
const facilities = buildFacilities(units);

it('gives every province a general hospital, a maternity hospital and three regional centres', () => {
  for (const province of units.provinces) {
    const codes = facilities.filter((f) => f.provinceCode === province.code).map((f) => f.code);
    for (const suffix of ['001', '002', '003', '004', '005'])
      expect(codes).toContain(`${province.code}${suffix}`);
  }
});

it('gives every commune a health station in that commune', () => {
  const stations = facilities.filter((f) => f.level === 'BAN_DAU');
  expect(stations).toHaveLength(units.communes.length);
  expect(new Set(stations.map((s) => s.communeCode)).size).toBe(units.communes.length);
});

it('numbers facilities with 5 unique digits opening with the province code', () => {
  expect(new Set(facilities.map((f) => f.code)).size).toBe(facilities.length);
  for (const f of facilities) {
    expect(f.code).toMatch(/^\d{5}$/);
    expect(f.code.slice(0, 2)).toBe(f.provinceCode);
    expect(units.isCommuneInProvince(f.communeCode, f.provinceCode)).toBe(true);
  }
});

it('names facilities the usual way', () => {
  const tayNinh = facilities.filter((f) => f.provinceCode === '80').map((f) => f.name);
  expect(tayNinh).toContain('Bệnh viện Đa khoa tỉnh Tây Ninh');
  expect(tayNinh.some((n) => n.startsWith('Trạm Y tế phường '))).toBe(true);
});
