import { expect, it } from 'vitest';
import { generatePopulation } from './generate-population.js';
import { generateWithTrait } from './generate-with-trait.js';
import type { TraitRequest } from './generate-with-trait.js';
import { checkInvariants } from './invariants.js';
import type { Population } from './population.js';
import { createPrng } from './prng.js';
import { TRAITS_NEEDING_A_HOUSEHOLD } from './recipes.js';
import type { Trait } from './traits.js';
import { TRAITS, TRAIT_PREDICATES } from './traits.js';

const base = generatePopulation({ seed: 21, size: 2000, referenceDate: '2026-09-15' });
const optional = TRAITS.filter((t) => !TRAITS_NEEDING_A_HOUSEHOLD.includes(t));

function generated(population: Population, request: TraitRequest, seed = 1) {
  const result = generateWithTrait(population, request, createPrng(seed));
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

it.each(TRAITS)('generates a %s citizen in a household of the requested province', (trait) => {
  const { population, subject } = generated(base, { trait, maTinh: '38' });
  expect(TRAIT_PREDICATES[trait](subject, population)).toBe(true);
  expect(population.byTrait.get(trait)).toContain(subject);
  expect(subject.currentAddress.provinceCode).toBe('38');
  expect(subject.householdId).not.toBeNull();
  expect(checkInvariants(population)).toEqual([]);
});

it.each(optional)('generates a %s citizen outside any household on request', (trait) => {
  const { population, subject } = generated(base, { trait, maTinh: '96', withHousehold: false });
  expect(TRAIT_PREDICATES[trait](subject, population)).toBe(true);
  expect(subject.householdId).toBeNull();
  expect(subject.residence).toBe('NOT_REGISTERED');
  expect(checkInvariants(population)).toEqual([]);
});

it('leaves the base population unchanged and shares its records', () => {
  const before = base.people.length;
  const { population, added } = generated(base, { trait: 'PENSIONER', maTinh: '01' });
  expect(base.people.length).toBe(before);
  expect(population.people.length).toBe(before + added.people.length);
  expect(population.people[0]).toBe(base.people[0]);
  expect(population.byId.get(base.people[0]?.id ?? '')).toBe(base.people[0]);
  expect(population.byId.size).toBe(population.people.length);
  expect(added.households.every((h) => population.householdById.get(h.id) === h)).toBe(true);
});

it('adds the family a trait needs: an insured contributor comes with spouse, child and parents', () => {
  const { population, subject, added } = generated(base, {
    trait: 'INSURED_CONTRIBUTOR',
    maTinh: '79',
  });
  expect(added.people.length).toBeGreaterThanOrEqual(4);
  expect(population.byId.get(subject.spouseId ?? '')).toBeDefined();
  expect(
    population.byId.get(subject.fatherId ?? '') ?? population.byId.get(subject.motherId ?? ''),
  ).toBeDefined();
});

it('is deterministic for the same population, request and seed', () => {
  const request: TraitRequest = { trait: 'EXPECTING_MOTHER', maTinh: '48' };
  const a = generated(base, request, 5);
  const b = generated(base, request, 5);
  expect(b.subject).toEqual(a.subject);
  expect(b.added).toEqual(a.added);
  expect(generated(base, request, 6).subject.id).not.toBe(a.subject.id);
});

it('never reuses an ID number, BHXH code, household id or certificate code across calls', () => {
  const rng = createPrng(99);
  let population = base;
  for (let i = 0; i < 40; i += 1) {
    const trait = TRAITS[i % TRAITS.length] as Trait;
    const result = generateWithTrait(population, { trait, maTinh: '80' }, rng);
    if (!result.ok) throw new Error(result.error.code);
    population = result.value.population;
  }
  expect(population.byId.size).toBe(population.people.length);
  expect(population.householdById.size).toBe(population.households.length);
  expect(population.insuranceByCode.size).toBe(population.insuranceRecords.length);
  expect(population.birthCertificateByCode.size).toBe(population.birthCertificates.length);
  expect(checkInvariants(population)).toEqual([]);
});

it('refuses a household-bound trait without a household', () => {
  const result = generateWithTrait(
    base,
    { trait: 'EXPECTING_MOTHER', maTinh: '01', withHousehold: false },
    createPrng(1),
  );
  expect(!result.ok && result.error.code).toBe('TRAIT_NEEDS_HOUSEHOLD');
  expect(!result.ok && result.error.status).toBe(422);
});

it('refuses a province outside the 34 post-2025 codes and an unknown trait', () => {
  const province = generateWithTrait(base, { trait: 'PENSIONER', maTinh: '02' }, createPrng(1));
  expect(!province.ok && province.error.code).toBe('UNKNOWN_PROVINCE');
  const trait = generateWithTrait(
    base,
    { trait: 'ASTRONAUT' as Trait, maTinh: '01' },
    createPrng(1),
  );
  expect(!trait.ok && trait.error.code).toBe('UNKNOWN_TRAIT');
});
