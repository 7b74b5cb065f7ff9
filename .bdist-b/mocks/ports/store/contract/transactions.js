/**
 * Contract: atomic multi-record transactions, their isolation and their serialisation.
 * @see mocks/ports/store/store-contract.ts
 */
import { expect, it } from 'vitest';
import { err, ok } from '../../../../contracts/result.js';
import { TransactionScopeError } from '../store-errors.js';
import { PEOPLE, deferred, openSandbox, person, unwrap } from './fixtures.js';
const COUNTERS = { idOf: (counter) => counter.id };
/**
 * Registers the transaction tests.
 * @see mocks/ports/README.md "Transactions"
 */
export function transactionContract(store) {
    it('commits every write of a transaction together', async () => {
        const sandbox = await openSandbox(store(), 's1');
        await sandbox.transaction(async (tx) => {
            unwrap(await tx.collection('people', PEOPLE).insert(person('a')));
            unwrap(await tx.collection('people', PEOPLE).insert(person('b')));
            await tx.log('events').append('both inserted');
        });
        expect(await sandbox.collection('people', PEOPLE).count()).toBe(2);
        expect(await sandbox.log('events').size()).toBe(1);
    });
    it('rolls back every write and append when the transaction throws', async () => {
        const sandbox = await openSandbox(store(), 's1');
        const col = sandbox.collection('people', PEOPLE);
        unwrap(await col.insert(person('a', { motherId: 'm' })));
        const failing = sandbox.transaction(async (tx) => {
            const people = tx.collection('people', PEOPLE);
            unwrap(await people.update('a', (doc) => ({ ...doc, motherId: 'other' })));
            unwrap(await people.insert(person('b', { nationalId: 'N' })));
            await people.delete('a');
            await tx.log('events').append('never');
            await tx.log('events').appendMany(['nor', 'these']);
            throw new Error('boom');
        });
        await expect(failing).rejects.toThrow('boom');
        expect(await col.getVersioned('a')).toEqual({
            doc: person('a', { motherId: 'm' }),
            version: 1,
        });
        expect(await col.get('b')).toBeUndefined();
        expect((await col.findBy('byMother', 'm')).map((p) => p.id)).toEqual(['a']);
        expect(await col.findOneBy('byNationalId', 'N')).toBeUndefined();
        expect(await sandbox.log('events').info()).toMatchObject({ size: 0, lastSeq: 0 });
    });
    it('rolls back and returns the error when the transaction returns an error result', async () => {
        const sandbox = await openSandbox(store(), 's1');
        const result = await sandbox.transaction(async (tx) => {
            unwrap(await tx.collection('people', PEOPLE).insert(person('a')));
            return err({ code: 'REFUSED' });
        });
        expect(result).toEqual({ ok: false, error: { code: 'REFUSED' } });
        expect(await sandbox.collection('people', PEOPLE).get('a')).toBeUndefined();
    });
    it('returns the value of a committed transaction', async () => {
        const sandbox = await openSandbox(store(), 's1');
        const result = await sandbox.transaction(async (tx) => {
            return ok(unwrap(await tx.collection('people', PEOPLE).insert(person('a'))).version);
        });
        expect(result).toEqual({ ok: true, value: 1 });
    });
    it('sees its own writes inside the transaction', async () => {
        const sandbox = await openSandbox(store(), 's1');
        await sandbox.transaction(async (tx) => {
            const people = tx.collection('people', PEOPLE);
            unwrap(await people.insert(person('a', { nationalId: 'N' })));
            expect((await people.findOneBy('byNationalId', 'N'))?.id).toBe('a');
            expect(await people.count()).toBe(1);
        });
    });
    it('never shows a plain read the writes of a transaction that rolls back', async () => {
        const sandbox = await openSandbox(store(), 's1');
        const written = deferred();
        const release = deferred();
        const failing = sandbox.transaction(async (tx) => {
            unwrap(await tx.collection('people', PEOPLE).insert(person('a')));
            written.resolve();
            await release.promise;
            throw new Error('abort');
        });
        await written.promise;
        const read = sandbox.collection('people', PEOPLE).get('a');
        release.resolve();
        await expect(failing).rejects.toThrow('abort');
        expect(await read).toBeUndefined();
    });
    it('serialises transactions on the same sandbox', async () => {
        const sandbox = await openSandbox(store(), 's1');
        unwrap(await sandbox.collection('counters', COUNTERS).insert({ id: 'c', value: 0 }));
        const increment = () => sandbox.transaction(async (tx) => {
            const counters = tx.collection('counters', COUNTERS);
            const current = (await counters.get('c'))?.value ?? 0;
            await new Promise((resolve) => setTimeout(resolve, 1));
            unwrap(await counters.put({ id: 'c', value: current + 1 }));
        });
        await Promise.all(Array.from({ length: 5 }, increment));
        expect(await sandbox.collection('counters', COUNTERS).get('c')).toEqual({ id: 'c', value: 5 });
    });
    it('lets other sandboxes work while a transaction is open', async () => {
        const a = await openSandbox(store(), 'a');
        const b = await openSandbox(store(), 'b');
        const release = deferred();
        const open = a.transaction(async () => release.promise);
        unwrap(await b.collection('people', PEOPLE).insert(person('x')));
        expect(await b.collection('people', PEOPLE).count()).toBe(1);
        release.resolve();
        await open;
    });
    it('refuses a nested transaction on the same sandbox instead of waiting for itself', async () => {
        const sandbox = await openSandbox(store(), 's1');
        const nested = sandbox.transaction(async () => sandbox.transaction(async () => 1));
        await expect(nested).rejects.toThrow(TransactionScopeError);
    });
    it('refuses a plain operation on the sandbox inside its own transaction', async () => {
        const sandbox = await openSandbox(store(), 's1');
        const misuse = sandbox.transaction(async () => sandbox.collection('people', PEOPLE).count());
        await expect(misuse).rejects.toThrow(TransactionScopeError);
    });
    it('refuses a transaction handle used after the transaction ended', async () => {
        const sandbox = await openSandbox(store(), 's1');
        const people = await sandbox.transaction(async (tx) => tx.collection('people', PEOPLE));
        await expect(people.insert(person('late'))).rejects.toThrow(TransactionScopeError);
    });
    it('keeps earlier writes of a transaction when a later write fails and is handled', async () => {
        const sandbox = await openSandbox(store(), 's1');
        await sandbox.transaction(async (tx) => {
            const people = tx.collection('people', PEOPLE);
            unwrap(await people.insert(person('a')));
            const duplicate = await people.insertMany([person('b'), person('a')]);
            expect(duplicate.ok).toBe(false);
        });
        const col = sandbox.collection('people', PEOPLE);
        expect(await col.getMany(['a', 'b'])).toEqual([person('a'), undefined]);
    });
}
