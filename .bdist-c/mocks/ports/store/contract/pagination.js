/**
 * Contract: listings, cursors and their stability under concurrent writes.
 * @see mocks/ports/store/store-contract.ts
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { PEOPLE, openSandbox, person, pid, seedPeople, unwrap } from './fixtures.js';
/**
 * Pages through a listing and returns the ids in the order received.
 * @see mocks/ports/README.md "Pagination"
 */
export async function listAllIds(col, query) {
    const ids = [];
    let cursor;
    do {
        const page = unwrap(await col.list(cursor === undefined ? query : { ...query, cursor }));
        ids.push(...page.items.map((p) => p.id));
        cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return ids;
}
/**
 * Registers the pagination tests.
 * @see mocks/ports/README.md "Pagination"
 */
export function paginationContract(store) {
    const people = async () => (await openSandbox(store(), 's1')).collection('people', PEOPLE);
    it('lists every document once in id order across pages', async () => {
        const col = await people();
        unwrap(await col.insertMany([7, 3, 9, 1, 5, 2].map((n) => person(pid(n)))));
        expect(await listAllIds(col, { limit: 4 })).toEqual([1, 2, 3, 5, 7, 9].map(pid));
    });
    it('gives the last page a null cursor, even when it is exactly full', async () => {
        const col = await people();
        unwrap(await col.insertMany([person('a'), person('b')]));
        expect(unwrap(await col.list({ limit: 2 })).nextCursor).toBeNull();
        expect(unwrap(await col.list({ limit: 5 })).items).toHaveLength(2);
    });
    it('lists the documents under one index key in id order', async () => {
        const col = await people();
        const docs = ['e', 'a', 'd', 'b', 'c'].map((id, n) => person(id, { motherId: `m${n % 2}` }));
        unwrap(await col.insertMany(docs));
        expect(await listAllIds(col, { limit: 1, index: 'byMother', key: 'm0' })).toEqual([
            'c',
            'd',
            'e',
        ]);
    });
    it('walks a whole index by key then id, once per key of a document', async () => {
        const col = await people();
        unwrap(await col.insert(person('a', { tags: ['t2', 't1'] })));
        unwrap(await col.insert(person('b', { tags: ['t1'] })));
        unwrap(await col.insert(person('c')));
        const ids = await listAllIds(col, { limit: 1, index: 'byTag' });
        expect(ids).toEqual(['a', 'b', 'a']);
    });
    it('applies a filter while scanning and counts only matches towards the limit', async () => {
        const col = await people();
        unwrap(await col.insertMany(Array.from({ length: 20 }, (_, n) => person(pid(n)))));
        const even = (p) => Number(p.id.slice(1)) % 2 === 0;
        const first = unwrap(await col.list({ limit: 3, filter: even }));
        expect(first.items.map((p) => p.id)).toEqual([0, 2, 4].map(pid));
        expect(await listAllIds(col, { limit: 3, filter: even })).toHaveLength(10);
    });
    it('shows documents inserted after the cursor and never repeats one', async () => {
        const col = await people();
        unwrap(await col.insertMany([10, 20, 30, 40].map((n) => person(pid(n)))));
        const first = unwrap(await col.list({ limit: 2 }));
        unwrap(await col.insertMany([5, 25, 45].map((n) => person(pid(n)))));
        await col.delete(pid(30));
        let cursor = first.nextCursor;
        const seen = first.items.map((p) => p.id);
        while (cursor !== null) {
            const page = unwrap(await col.list({ limit: 2, cursor }));
            seen.push(...page.items.map((p) => p.id));
            cursor = page.nextCursor;
        }
        expect(seen).toEqual([10, 20, 25, 40, 45].map(pid));
    });
    it('rejects a malformed cursor as an expected failure', async () => {
        const col = await people();
        for (const cursor of ['', 'not a cursor', 'eyJ4IjoxfQ']) {
            const result = await col.list({ limit: 1, cursor });
            expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_CURSOR' } });
        }
    });
    it('rejects a cursor that belongs to another listing', async () => {
        const col = await people();
        unwrap(await col.insertMany([person('a', { motherId: 'm' }), person('b', { motherId: 'm' })]));
        const cursor = unwrap(await col.list({ limit: 1 })).nextCursor ?? '';
        const result = await col.list({ limit: 1, cursor, index: 'byMother', key: 'm' });
        expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_CURSOR' } });
    });
    it('lists overlay writes and deletes merged over the base', async () => {
        await seedPeople(store(), 'seed', 6);
        const col = (await openSandbox(store(), 's1', 'seed')).collection('people', PEOPLE);
        await col.delete(pid(1));
        unwrap(await col.put(person(pid(3), { motherId: 'm0', nationalId: 'n3' })));
        unwrap(await col.insert(person('p000002a', { motherId: 'm0' })));
        const byId = [0, 2].map(pid).concat('p000002a', [3, 4, 5].map(pid));
        expect(await listAllIds(col, { limit: 2 })).toEqual(byId);
        const underM0 = [pid(0), 'p000002a', pid(3)];
        expect(await listAllIds(col, { limit: 2, index: 'byMother', key: 'm0' })).toEqual(underM0);
    });
    it('returns each surviving document exactly once when writes land between pages', async () => {
        const initial = fc.uniqueArray(fc.nat({ max: 200 }), { maxLength: 40 });
        const between = fc.array(fc.tuple(fc.boolean(), fc.nat({ max: 200 })), { maxLength: 6 });
        let run = 0;
        await fc.assert(fc.asyncProperty(initial, fc.array(between, { maxLength: 8 }), fc.nat(4), async (ns, w, l) => {
            const sandbox = await openSandbox(store(), `run-${(run += 1)}`);
            const col = sandbox.collection('people', PEOPLE);
            unwrap(await col.insertMany(ns.map((n) => person(pid(n)))));
            const touched = new Set();
            const seen = [];
            let cursor;
            let round = 0;
            do {
                const page = unwrap(await col.list({ limit: l + 1, ...(cursor ? { cursor } : {}) }));
                seen.push(...page.items.map((p) => p.id));
                cursor = page.nextCursor;
                for (const [insert, n] of w[round++] ?? []) {
                    touched.add(pid(n));
                    if (insert)
                        unwrap(await col.put(person(pid(n))));
                    else
                        await col.delete(pid(n));
                }
            } while (cursor !== null);
            expect(new Set(seen).size).toBe(seen.length);
            expect([...seen].sort()).toEqual(seen);
            const untouched = ns.map(pid).filter((id) => !touched.has(id));
            for (const id of untouched)
                expect(seen).toContain(id);
        }), { numRuns: 60 });
    });
}
