import { describe, expect, it } from 'vitest';
import raw from '../data/admin-units-2025.json' with { type: 'json' };
import { AdminUnitDataError, normaliseUnitName, parseAdminUnits } from './parse-admin-units.js';
import { createAdminUnitCatalogue } from './catalogue.js';
import { UNIT_TYPE_CHANGES } from './unit-type-history.js';

const province = (communes: unknown[]) => ({
  as_of: '2026-09-20',
  source: 's',
  licence: 'MIT',
  provinces: [{ code: '01', name: 'Thành phố Hà Nội', type: 'thành phố trung ương', communes }],
});

describe('parsing the data file', () => {
  it('normalises decomposed names to NFC', () => {
    const decomposed = 'Xã Hoà Lạc'.normalize('NFD');
    const data = parseAdminUnits(province([{ code: '00001', name: decomposed, type: 'xã' }]));
    expect(data.communes[0]?.name).toBe('Xã Hoà Lạc'.normalize('NFC'));
  });

  it('accepts unit-type labels written in decomposed form', () => {
    const data = parseAdminUnits(
      province([{ code: '00001', name: 'P', type: 'phường'.normalize('NFD') }]),
    );
    expect(data.communes[0]?.type).toBe('PHUONG');
  });

  it.each([
    ['an unknown unit type', [{ code: '00001', name: 'X', type: 'huyện' }], 'communes[0].type'],
    ['a 3-digit commune code', [{ code: '001', name: 'X', type: 'xã' }], 'communes[0].code'],
    ['a missing name', [{ code: '00001', type: 'xã' }], 'communes[0].name'],
  ])('rejects %s naming the entry', (_label, communes, where) => {
    expect(() => parseAdminUnits(province(communes))).toThrow(AdminUnitDataError);
    expect(() => parseAdminUnits(province(communes))).toThrow(where);
  });

  it('rejects a duplicate commune code when indexing', () => {
    const unit = { code: '00001', name: 'Xã A', type: 'xã' };
    expect(() => createAdminUnitCatalogue(parseAdminUnits(province([unit, unit])))).toThrow(
      'duplicate commune code 00001',
    );
  });

  it.each([
    ['  xã Bắc Sơn ', 'Xã Bắc Sơn'],
    ['Phường Tân Ninh', 'Phường Tân Ninh'],
  ])('normalises the name %j to %j', (name, expected) => {
    expect(normaliseUnitName(name)).toBe(expected);
  });
});

describe('unit-type history', () => {
  it('transcribes every code listed in the file amendments', () => {
    const listed = raw.amendments_applied
      .filter((a) => a.resolution !== null)
      .flatMap((a) => a.change.match(/\b\d{5}\b/g) ?? []);
    const transcribed = UNIT_TYPE_CHANGES.filter((c) => c.level === 'COMMUNE').flatMap(
      (c) => c.codes,
    );
    expect(transcribed.sort()).toEqual(listed.sort());
  });

  it('transcribes every resolution with its effective date', () => {
    const listed = raw.amendments_applied
      .filter((a) => a.resolution !== null)
      .map((a) => `${a.resolution}@${a.effective}`);
    expect(UNIT_TYPE_CHANGES.map((c) => `${c.resolution}@${c.effective}`)).toEqual(listed);
  });
});
