import { expect, it } from 'vitest';
import { generatePopulation } from './generate-population.js';
import { composeFullName, drawName } from './names.js';
import { createPrng } from './prng.js';

const population = generatePopulation({ seed: 31, size: 20_000, referenceDate: '2026-09-15' });
const kinh = population.people.filter((p) => p.ethnicity === '01');
const share = (surname: string) => kinh.filter((p) => p.surname === surname).length / kinh.length;

it.each([
  ['Nguyễn', 0.33, 0.43],
  ['Trần', 0.08, 0.14],
  ['Lê', 0.07, 0.12],
  ['Phạm', 0.05, 0.09],
])('gives the surname %s to a realistic share of Kinh people', (surname, min, max) => {
  expect(share(surname)).toBeGreaterThan(min);
  expect(share(surname)).toBeLessThan(max);
});

it('spells Hoàng and Vũ in the north, Huỳnh and Võ in the south', () => {
  const north = drawMany('NORTH');
  const south = drawMany('SOUTH');
  expect(north.filter((s) => s === 'Hoàng').length).toBeGreaterThan(
    north.filter((s) => s === 'Huỳnh').length * 5,
  );
  expect(south.filter((s) => s === 'Huỳnh').length).toBeGreaterThan(
    south.filter((s) => s === 'Hoàng').length * 2,
  );
  expect(south.filter((s) => s === 'Võ').length).toBeGreaterThan(
    south.filter((s) => s === 'Vũ').length * 3,
  );
});

it('keeps "Thị" for women and "Văn" for men among Kinh names', () => {
  for (const p of kinh) {
    if (p.middleName === 'Thị') expect(p.sex).toBe('FEMALE');
    if (p.middleName === 'Văn') expect(p.sex).toBe('MALE');
  }
});

it('stores full names in NFC with their diacritics', () => {
  for (const p of population.people) expect(p.fullName).toBe(p.fullName.normalize('NFC'));
  expect(kinh.some((p) => /[ăâđêôơư]/u.test(p.fullName))).toBe(true);
});

it('writes Ê-đê names with the Y/H’ prefix first and the clan name last', () => {
  const rng = createPrng(2);
  const man = drawName(rng, {
    ethnicity: '12',
    sex: 'MALE',
    birthYear: 1990,
    region: 'CENTRAL',
    surname: 'Niê',
  });
  const woman = drawName(rng, {
    ethnicity: '12',
    sex: 'FEMALE',
    birthYear: 1990,
    region: 'CENTRAL',
    surname: 'Niê',
  });
  expect(man.fullName).toMatch(/^Y \S+ Niê$/u);
  expect(woman.fullName).toMatch(/^H'\S+ Niê$/u);
});

it('gives children of Ê-đê or Gia-rai mothers in matrilineal families their mother’s clan name', () => {
  const children = population.people.filter((p) => p.ethnicity === '12' || p.ethnicity === '10');
  const withMother = children.filter((c) => c.motherId !== null);
  for (const c of withMother) {
    const mother = population.byId.get(c.motherId ?? '');
    const father = population.byId.get(c.fatherId ?? '');
    if (mother && father && mother.ethnicity === father.ethnicity)
      expect(c.surname).toBe(mother.surname);
  }
});

it('never repeats the middle name as the given name, nor a parent’s given name', () => {
  for (const p of population.people) {
    if (p.middleName !== '') expect(p.givenName).not.toBe(p.middleName);
    const parents = [population.byId.get(p.fatherId ?? ''), population.byId.get(p.motherId ?? '')];
    expect(parents.map((parent) => parent?.givenName)).not.toContain(p.givenName);
  }
});

it('composes names without empty parts', () => {
  expect(composeFullName('Thạch', '', 'Sô Phal', 'SURNAME_FIRST')).toBe('Thạch Sô Phal');
  expect(composeFullName('Niê', 'Y', 'Moan', 'SURNAME_LAST')).toBe('Y Moan Niê');
});

function drawMany(region: 'NORTH' | 'SOUTH'): string[] {
  const rng = createPrng(region);
  return Array.from(
    { length: 20_000 },
    () => drawName(rng, { ethnicity: '01', sex: 'MALE', birthYear: 1990, region }).surname,
  );
}
