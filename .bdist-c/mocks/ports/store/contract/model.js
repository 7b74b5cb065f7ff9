/**
 * Contract: a model-based property. Random sequences of put, delete, list and reset on a
 * sandbox over a random base must agree with a plain Map.
 * @see mocks/ports/store/store-contract.ts
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { PEOPLE, openSandbox, person, unwrap } from './fixtures.js';
import { listAllIds } from './pagination.js';
const ids = fc.constantFrom(...'abcdefghijklmnop'.split(''));
const mothers = fc.constantFrom('m1', 'm2', 'm3');
const commands = fc.oneof({ weight: 4, arbitrary: fc.record({ kind: fc.constant('put'), id: ids, mother: mothers }) }, { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete'), id: ids }) }, {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('list'), limit: fc.integer({ min: 1, max: 5 }), mother: mothers }, { requiredKeys: ['kind', 'limit'] }),
}, { weight: 1, arbitrary: fc.constant({ kind: 'reset' }) });
const baseDocs = fc.uniqueArray(fc.record({ id: ids, mother: mothers }), {
    selector: (doc) => doc.id,
    maxLength: 10,
});
/**
 * Registers the model-based property.
 * @see mocks/ports/README.md "Store"
 */
export function modelContract(store) {
    it('agrees with a Map model under random put, delete, list and reset over a base', async () => {
        let run = 0;
        await fc.assert(fc.asyncProperty(baseDocs, fc.array(commands, { maxLength: 30 }), async (base, script) => {
            run += 1;
            const seeded = base.map(({ id, mother }) => person(id, { motherId: mother }));
            unwrap(await store().createBase(`base-${run}`, async (builder) => {
                unwrap(await builder.collection('people', PEOPLE).insertMany(seeded));
            }));
            const col = (await openSandbox(store(), `run-${run}`, `base-${run}`)).collection('people', PEOPLE);
            const initial = new Map(seeded.map((doc) => [doc.id, doc]));
            let model = new Map(initial);
            for (const command of script) {
                if (command.kind === 'put') {
                    const doc = person(command.id, { motherId: command.mother });
                    unwrap(await col.put(doc));
                    model.set(doc.id, doc);
                }
                else if (command.kind === 'delete') {
                    expect(await col.delete(command.id)).toBe(model.delete(command.id));
                }
                else if (command.kind === 'reset') {
                    unwrap(await store().resetSandbox(`run-${run}`));
                    model = new Map(initial);
                }
                else {
                    await expectListing(command, model);
                }
            }
            expect(await col.count()).toBe(model.size);
            expect(await col.getMany([...model.keys()])).toEqual([...model.values()]);
            async function expectListing(command, expected) {
                const { mother, limit } = command;
                const query = mother === undefined ? { limit } : { limit, index: 'byMother', key: mother };
                const want = [...expected.values()]
                    .filter((doc) => mother === undefined || doc.motherId === mother)
                    .map((doc) => doc.id)
                    .sort();
                expect(await listAllIds(col, query)).toEqual(want);
            }
        }), { numRuns: 80 });
    });
}
