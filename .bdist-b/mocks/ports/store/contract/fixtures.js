/**
 * Shared fixtures of the Store contract suite: a small person collection with a non-unique,
 * a unique and a multi-key index, and helpers that keep the tests short.
 *
 * @see mocks/ports/store/store-contract.ts
 */
import { afterEach, beforeEach } from 'vitest';
/**
 * People: `byMother` (non-unique), `byNationalId` (unique), `byTag` (several keys per person).
 * @see mocks/ports/store/store-contract.ts
 */
export const PEOPLE = {
    idOf: (person) => person.id,
    indexes: {
        byMother: (person) => person.motherId,
        byNationalId: { key: (person) => person.nationalId, unique: true },
        byTag: (person) => person.tags,
    },
};
/**
 * A person with the given id and optional fields.
 * @see mocks/ports/store/store-contract.ts
 */
export function person(id, fields = {}) {
    return { id, name: `Person ${id}`, ...fields };
}
/**
 * Zero-padded ids (`p000042`) so that id order is numeric order.
 * @see mocks/ports/store/store-contract.ts
 */
export function pid(n) {
    return `p${String(n).padStart(6, '0')}`;
}
/**
 * The value of an ok result; fails the test with the error otherwise.
 * @see contracts/result.ts
 */
export function unwrap(result) {
    if (!result.ok)
        throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
    return result.value;
}
/**
 * Gives each test a fresh store from `makeStore` and closes it afterwards.
 * @see mocks/ports/store/store-contract.ts
 */
export function useStore(makeStore) {
    let store;
    beforeEach(async () => {
        store = await makeStore();
    });
    afterEach(async () => {
        await store?.close();
        store = undefined;
    });
    return () => {
        if (!store)
            throw new Error('the store is only available inside a test');
        return store;
    };
}
/**
 * Creates a sandbox (optionally over a base) and returns its handle.
 * @see mocks/ports/store/store-contract.ts
 */
export async function openSandbox(store, id, base) {
    unwrap(await store.createSandbox(id, base === undefined ? {} : { base }));
    return store.sandbox(id);
}
/**
 * Registers a base of `size` people `p000000…`, with mothers `m0…m9` and national ids.
 * @see mocks/ports/store/store-contract.ts
 */
export async function seedPeople(store, name, size) {
    unwrap(await store.createBase(name, async (builder) => {
        const people = builder.collection('people', PEOPLE);
        const docs = Array.from({ length: size }, (_, n) => person(pid(n), { motherId: `m${n % 10}`, nationalId: `n${n}` }));
        unwrap(await people.insertMany(docs));
    }));
}
/**
 * A promise with its resolver, to hold a transaction open.
 * @see mocks/ports/store/store-contract.ts
 */
export function deferred() {
    let resolve = () => undefined;
    const promise = new Promise((done) => (resolve = done));
    return { promise, resolve };
}
