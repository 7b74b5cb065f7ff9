import { expect, it } from 'vitest';
import { generatePopulation } from './generate-population.js';
import type { INVARIANTS } from './invariants.js';
import { checkInvariants } from './invariants.js';
import type { Population } from './population.js';
import type { Person } from './types.js';

const population = generatePopulation({ seed: 17, size: 1500, referenceDate: '2026-09-15' });

/** The population with one person replaced, every index pointing at the replacement. */
function tampered(
  pick: (p: Person) => boolean,
  change: (p: Person) => Partial<Person>,
): Population {
  const original = population.people.find(pick);
  if (original === undefined) throw new Error('no such person');
  const changed: Person = { ...original, ...change(original) };
  const people = population.people.map((p) => (p === original ? changed : p));
  const byHousehold = new Map(
    [...population.byHousehold].map(([id, list]) => [
      id,
      list.map((p) => (p === original ? changed : p)),
    ]),
  );
  return { ...population, people, byId: new Map(people.map((p) => [p.id, p])), byHousehold };
}

it('finds no violation in a generated population', () => {
  expect(checkInvariants(population)).toEqual([]);
});

it.each<[keyof typeof INVARIANTS, (p: Person) => boolean, (p: Person) => Partial<Person>]>([
  ['ID_NUMBER', () => true, (p) => ({ sex: p.sex === 'MALE' ? 'FEMALE' : 'MALE' })],
  [
    'ID_PROVINCE',
    () => true,
    (p) => ({
      birthRegistration: {
        communeCode: '00004',
        provinceCode: p.birthRegistration.provinceCode === '01' ? '79' : '01',
      },
    }),
  ],
  ['NAME', () => true, (p) => ({ fullName: p.fullName.normalize('NFD') })],
  [
    'ADDRESSES',
    (p) => p.householdId !== null,
    () => ({ currentAddress: { detail: 'x', communeCode: '99999', provinceCode: '01' } }),
  ],
  ['PARENTS', (p) => p.motherId !== null, () => ({ birthDate: '1900-01-01' })],
  [
    'SPOUSES',
    (p) => p.spouseId !== null && p.death === null,
    () => ({ maritalStatus: 'SINGLE', spouseId: null }),
  ],
  ['RESIDENCE', (p) => p.householdId !== null, () => ({ residence: 'NOT_REGISTERED' })],
  ['VNEID', (p) => p.birthDate > '2020-01-01', () => ({ vneid: { level: 2, status: 'ACTIVE' } })],
  [
    'DEATH',
    (p) => p.death === null,
    () => ({ death: { date: '2020-01-01', registeredOn: null, place: 'HOME' } }),
  ],
])('reports %s when a record breaks it', (invariant, pick, change) => {
  const violations = checkInvariants(tampered(pick, change));
  expect(violations.map((v) => v.invariant)).toContain(invariant);
});

it('reports a pension paid to someone below retirement age', () => {
  const record = population.insuranceRecords.find((r) => r.category === 'PENSIONER');
  const pensioner = population.byId.get(record?.personId ?? '');
  if (!pensioner) throw new Error('no pensioner');
  const young = tampered(
    (p) => p === pensioner,
    () => ({ birthDate: '2000-01-01', id: pensioner.id }),
  );
  expect(checkInvariants(young).map((v) => v.invariant)).toContain('INSURANCE');
});

it('stops at the given number of violations', () => {
  const broken = { ...population, people: population.people.map((p) => ({ ...p, fullName: '' })) };
  expect(checkInvariants(broken, 5)).toHaveLength(5);
});
