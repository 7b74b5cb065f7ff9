import { expect, it } from 'vitest';
import { PEOPLE, person, unwrap } from './contract/fixtures.js';
import { createMemoryStore } from './memory-store.js';
import { defineStoreContract } from './store-contract.js';

defineStoreContract('memory', async () => createMemoryStore());

it('hands out the very object it froze on write, without copying', async () => {
  const store = createMemoryStore();
  unwrap(await store.createSandbox('s'));
  const people = store.sandbox('s').collection('people', PEOPLE);
  const doc = person('a', { tags: ['t'] });
  unwrap(await people.insert(doc));
  expect(Object.isFrozen(doc.tags)).toBe(true);
  expect(await people.get('a')).toBe(doc);
});

it('leaves a document unfrozen when its write is refused', async () => {
  const store = createMemoryStore();
  unwrap(await store.createSandbox('s'));
  const people = store.sandbox('s').collection('people', PEOPLE);
  unwrap(await people.insert(person('a')));
  const refused = person('a');
  expect((await people.insert(refused)).ok).toBe(false);
  expect(Object.isFrozen(refused)).toBe(false);
});

it('shares one base between many sandboxes without copying it', async () => {
  const store = createMemoryStore();
  const docs = Array.from({ length: 200_000 }, (_, n) => person(`p${n}`, { nationalId: `n${n}` }));
  unwrap(
    await store.createBase('seed', async (builder) => {
      unwrap(await builder.collection('people', PEOPLE).insertMany(docs));
    }),
  );
  for (let n = 0; n < 1000; n += 1) unwrap(await store.createSandbox(`s${n}`, { base: 'seed' }));
  const last = store.sandbox('s999').collection('people', PEOPLE);
  expect(await last.count()).toBe(200_000);
  expect(await last.get('p123')).toBe(docs[123]);
}, 120_000);
