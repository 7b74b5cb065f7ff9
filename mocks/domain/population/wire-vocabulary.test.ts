import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { specsDir } from '../../../contracts/package-root.js';
import { WIRE } from './wire-vocabulary.js';

type Schema = { enum?: string[]; const?: string; properties?: Record<string, Schema> };

function schema(system: string, name: string, property?: string): Schema {
  const doc = parse(readFileSync(join(specsDir(), `${system}.yaml`), 'utf8')) as {
    components: { schemas: Record<string, Schema> };
  };
  const found = doc.components.schemas[name];
  return (property === undefined ? found : found?.properties?.[property]) ?? {};
}

it.each([
  ['sex', 'common', 'Sex', undefined],
  ['maritalStatus', 'dancu', 'MaritalStatus', undefined],
  ['relationship', 'common', 'Relationship', undefined],
  ['residence', 'cutru', 'CitizenResidence', 'trangThai'],
  ['insuranceCategory', 'bhxh', 'InsuranceRecordCategory', undefined],
  ['contributionScheme', 'bhxh', 'ContributionPeriod', 'loaiHinh'],
  ['socialCategory', 'xahoi', 'BeneficiaryCategory', undefined],
  ['agencyLevel', 'xahoi', 'DecidingAgency', 'cap'],
  ['vneidStatus', 'vneid', 'VneidAccount', 'trangThai'],
] as const)('maps every %s to a value of the %s spec enum', (table, system, name, property) => {
  const allowed = schema(system, name, property).enum ?? [];
  expect(allowed.length).toBeGreaterThan(0);
  for (const value of Object.values(WIRE[table])) expect(allowed).toContain(value);
});

it('maps death places to the yte event-place kinds', () => {
  const kinds = [
    ...(schema('yte', 'AddressPlace', 'loaiNoi').enum ?? []),
    schema('yte', 'FacilityPlace', 'loaiNoi').const,
  ];
  for (const value of Object.values(WIRE.deathPlace)) expect(kinds).toContain(value);
});

it('uses the yte facility levels and the VNeID account levels', () => {
  expect(schema('yte', 'HealthFacilityLevel').enum).toEqual(['BAN_DAU', 'CO_BAN', 'CHUYEN_SAU']);
  expect(schema('vneid', 'VneidAccount', 'mucDoDinhDanh').enum).toEqual([0, 1, 2]);
});
