import { describe, expect, it } from 'vitest';
import type { Population } from '../../mocks/domain/population/index.js';
import type { MockSystem } from '../../mocks/kit/system.js';
import type { CollectionDefinition } from '../../mocks/ports/store/index.js';
import { createMemoryStore } from '../../mocks/ports/store/index.js';
import { TIMER_LABEL_PREFIXES } from './clock-ops.js';
import { createSandboxManager, DEFAULT_SANDBOX_ID, JOURNAL_LOG } from './manager.js';
import { FAULT_RULES_COLLECTION } from '../faults/index.js';

interface Doc {
  readonly id: string;
  readonly note?: string;
}
const PEOPLE: CollectionDefinition<Doc> = { idOf: (d) => d.id, indexes: {} };
const RULES: CollectionDefinition<Doc> = { idOf: (d) => d.id, indexes: {} };

/** A system that loads every person's id, so tests can see what a base holds. */
const peopleSystem: MockSystem = {
  name: 'dancu',
  operations: [],
  async seed(builder, population: Population) {
    const done = await builder
      .collection('test.people', PEOPLE)
      .insertMany(population.people.map((p) => ({ id: p.id })));
    if (!done.ok) throw new Error(done.error.code);
  },
};

const START = new Date('2026-09-15T09:00:00+07:00').getTime();

async function manager(populationSize = 300) {
  const store = createMemoryStore();
  const made = await createSandboxManager({
    store,
    systems: [peopleSystem],
    referenceDate: '2026-09-15',
    defaults: { seed: 7, populationSize },
    realNow: () => START,
    random: (() => {
      let n = 0;
      return () => (n += 1);
    })(),
  });
  return { store, manager: made };
}

function people(m: Awaited<ReturnType<typeof manager>>['manager'], id: string) {
  const resources = m.resources(id);
  if (!resources) throw new Error(`no sandbox ${id}`);
  return resources.store.collection('test.people', PEOPLE);
}

describe('SandboxManager', () => {
  it('opens the default sandbox over the seeded population at start', async () => {
    const { manager: m } = await manager();
    const count = await people(m, DEFAULT_SANDBOX_ID).count();
    expect(count).toBe(m.population(DEFAULT_SANDBOX_ID)?.people.length);
    expect(m.view(DEFAULT_SANDBOX_ID)).toMatchObject({ sandboxId: 'default', seed: 7 });
  });

  it('creates 50 sandboxes over a 10k base without copying it', async () => {
    const { manager: m, store } = await manager(10_000);
    const started = performance.now();
    for (let i = 0; i < 50; i += 1) {
      const made = await m.create({
        sandboxId: `sbx-${i}`,
        name: `QA ${i}`,
        seed: 7,
        populationSize: 10_000,
      });
      expect(made.ok).toBe(true);
    }
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await people(m, 'sbx-49').count()).toBeGreaterThanOrEqual(10_000);
    expect((await store.listSandboxes()).every((s) => s.base === 'population-7-10000')).toBe(true);
  });

  it('keeps a write in one sandbox invisible in another', async () => {
    const { manager: m } = await manager();
    await m.create({ sandboxId: 'sbx-a', name: 'A', seed: 7, populationSize: 300 });
    await people(m, 'sbx-a').insert({ id: 'only-in-a' });
    expect(await people(m, 'sbx-a').get('only-in-a')).toEqual({ id: 'only-in-a' });
    expect(await people(m, DEFAULT_SANDBOX_ID).get('only-in-a')).toBeUndefined();
  });

  it('drops writes on reset but keeps the base and the journal', async () => {
    const { manager: m } = await manager();
    const resources = m.resources(DEFAULT_SANDBOX_ID);
    const before = await people(m, DEFAULT_SANDBOX_ID).count();
    await people(m, DEFAULT_SANDBOX_ID).insert({ id: 'written' });
    await resources?.store.log(JOURNAL_LOG).append({ seq: 'kept' });
    const reset = await m.reset(DEFAULT_SANDBOX_ID);
    expect(reset.ok).toBe(true);
    expect(await people(m, DEFAULT_SANDBOX_ID).count()).toBe(before);
    expect(await m.resources(DEFAULT_SANDBOX_ID)?.store.log(JOURNAL_LOG).size()).toBe(1);
  });

  it('keeps fault rules on reset only when asked', async () => {
    const { manager: m } = await manager();
    const rules = () =>
      m.resources(DEFAULT_SANDBOX_ID)?.store.collection(FAULT_RULES_COLLECTION, RULES);
    await rules()?.insert({ id: 'slow-dancu' });
    await m.reset(DEFAULT_SANDBOX_ID, { keepFaultRules: true });
    expect(await rules()?.count()).toBe(1);
    await m.reset(DEFAULT_SANDBOX_ID);
    expect(await rules()?.count()).toBe(0);
  });

  it('gives each sandbox its own clock', async () => {
    const { manager: m } = await manager();
    await m.create({
      sandboxId: 'sbx-b',
      name: 'B',
      seed: 7,
      populationSize: 300,
      clockStart: '2026-01-01T08:00:00+07:00',
    });
    const a = m.resources(DEFAULT_SANDBOX_ID)?.clock;
    const b = m.resources('sbx-b')?.clock;
    await b?.advance(3_600_000);
    expect(b?.now().toISOString()).toBe('2026-01-01T02:00:00.000Z');
    expect(a?.now().getTime()).toBe(START);
  });

  it('fires only the timers of the sandbox whose clock advances', async () => {
    const { manager: m } = await manager();
    await m.create({ sandboxId: 'sbx-c', name: 'C', seed: 7, populationSize: 300 });
    const fired: string[] = [];
    for (const id of [DEFAULT_SANDBOX_ID, 'sbx-c']) {
      const clock = m.resources(id)?.clock;
      clock?.schedule(
        new Date(START + 60_000),
        () => void fired.push(id),
        `${TIMER_LABEL_PREFIXES.stepsDecided}${id}`,
      );
    }
    await m.resources('sbx-c')?.clock.advance(120_000);
    expect(fired).toEqual(['sbx-c']);
  });

  it('refuses a taken id, an unknown sandbox and deleting the default one', async () => {
    const { manager: m } = await manager();
    const taken = await m.create({
      sandboxId: 'default',
      name: 'again',
      seed: 7,
      populationSize: 300,
    });
    expect(!taken.ok && taken.error.code).toBe('SANDBOX_EXISTS');
    expect(m.resources('nope')).toBeUndefined();
    const deleted = await m.delete(DEFAULT_SANDBOX_ID);
    expect(!deleted.ok && deleted.error.status).toBe(409);
    const unknown = await m.reset('nope');
    expect(!unknown.ok && unknown.error.code).toBe('SANDBOX_NOT_FOUND');
  });

  it('deletes a sandbox and its data', async () => {
    const { manager: m, store } = await manager();
    await m.create({ sandboxId: 'sbx-d', name: 'D', seed: 7, populationSize: 300 });
    expect((await m.delete('sbx-d')).ok).toBe(true);
    expect(m.view('sbx-d')).toBeUndefined();
    expect(await store.hasSandbox('sbx-d')).toBe(false);
  });

  it('resolves regime overrides from the configuration', async () => {
    const { manager: m } = await manager();
    await m.create({
      sandboxId: 'sbx-e',
      name: 'E',
      seed: 7,
      populationSize: 300,
      config: { allowPartialGroup1: true, tuTuatEnabled: false },
    });
    expect(m.resources('sbx-e')?.regime.allowPartialGroup1).toBe(true);
    expect(m.resources('sbx-e')?.regime.group2.tuTuatEnabled).toBe(false);
    const updated = m.update('sbx-e', { config: { allowPartialGroup1: false } });
    expect(updated.ok && updated.value.config).toMatchObject({
      allowPartialGroup1: false,
      tuTuatEnabled: false,
    });
  });

  it('switches a sandbox to another population base on reseed', async () => {
    const { manager: m, store } = await manager();
    const reseeded = await m.reseed(DEFAULT_SANDBOX_ID, { seed: 8, size: 200 });
    expect(reseeded.ok).toBe(true);
    expect((await store.listSandboxes())[0]?.base).toBe('population-8-200');
    expect(m.view(DEFAULT_SANDBOX_ID)?.seed).toBe(8);
  });
});
