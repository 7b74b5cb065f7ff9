/**
 * Contract: sandbox lifecycle, shared bases and copy-on-write overlays.
 * @see mocks/ports/store/store-contract.ts
 */
import { expect, it } from 'vitest';
import { UnknownSandboxError } from '../store-errors.js';
import { PEOPLE, deferred, openSandbox, person, pid, seedPeople, unwrap } from './fixtures.js';
const LARGE_BASE = 100_000;
/**
 * Registers the sandbox and base tests.
 * @see mocks/ports/README.md "Bases"
 */
export function sandboxContract(store) {
    it('creates, lists and deletes sandboxes', async () => {
        unwrap(await store().createSandbox('b'));
        unwrap(await store().createSandbox('a'));
        expect(await store().listSandboxes()).toEqual([
            { id: 'a', base: null },
            { id: 'b', base: null },
        ]);
        unwrap(await store().deleteSandbox('a'));
        expect(await store().hasSandbox('a')).toBe(false);
        expect(await store().hasSandbox('b')).toBe(true);
    });
    it('refuses to create a sandbox twice', async () => {
        unwrap(await store().createSandbox('a'));
        const again = await store().createSandbox('a');
        expect(again).toMatchObject({ ok: false, error: { code: 'SANDBOX_EXISTS', name: 'a' } });
    });
    it('reports a missing sandbox on reset and delete', async () => {
        const error = { code: 'SANDBOX_NOT_FOUND' };
        expect(await store().resetSandbox('nope')).toMatchObject({ ok: false, error });
        expect(await store().deleteSandbox('nope')).toMatchObject({ ok: false, error });
    });
    it('rejects operations through a handle once its sandbox is deleted', async () => {
        const sandbox = await openSandbox(store(), 'a');
        unwrap(await store().deleteSandbox('a'));
        await expect(sandbox.collection('people', PEOPLE).count()).rejects.toThrow(UnknownSandboxError);
        await expect(store().sandbox('never').log('x').size()).rejects.toThrow(UnknownSandboxError);
    });
    it('starts a recreated sandbox empty', async () => {
        const sandbox = await openSandbox(store(), 'a');
        unwrap(await sandbox.collection('people', PEOPLE).insert(person('x')));
        unwrap(await store().deleteSandbox('a'));
        unwrap(await store().createSandbox('a'));
        expect(await sandbox.collection('people', PEOPLE).count()).toBe(0);
    });
    it('reads base documents through a sandbox created over the base', async () => {
        await seedPeople(store(), 'seed', 30);
        expect(await store().hasBase('seed')).toBe(true);
        const col = (await openSandbox(store(), 'a', 'seed')).collection('people', PEOPLE);
        expect(await col.count()).toBe(30);
        expect(await col.get(pid(7))).toEqual(person(pid(7), { motherId: 'm7', nationalId: 'n7' }));
        expect((await col.findBy('byMother', 'm3')).map((p) => p.id)).toEqual([3, 13, 23].map(pid));
        expect((await col.findOneBy('byNationalId', 'n12'))?.id).toBe(pid(12));
        expect(await store().listSandboxes()).toEqual([{ id: 'a', base: 'seed' }]);
    });
    it('isolates two sandboxes over the same base from each other', async () => {
        await seedPeople(store(), 'seed', 10);
        const a = (await openSandbox(store(), 'a', 'seed')).collection('people', PEOPLE);
        const b = (await openSandbox(store(), 'b', 'seed')).collection('people', PEOPLE);
        unwrap(await a.update(pid(1), (doc) => ({ ...doc, motherId: 'changed' })));
        await a.delete(pid(2));
        unwrap(await a.insert(person('new', { nationalId: 'n3x' })));
        expect(await a.count()).toBe(10);
        expect(await b.count()).toBe(10);
        expect((await b.get(pid(1)))?.motherId).toBe('m1');
        expect(await b.get(pid(2))).toBeDefined();
        expect(await b.get('new')).toBeUndefined();
        const c = (await openSandbox(store(), 'c', 'seed')).collection('people', PEOPLE);
        expect(await c.count()).toBe(10);
    });
    it('shadows base documents in every index after overlay writes and deletes', async () => {
        await seedPeople(store(), 'seed', 10);
        const col = (await openSandbox(store(), 'a', 'seed')).collection('people', PEOPLE);
        unwrap(await col.update(pid(1), (doc) => ({ ...doc, motherId: 'm2', nationalId: 'moved' })));
        await col.delete(pid(2));
        expect((await col.findBy('byMother', 'm1')).map((p) => p.id)).toEqual([]);
        expect((await col.findBy('byMother', 'm2')).map((p) => p.id)).toEqual([pid(1)]);
        expect(await col.findOneBy('byNationalId', 'n1')).toBeUndefined();
        unwrap(await col.insert(person('reuse', { nationalId: 'n1' })));
        const taken = await col.insert(person('clash', { nationalId: 'n5' }));
        expect(taken).toMatchObject({ ok: false, error: { code: 'UNIQUE_VIOLATION', id: pid(5) } });
    });
    it('resets a sandbox over a large base to the base, leaving the base untouched', async () => {
        await seedPeople(store(), 'large', LARGE_BASE);
        const sandbox = await openSandbox(store(), 'a', 'large');
        const col = sandbox.collection('people', PEOPLE);
        unwrap(await col.insertMany(Array.from({ length: 500 }, (_, n) => person(`new${n}`))));
        for (let n = 0; n < 500; n += 1)
            await col.delete(pid(n * 7));
        expect(await col.count()).toBe(LARGE_BASE);
        unwrap(await store().resetSandbox('a'));
        expect(await col.count()).toBe(LARGE_BASE);
        expect(await col.get('new1')).toBeUndefined();
        expect(await col.get(pid(7))).toBeDefined();
        const other = (await openSandbox(store(), 'b', 'large')).collection('people', PEOPLE);
        expect(await other.count()).toBe(LARGE_BASE);
    }, 120_000);
    it('keeps the collections and logs named in keep across a reset', async () => {
        const sandbox = await openSandbox(store(), 'a');
        unwrap(await sandbox.collection('people', PEOPLE).insert(person('gone')));
        unwrap(await sandbox.collection('faults', PEOPLE).insert(person('rule')));
        await sandbox.log('journal').append('before');
        await sandbox.log('outbox').append('dropped');
        const keep = { collections: ['faults'], logs: ['journal'] };
        unwrap(await store().resetSandbox('a', { keep }));
        expect(await sandbox.collection('people', PEOPLE).count()).toBe(0);
        expect(await sandbox.collection('faults', PEOPLE).get('rule')).toBeDefined();
        expect(await sandbox.log('journal').append('reset')).toBe(2);
        expect(await sandbox.log('outbox').size()).toBe(0);
    });
    it('switches a sandbox to another base or to none on reset', async () => {
        await seedPeople(store(), 'small', 3);
        await seedPeople(store(), 'big', 8);
        const col = (await openSandbox(store(), 'a', 'small')).collection('people', PEOPLE);
        expect(unwrap(await store().resetSandbox('a', { base: 'big' }))).toEqual({
            id: 'a',
            base: 'big',
        });
        expect(await col.count()).toBe(8);
        unwrap(await store().resetSandbox('a', { base: null }));
        expect(await col.count()).toBe(0);
        const missing = await store().resetSandbox('a', { base: 'nope' });
        expect(missing).toMatchObject({ ok: false, error: { code: 'BASE_NOT_FOUND' } });
    });
    it('refuses to delete a base while a sandbox reads through it', async () => {
        await seedPeople(store(), 'seed', 2);
        unwrap(await store().createSandbox('a', { base: 'seed' }));
        const inUse = await store().deleteBase('seed');
        expect(inUse).toMatchObject({ ok: false, error: { code: 'BASE_IN_USE' } });
        unwrap(await store().deleteSandbox('a'));
        unwrap(await store().deleteBase('seed'));
        expect(await store().hasBase('seed')).toBe(false);
    });
    it('refuses a second base of the same name and a sandbox over an unknown base', async () => {
        await seedPeople(store(), 'seed', 1);
        const again = await store().createBase('seed', async () => undefined);
        expect(again).toMatchObject({ ok: false, error: { code: 'BASE_EXISTS' } });
        const unknown = await store().createSandbox('a', { base: 'nope' });
        expect(unknown).toMatchObject({ ok: false, error: { code: 'BASE_NOT_FOUND' } });
    });
    it('waits for a base that is still being seeded', async () => {
        const seeding = deferred();
        const built = store().createBase('slow', async (builder) => {
            await seeding.promise;
            unwrap(await builder.collection('people', PEOPLE).insert(person('a')));
        });
        const created = store().createSandbox('s', { base: 'slow' });
        seeding.resolve();
        expect(unwrap(await built)).toEqual({ name: 'slow', documents: 1 });
        unwrap(await created);
        expect(await store().sandbox('s').collection('people', PEOPLE).count()).toBe(1);
    });
    it('forgets a base whose seeding failed', async () => {
        const failing = store().createBase('bad', async () => {
            throw new Error('seed failed');
        });
        await expect(failing).rejects.toThrow('seed failed');
        expect(await store().hasBase('bad')).toBe(false);
    });
}
