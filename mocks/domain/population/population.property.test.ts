import fc from 'fast-check';
import { expect, it } from 'vitest';
import { provinceOfLegacyCode } from '../admin-units/index.js';
import {
  POST_2025_PROVINCES_FROM,
  validateBhxhCode,
  validateBhytCardNumber,
  validateBirthCertificateCode,
  validateDeathNoticeCode,
  validatePersonalId,
} from '../identifiers/index.js';
import { formatDay, toDay } from './days.js';
import { generatePopulation } from './generate-population.js';
import { generateWithTrait } from './generate-with-trait.js';
import { checkInvariants } from './invariants.js';
import type { Population } from './population.js';
import { createPrng } from './prng.js';
import { PROVINCE_REGION } from './province-weights.js';
import { TRAITS_NEEDING_A_HOUSEHOLD } from './recipes.js';
import { TRAITS, TRAIT_PREDICATES } from './traits.js';

const options = fc.record({
  seed: fc.oneof(fc.integer(), fc.string({ maxLength: 12 })),
  size: fc.integer({ min: 1, max: 250 }),
  referenceDate: fc
    .integer({ min: toDay('2001-01-01'), max: toDay('2099-12-31') })
    .map((day) => formatDay(day)),
  minPerTrait: fc.constantFrom(0, 1, 3),
});

/** Every identifier of the population, each checked by its own validator; returns the failures. */
function identifierFailures(population: Population): string[] {
  const failures: string[] = [];
  const today = population.referenceDate;
  for (const p of population.people) {
    const id = validatePersonalId(p.id, {
      birthYear: Number(p.birthDate.slice(0, 4)),
      sex: p.sex === 'MALE' ? 'NAM' : 'NU',
    });
    if (!id.ok) failures.push(`${p.id}: ${id.error.code}`);
    const aaa = p.id.slice(0, 3);
    const province =
      p.birthRegisteredOn >= POST_2025_PROVINCES_FROM ? aaa.slice(1) : provinceOfLegacyCode(aaa);
    if (province !== p.birthRegistration.provinceCode) failures.push(`${p.id}: AAA`);
  }
  for (const r of population.insuranceRecords) {
    const code = validateBhxhCode(r.bhxhCode);
    if (!code.ok) failures.push(`${r.bhxhCode}: ${code.error.code}`);
  }
  for (const card of population.childCards) {
    const holder = population.byId.get(card.personId);
    const result = validateBhytCardNumber(card.cardNumber, {
      maSoBhxh: card.bhxhCode,
      ...(holder && { holder: { birthDate: holder.birthDate, onDate: today } }),
    });
    if (!result.ok || holder === undefined) failures.push(`${card.cardNumber}: card`);
  }
  for (const c of population.birthCertificates) {
    const year = Number(c.birthTime.slice(0, 4));
    const result = validateBirthCertificateCode(c.code, { facilityCode: c.facilityCode, year });
    if (!result.ok) failures.push(`${c.code}: ${result.error.code}`);
  }
  for (const n of population.deathNotices) {
    const result = validateDeathNoticeCode(n.code, { facilityCode: n.facilityCode });
    if (!result.ok) failures.push(`${n.code}: ${result.error.code}`);
  }
  return failures;
}

it('generates only identifiers that pass their validators, for any seed, size and date', () => {
  fc.assert(
    fc.property(options, (o) => {
      expect(identifierFailures(generatePopulation(o))).toEqual([]);
    }),
    { numRuns: 30 },
  );
});

it('keeps every cross-register invariant for any seed, size and date', () => {
  fc.assert(
    fc.property(options, (o) => {
      expect(checkInvariants(generatePopulation(o))).toEqual([]);
    }),
    { numRuns: 30 },
  );
});

it('generates a citizen with any trait, in any province, who keeps every invariant', () => {
  const base = generatePopulation({ seed: 5, size: 300, referenceDate: '2026-09-15' });
  fc.assert(
    fc.property(
      fc.constantFrom(...TRAITS),
      fc.constantFrom(...Object.keys(PROVINCE_REGION)),
      fc.boolean(),
      fc.integer(),
      (trait, maTinh, household, seed) => {
        const withHousehold = household || TRAITS_NEEDING_A_HOUSEHOLD.includes(trait);
        const result = generateWithTrait(base, { trait, maTinh, withHousehold }, createPrng(seed));
        if (!result.ok) throw new Error(result.error.code);
        const { population, subject } = result.value;
        expect(TRAIT_PREDICATES[trait](subject, population)).toBe(true);
        expect(identifierFailures(population)).toEqual([]);
        expect(checkInvariants(population)).toEqual([]);
      },
    ),
    { numRuns: 40 },
  );
});
