import { createMemoryStore } from './memory-store.js';
import { PEOPLE, person } from './contract/fixtures.js';
const store = createMemoryStore();
const N = 300_000;
const docs = Array.from({ length: N }, (_, n) => person(`p${(n * 7919) % N}`, { motherId: `m${n % 5000}`, nationalId: `n${n}` }));
const t = performance.now();
await store.createBase('seed', async (b) => { await b.collection('people', PEOPLE).insertMany(docs); });
console.log('seed', Math.round(performance.now() - t));
