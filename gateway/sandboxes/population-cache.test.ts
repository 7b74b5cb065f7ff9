import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, it } from 'vitest';
import { generatePopulation } from '../../mocks/domain/population/index.js';
import { generatePopulationCached, populationCacheFile } from './population-cache.js';

const OPTIONS = { seed: 424242, size: 300, referenceDate: '2026-11-24' };

it('reads back the population it generated, equal and frozen like the original', async () => {
  const file = populationCacheFile(OPTIONS);
  rmSync(file, { force: true });
  const generated = generatePopulationCached(OPTIONS);
  await new Promise<void>((resolve) => setImmediate(resolve));
  expect(existsSync(file)).toBe(true);
  const cached = generatePopulationCached(OPTIONS);
  expect(cached).not.toBe(generated);
  expect(cached).toEqual(generatePopulation(OPTIONS));
  const person = cached.people[0];
  expect(person && cached.byId.get(person.id)).toBe(person);
  expect(Object.isFrozen(cached)).toBe(true);
  expect(Object.isFrozen(cached.people)).toBe(true);
  expect(Object.isFrozen(person)).toBe(true);
  expect(cached.households.every((h) => Object.isFrozen(h) && Object.isFrozen(h.members))).toBe(
    true,
  );
  expect(cached.insuranceRecords.every((r) => Object.isFrozen(r))).toBe(true);
  rmSync(file, { force: true });
});

it('names populations of other options by other files', () => {
  const files = new Set([
    populationCacheFile(OPTIONS),
    populationCacheFile({ ...OPTIONS, seed: 1 }),
    populationCacheFile({ ...OPTIONS, size: 301 }),
    populationCacheFile({ ...OPTIONS, referenceDate: '2026-11-25' }),
    populationCacheFile({ ...OPTIONS, provinces: ['01'] }),
  ]);
  expect(files.size).toBe(5);
});

it('generates again when the cache file is unreadable', async () => {
  const file = populationCacheFile(OPTIONS);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, 'not a population');
  expect(generatePopulationCached(OPTIONS)).toEqual(generatePopulation(OPTIONS));
  await new Promise<void>((resolve) => setImmediate(resolve));
  rmSync(file, { force: true });
});
