import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { defaultAdminUnits } from '../admin-units/index.js';
import { InvalidPopulationOptionsError, generatePopulation } from './generate-population.js';
import { checkInvariants } from './invariants.js';
import type { Population, PopulationOptions } from './population.js';
import { PROVINCE_REGION, provinceWeight } from './province-weights.js';

const referenceDate = '2026-09-15';
const population = generatePopulation({ seed: 42, referenceDate });

/** SHA-256 of everything a population serialises to. */
function fingerprint(p: Population): string {
  const records = [
    p.people,
    p.households,
    p.insuranceRecords,
    p.childCards,
    p.socialAffairs,
    p.birthCertificates,
    p.deathNotices,
  ];
  return createHash('sha256').update(JSON.stringify(records)).digest('hex');
}

it('generates the same population, record for record, from the same seed and options', () => {
  const again = generatePopulation({ seed: 42, referenceDate });
  expect(fingerprint(again)).toBe(fingerprint(population));
});

it('generates a different population from a different seed or reference date', () => {
  const small = { size: 500, referenceDate };
  const a = fingerprint(generatePopulation({ seed: 1, ...small }));
  expect(fingerprint(generatePopulation({ seed: 2, ...small }))).not.toBe(a);
  expect(fingerprint(generatePopulation({ seed: '1', ...small }))).not.toBe(a);
  expect(
    fingerprint(generatePopulation({ seed: 1, size: 500, referenceDate: '2026-09-16' })),
  ).not.toBe(a);
});

it('generates at least the requested number of people, overshooting by whole households only', () => {
  expect(population.people.length).toBeGreaterThanOrEqual(10_000);
  expect(population.people.length).toBeLessThan(10_000 + 60);
});

it('keeps every invariant at the default size', () => {
  expect(checkInvariants(population)).toEqual([]);
});

it('populates all 34 provinces roughly in proportion to their population', () => {
  const total = Object.keys(PROVINCE_REGION).reduce((sum, code) => sum + provinceWeight(code), 0);
  expect(population.byProvince.size).toBe(34);
  const hcmc = (population.byProvince.get('79')?.length ?? 0) / population.people.length;
  expect(hcmc).toBeGreaterThan((0.8 * provinceWeight('79')) / total);
  expect(hcmc).toBeLessThan((1.2 * provinceWeight('79')) / total);
});

it('puts every address in a real commune of its province', () => {
  const units = defaultAdminUnits();
  for (const h of population.households) {
    expect(units.isCommuneInProvince(h.address.communeCode, h.address.provinceCode)).toBe(true);
  }
});

it('restricts people to the requested provinces', () => {
  const north = generatePopulation({ seed: 3, size: 800, provinces: ['04', '11'], referenceDate });
  expect([...north.byProvince.keys()].sort()).toEqual(['04', '11']);
  expect(north.provinces).toEqual(['04', '11']);
});

it('makes ages relative to the reference date: nobody is born after it', () => {
  const past = generatePopulation({ seed: 4, size: 500, referenceDate: '2010-06-01' });
  expect(past.people.every((p) => p.birthDate <= '2010-06-01')).toBe(true);
  expect(past.people.some((p) => p.birthDate >= '2010-01-01')).toBe(true);
});

it('gives about 85% of people the Kinh ethnicity', () => {
  const kinh =
    population.people.filter((p) => p.ethnicity === '01').length / population.people.length;
  expect(kinh).toBeGreaterThan(0.8);
  expect(kinh).toBeLessThan(0.92);
});

it('shares one address object among the members of a household', () => {
  for (const h of population.households.slice(0, 200)) {
    for (const m of population.byHousehold.get(h.id) ?? [])
      expect(m.permanentAddress).toBe(h.address);
  }
});

it('returns frozen records', () => {
  expect(Object.isFrozen(population)).toBe(true);
  expect(Object.isFrozen(population.people[0])).toBe(true);
  expect(Object.isFrozen(population.households[0]?.members)).toBe(true);
});

it.each<[keyof PopulationOptions, Partial<PopulationOptions>]>([
  ['seed', { seed: 1.5 }],
  ['size', { size: 0 }],
  ['provinces', { provinces: ['02'] }],
  ['referenceDate', { referenceDate: '2026-02-30' }],
  ['referenceDate', { referenceDate: '2000-12-31' }],
  ['minPerTrait', { minPerTrait: -1 }],
])('refuses a bad %s option and names it', (option, bad) => {
  const run = () => generatePopulation({ seed: 1, referenceDate, ...bad });
  expect(run).toThrow(InvalidPopulationOptionsError);
  expect(run).toThrow(new RegExp(`^${option}:`));
});
