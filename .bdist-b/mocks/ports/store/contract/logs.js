/**
 * Contract: append-only logs, their sequence numbers and retention.
 * @see mocks/ports/store/store-contract.ts
 */
import { expect, it } from 'vitest';
import { DefinitionMismatchError } from '../store-errors.js';
import { openSandbox } from './fixtures.js';
const byAge = (maxAgeMs) => ({
    maxAgeMs,
    timestampOf: (event) => event.at,
});
/**
 * Registers the log tests.
 * @see mocks/ports/README.md "Logs"
 */
export function logContract(store) {
    it('numbers appended entries 1, 2, 3 per log', async () => {
        const sandbox = await openSandbox(store(), 's1');
        const journal = sandbox.log('journal');
        expect([await journal.append('a'), await journal.append('b')]).toEqual([1, 2]);
        expect(await sandbox.log('outbox').append('x')).toBe(1);
    });
    it('appends a batch in order and returns its sequence numbers', async () => {
        const log = (await openSandbox(store(), 's1')).log('journal');
        await log.append('a');
        expect(await log.appendMany(['b', 'c', 'd'])).toEqual([2, 3, 4]);
        expect(await log.appendMany([])).toEqual([]);
        expect((await log.read({ limit: 10 })).records.map((r) => r.entry)).toEqual([
            'a',
            'b',
            'c',
            'd',
        ]);
    });
    it('applies retention to a batch as to single appends', async () => {
        const log = (await openSandbox(store(), 's1')).log('journal', {
            retention: { maxEntries: 3 },
        });
        await log.appendMany([1, 2, 3, 4, 5]);
        expect((await log.read({ limit: 10 })).records.map((r) => r.entry)).toEqual([3, 4, 5]);
        expect(await log.info()).toMatchObject({ size: 3, firstSeq: 3, lastSeq: 5, trimmed: 2 });
    });
    it('numbers the same log in two sandboxes separately', async () => {
        const a = (await openSandbox(store(), 'a')).log('journal');
        const b = (await openSandbox(store(), 'b')).log('journal');
        await a.append('a1');
        await a.append('a2');
        expect(await b.append('b1')).toBe(1);
    });
    it('reads entries from a sequence number up to a limit', async () => {
        const log = (await openSandbox(store(), 's1')).log('journal');
        for (const text of ['a', 'b', 'c', 'd'])
            await log.append(text);
        const page = await log.read({ fromSeq: 2, limit: 2 });
        expect(page.records).toEqual([
            { seq: 2, entry: 'b' },
            { seq: 3, entry: 'c' },
        ]);
        expect(page).toMatchObject({ firstSeq: 1, lastSeq: 4, size: 4, trimmed: 0 });
        expect((await log.read({ limit: 10 })).records).toHaveLength(4);
        expect((await log.read({ fromSeq: 9, limit: 10 })).records).toEqual([]);
    });
    it('returns the newest entry and the size', async () => {
        const log = (await openSandbox(store(), 's1')).log('journal');
        expect(await log.last()).toBeUndefined();
        await log.append('a');
        await log.append('b');
        expect(await log.last()).toEqual({ seq: 2, entry: 'b' });
        expect(await log.size()).toBe(2);
    });
    it('hands out deep-frozen entries', async () => {
        const log = (await openSandbox(store(), 's1')).log('events');
        await log.append({ at: 1, text: 'a' });
        expect(Object.isFrozen((await log.last())?.entry)).toBe(true);
    });
    it('trims the oldest entries beyond maxEntries and says how many it trimmed', async () => {
        const sandbox = await openSandbox(store(), 's1');
        const log = sandbox.log('outbox', { retention: { maxEntries: 3 } });
        for (let n = 1; n <= 10; n += 1)
            await log.append(n);
        expect(await log.info()).toEqual({ size: 3, firstSeq: 8, lastSeq: 10, trimmed: 7 });
        expect((await log.read({ limit: 10 })).records.map((r) => r.entry)).toEqual([8, 9, 10]);
    });
    it('starts a read from a trimmed sequence number at the first retained entry', async () => {
        const log = (await openSandbox(store(), 's1')).log('o', {
            retention: { maxEntries: 2 },
        });
        for (let n = 1; n <= 5; n += 1)
            await log.append(n);
        const page = await log.read({ fromSeq: 1, limit: 10 });
        expect(page.records.map((r) => r.seq)).toEqual([4, 5]);
        expect(page.firstSeq).toBe(4);
    });
    it('keeps memory bounded over many appends', async () => {
        const log = (await openSandbox(store(), 's1')).log('o', {
            retention: { maxEntries: 50 },
        });
        for (let n = 1; n <= 5000; n += 1)
            await log.append(n);
        expect(await log.info()).toEqual({ size: 50, firstSeq: 4951, lastSeq: 5000, trimmed: 4950 });
    });
    it('trims entries older than maxAgeMs against the newest entry but keeps the newest', async () => {
        const log = (await openSandbox(store(), 's1')).log('events', { retention: byAge(100) });
        for (const at of [0, 50, 120, 160])
            await log.append({ at, text: `t${at}` });
        expect((await log.read({ limit: 10 })).records.map((r) => r.entry.at)).toEqual([120, 160]);
        expect(await log.trim(new Date(10_000))).toBe(1);
        expect(await log.info()).toEqual({ size: 1, firstSeq: 4, lastSeq: 4, trimmed: 3 });
    });
    it('applies retention when a transaction that appended commits', async () => {
        const sandbox = await openSandbox(store(), 's1');
        const retention = { maxEntries: 2 };
        await sandbox.transaction(async (tx) => {
            const log = tx.log('outbox', { retention });
            for (let n = 1; n <= 4; n += 1)
                await log.append(n);
        });
        expect(await sandbox.log('outbox', { retention }).info()).toMatchObject({
            size: 2,
            trimmed: 2,
        });
    });
    it('rejects reopening a log with other retention limits', async () => {
        const sandbox = await openSandbox(store(), 's1');
        await sandbox.log('outbox', { retention: { maxEntries: 2 } }).append(1);
        const other = sandbox.log('outbox', { retention: { maxEntries: 5 } });
        await expect(other.append(2)).rejects.toThrow(DefinitionMismatchError);
        expect(await sandbox.log('outbox').size()).toBe(1);
    });
}
