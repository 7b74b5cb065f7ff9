import { expect, it } from 'vitest';
import { routeBenefit } from '../regimes/index.js';
import { benefitCategoriesOf } from './benefit-categories.js';
import { ageOn, daysBetween } from './days.js';
import { DEFAULT_MIN_PER_TRAIT, generatePopulation } from './generate-population.js';
import type { Trait } from './traits.js';
import { TRAITS, TRAIT_PREDICATES, traitsOf } from './traits.js';

const referenceDate = '2026-09-15';
const population = generatePopulation({ seed: 11, referenceDate });
const { byId, byTrait } = population;
const people = (trait: Trait) => byTrait.get(trait) ?? [];

it.each(TRAITS)('has at least a few %s citizens in a default-size population', (trait) => {
  expect(people(trait).length).toBeGreaterThanOrEqual(DEFAULT_MIN_PER_TRAIT);
});

it.each(TRAITS)('indexes exactly the people for whom %s holds', (trait) => {
  const expected = population.people.filter((p) => TRAIT_PREDICATES[trait](p, population));
  expect(people(trait)).toEqual(expected);
});

it('tops up a trait that the natural rates missed, even in a tiny population', () => {
  const tiny = generatePopulation({ seed: 12, size: 30, referenceDate });
  for (const trait of TRAITS)
    expect(tiny.byTrait.get(trait)?.length, trait).toBeGreaterThanOrEqual(3);
  const bare = generatePopulation({ seed: 12, size: 30, referenceDate, minPerTrait: 0 });
  expect(bare.people.length).toBeLessThan(tiny.people.length);
});

it('gives every expecting mother a household and a pending birth certificate from her province', () => {
  for (const mother of people('EXPECTING_MOTHER')) {
    const certificate = population.pendingBirthByMother.get(mother.id);
    expect(mother.householdId).not.toBeNull();
    expect(certificate?.status).toBe('PENDING');
    expect(certificate?.childId).toBeNull();
    expect(certificate?.facilityCode.slice(0, 2)).toBe(mother.currentAddress.provinceCode);
    expect((certificate?.birthTime.slice(0, 10) ?? '9999') <= referenceDate).toBe(true);
  }
});

it('registers newborns at most six weeks old, some also for residence, some not yet', () => {
  const newborns = people('NEWBORN');
  for (const n of newborns) expect(daysBetween(n.birthDate, referenceDate)).toBeLessThanOrEqual(42);
  expect(newborns.some((n) => n.residence === 'REGISTERED')).toBe(true);
  expect(newborns.some((n) => n.residence === 'NOT_REGISTERED')).toBe(true);
});

it('gives insured contributors a living spouse, a child and a living parent', () => {
  for (const p of people('INSURED_CONTRIBUTOR')) {
    expect(byId.get(p.spouseId ?? '')?.death).toBeNull();
    const children = [
      ...(population.byMother.get(p.id) ?? []),
      ...(population.byFather.get(p.id) ?? []),
    ];
    expect(children.length).toBeGreaterThan(0);
    const parents = [byId.get(p.fatherId ?? ''), byId.get(p.motherId ?? '')];
    expect(parents.some((x) => x?.death === null)).toBe(true);
    expect(population.insuranceByPerson.get(p.id)?.contributing).toBe(true);
  }
});

it('keeps recently deceased people in their household, unregistered, within 15 days', () => {
  for (const p of people('DECEASED_PENDING_REGISTRATION')) {
    expect(p.death?.registeredOn).toBeNull();
    expect(daysBetween(p.death?.date ?? '', referenceDate)).toBeLessThanOrEqual(15);
    expect(p.residence).toBe('REGISTERED');
    const notice = population.deathNoticeByPerson.get(p.id);
    expect(notice === undefined || p.death?.place === 'HEALTH_FACILITY').toBe(true);
  }
});

it('finds NOT_HOUSEHOLD_HEAD adults who could register their newborn in someone else’s household', () => {
  const parents = people('NOT_HOUSEHOLD_HEAD').filter(
    (p) => p.relationshipToHead === 'CHILD_IN_LAW',
  );
  expect(parents.length).toBeGreaterThan(0);
  for (const p of people('NOT_HOUSEHOLD_HEAD'))
    expect(ageOn(p.birthDate, referenceDate)).toBeGreaterThanOrEqual(18);
});

it('gives NO_LEVEL2_VNEID adults level 0 or 1, and children under 14 level 0 only', () => {
  for (const p of people('NO_LEVEL2_VNEID')) expect(p.vneid.level).toBeLessThan(2);
  for (const p of population.people) {
    if (ageOn(p.birthDate, referenceDate) < 14) expect(p.vneid.level).toBe(0);
  }
});

it('gives CHILD_UNDER_6 children a TE1 card valid on the reference date', () => {
  for (const child of people('CHILD_UNDER_6')) {
    const card = population.childCardByPerson.get(child.id);
    expect(card?.cardNumber).toMatch(/^TE1\d{12}$/);
    expect(card && card.validFrom <= referenceDate && referenceDate <= card.validTo).toBe(true);
  }
});

it.each([
  ['PENSIONER', 'MAI_TANG_BHXH'],
  ['INSURED_CONTRIBUTOR', 'MAI_TANG_BHXH'],
] as const)('routes the funeral benefit of a %s to %s', (trait, variant) => {
  for (const p of people(trait)) {
    const route = routeBenefit({ categories: benefitCategoriesOf(population, p.id) });
    expect(route.ok && route.value.funeral.variant).toBe(variant);
  }
});

it('routes the funeral benefit of an uninsured person with merit to MAI_TANG_NCC', () => {
  const uninsured = people('PERSON_WITH_MERIT').filter(
    (p) => !population.insuranceByPerson.has(p.id),
  );
  expect(uninsured.length).toBeGreaterThan(0);
  for (const p of uninsured) {
    const route = routeBenefit({ categories: benefitCategoriesOf(population, p.id) });
    expect(route.ok && route.value.funeral.variant).toBe('MAI_TANG_NCC');
  }
});

it('lists a person’s traits with the same predicates', () => {
  const mother = people('EXPECTING_MOTHER')[0];
  expect(mother && traitsOf(mother, population)).toContain('EXPECTING_MOTHER');
});
