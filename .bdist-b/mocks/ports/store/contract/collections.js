/**
 * Contract: documents, versions and index maintenance in one sandbox.
 * @see mocks/ports/store/store-contract.ts
 */
import { expect, it } from 'vitest';
import { DefinitionMismatchError, UnknownIndexError } from '../store-errors.js';
import { PEOPLE, openSandbox, person, unwrap } from './fixtures.js';
/**
 * Registers the collection tests.
 * @see mocks/ports/README.md "Store"
 */
export function collectionContract(store) {
    const people = async () => (await openSandbox(store(), 's1')).collection('people', PEOPLE);
    it('returns undefined for an id that was never written', async () => {
        expect(await (await people()).get('nobody')).toBeUndefined();
    });
    it('inserts a document at version 1 and reads it back', async () => {
        const col = await people();
        const written = unwrap(await col.insert(person('a')));
        expect(written).toEqual({ doc: person('a'), version: 1 });
        expect(await col.get('a')).toEqual(person('a'));
        expect(await col.getVersioned('a')).toEqual({ doc: person('a'), version: 1 });
    });
    it('refuses to insert a second document with the same id', async () => {
        const col = await people();
        unwrap(await col.insert(person('a')));
        const second = await col.insert(person('a', { name: 'Other' }));
        expect(second).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ID', id: 'a' } });
        expect((await col.get('a'))?.name).toBe('Person a');
    });
    it('refuses a write that reuses a unique index key and names the holder', async () => {
        const col = await people();
        unwrap(await col.insert(person('a', { nationalId: 'N1' })));
        const error = { code: 'UNIQUE_VIOLATION', index: 'byNationalId', key: 'N1', id: 'a' };
        expect(await col.insert(person('b', { nationalId: 'N1' }))).toMatchObject({ ok: false, error });
        expect(await col.put(person('b', { nationalId: 'N1' }))).toMatchObject({ ok: false, error });
        expect(await col.get('b')).toBeUndefined();
    });
    it('keeps the detail of a conflict free of ids and keys', async () => {
        const col = await people();
        unwrap(await col.insert(person('a', { nationalId: '001234567890' })));
        const result = await col.insert(person('b', { nationalId: '001234567890' }));
        expect(result.ok).toBe(false);
        if (!result.ok)
            expect(result.error.detail).not.toContain('001234567890');
    });
    it('upserts with put and bumps the version on every write', async () => {
        const col = await people();
        expect(unwrap(await col.put(person('a'))).version).toBe(1);
        expect(unwrap(await col.put(person('a', { name: 'Renamed' }))).version).toBe(2);
        expect(await col.getVersioned('a')).toEqual({
            doc: person('a', { name: 'Renamed' }),
            version: 2,
        });
    });
    it('updates a document from its current value', async () => {
        const col = await people();
        unwrap(await col.insert(person('a')));
        const updated = unwrap(await col.update('a', (doc) => ({ ...doc, name: `${doc.name}!` })));
        expect(updated).toEqual({ doc: person('a', { name: 'Person a!' }), version: 2 });
    });
    it('reports not found when updating a missing or deleted document', async () => {
        const col = await people();
        const missing = await col.update('a', (doc) => doc);
        expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', id: 'a' } });
        unwrap(await col.insert(person('a')));
        await col.delete('a');
        expect(await col.update('a', (doc) => doc)).toMatchObject({ ok: false });
    });
    it('rejects an update whose expected version is stale', async () => {
        const col = await people();
        unwrap(await col.insert(person('a')));
        unwrap(await col.put(person('a', { name: 'Second' })));
        const stale = await col.update('a', (doc) => doc, { expectedVersion: 1 });
        const error = { code: 'VERSION_CONFLICT', expected: 1, actual: 2 };
        expect(stale).toMatchObject({ ok: false, error });
        expect(await col.getVersioned('a')).toMatchObject({ version: 2 });
    });
    it('accepts an update whose expected version is current', async () => {
        const col = await people();
        unwrap(await col.insert(person('a')));
        const result = await col.update('a', (doc) => ({ ...doc, name: 'B' }), { expectedVersion: 1 });
        expect(unwrap(result).version).toBe(2);
    });
    it('keeps counting versions across a delete and a re-insert', async () => {
        const col = await people();
        unwrap(await col.insert(person('a')));
        await col.delete('a');
        expect(unwrap(await col.insert(person('a'))).version).toBe(3);
    });
    it('deletes a document and says whether there was one', async () => {
        const col = await people();
        unwrap(await col.insert(person('a')));
        expect(await col.delete('a')).toBe(true);
        expect(await col.delete('a')).toBe(false);
        expect(await col.get('a')).toBeUndefined();
    });
    it('reads many documents aligned with the requested ids', async () => {
        const col = await people();
        unwrap(await col.insertMany([person('a'), person('c')]));
        expect(await col.getMany(['c', 'b', 'a'])).toEqual([person('c'), undefined, person('a')]);
    });
    it('finds documents under a non-unique index key in id order', async () => {
        const col = await people();
        unwrap(await col.insertMany(['c', 'a', 'b'].map((id) => person(id, { motherId: 'm' }))));
        unwrap(await col.insert(person('d', { motherId: 'other' })));
        expect((await col.findBy('byMother', 'm')).map((p) => p.id)).toEqual(['a', 'b', 'c']);
        expect(await col.findBy('byMother', 'nobody')).toEqual([]);
    });
    it('finds a document under each key of a multi-key index once', async () => {
        const col = await people();
        unwrap(await col.insert(person('a', { tags: ['x', 'y', 'x'] })));
        expect((await col.findBy('byTag', 'x')).map((p) => p.id)).toEqual(['a']);
        expect((await col.findBy('byTag', 'y')).map((p) => p.id)).toEqual(['a']);
    });
    it('moves a document between index keys when it is updated', async () => {
        const col = await people();
        unwrap(await col.insert(person('a', { motherId: 'm1' })));
        unwrap(await col.update('a', (doc) => ({ ...doc, motherId: 'm2' })));
        expect(await col.findBy('byMother', 'm1')).toEqual([]);
        expect((await col.findBy('byMother', 'm2')).map((p) => p.id)).toEqual(['a']);
    });
    it('drops a deleted document from every index', async () => {
        const col = await people();
        unwrap(await col.insert(person('a', { motherId: 'm', nationalId: 'N', tags: ['t'] })));
        await col.delete('a');
        expect(await col.findBy('byMother', 'm')).toEqual([]);
        expect(await col.findOneBy('byNationalId', 'N')).toBeUndefined();
        expect(await col.findBy('byTag', 't')).toEqual([]);
    });
    it('frees a unique key when its holder moves to another key', async () => {
        const col = await people();
        unwrap(await col.insert(person('a', { nationalId: 'N1' })));
        unwrap(await col.update('a', (doc) => ({ ...doc, nationalId: 'N2' })));
        unwrap(await col.insert(person('b', { nationalId: 'N1' })));
        expect((await col.findOneBy('byNationalId', 'N1'))?.id).toBe('b');
        expect((await col.findOneBy('byNationalId', 'N2'))?.id).toBe('a');
    });
    it('throws on an undeclared index or findOneBy on a non-unique one', async () => {
        const col = await people();
        await expect(col.findOneBy('byMother', 'm')).rejects.toThrow(UnknownIndexError);
        const untyped = col.findBy;
        await expect(untyped('byNothing', 'x')).rejects.toThrow(UnknownIndexError);
    });
    it('throws on an id or an index key that contains U+0000', async () => {
        const col = await people();
        await expect(col.insert(person('a\u0000b'))).rejects.toThrow(TypeError);
        await expect(col.put(person('a', { motherId: 'm\u0000' }))).rejects.toThrow(TypeError);
        expect(await col.count()).toBe(0);
    });
    it('hands out deep-frozen documents', async () => {
        const col = await people();
        unwrap(await col.insert(person('a', { tags: ['x'] })));
        const doc = await col.get('a');
        expect(Object.isFrozen(doc)).toBe(true);
        expect(Object.isFrozen(doc?.tags)).toBe(true);
    });
    it('counts documents through inserts and deletes', async () => {
        const col = await people();
        unwrap(await col.insertMany([person('a'), person('b'), person('c')]));
        await col.delete('b');
        await col.delete('zzz');
        expect(await col.count()).toBe(2);
    });
    it('inserts many documents or none', async () => {
        const col = await people();
        unwrap(await col.insert(person('b')));
        const result = await col.insertMany([person('a'), person('b'), person('c')]);
        expect(result).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ID', id: 'b' } });
        expect(await col.getMany(['a', 'c'])).toEqual([undefined, undefined]);
        expect(await col.count()).toBe(1);
    });
    it('rejects reopening a collection with other indexes', async () => {
        const sandbox = await openSandbox(store(), 's1');
        unwrap(await sandbox.collection('people', PEOPLE).insert(person('a')));
        const other = sandbox.collection('people', { idOf: (p) => p.id });
        await expect(other.get('a')).rejects.toThrow(DefinitionMismatchError);
    });
    it('keeps collections of the same name in two sandboxes apart', async () => {
        const a = (await openSandbox(store(), 'a')).collection('people', PEOPLE);
        const b = (await openSandbox(store(), 'b')).collection('people', PEOPLE);
        unwrap(await a.insert(person('x', { nationalId: 'N' })));
        unwrap(await b.insert(person('y', { nationalId: 'N' })));
        expect(await b.get('x')).toBeUndefined();
        expect((await a.findOneBy('byNationalId', 'N'))?.id).toBe('x');
    });
}
