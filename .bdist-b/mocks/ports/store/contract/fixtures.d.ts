import type { Result } from '../../../../contracts/result.js';
import type { CollectionDefinition } from '../collection.js';
import type { SandboxStore, Store } from '../store.js';
/**
 * A document of the contract suite.
 * @see mocks/ports/store/store-contract.ts
 */
export interface Person {
    readonly id: string;
    readonly name: string;
    readonly motherId?: string;
    readonly nationalId?: string;
    readonly tags?: readonly string[];
}
/**
 * People: `byMother` (non-unique), `byNationalId` (unique), `byTag` (several keys per person).
 * @see mocks/ports/store/store-contract.ts
 */
export declare const PEOPLE: CollectionDefinition<Person, 'byMother' | 'byNationalId' | 'byTag'>;
/**
 * A person with the given id and optional fields.
 * @see mocks/ports/store/store-contract.ts
 */
export declare function person(id: string, fields?: Partial<Person>): Person;
/**
 * Zero-padded ids (`p000042`) so that id order is numeric order.
 * @see mocks/ports/store/store-contract.ts
 */
export declare function pid(n: number): string;
/**
 * The value of an ok result; fails the test with the error otherwise.
 * @see contracts/result.ts
 */
export declare function unwrap<T, E>(result: Result<T, E>): T;
/**
 * Gives each test a fresh store from `makeStore` and closes it afterwards.
 * @see mocks/ports/store/store-contract.ts
 */
export declare function useStore(makeStore: () => Promise<Store>): () => Store;
/**
 * Creates a sandbox (optionally over a base) and returns its handle.
 * @see mocks/ports/store/store-contract.ts
 */
export declare function openSandbox(store: Store, id: string, base?: string): Promise<SandboxStore>;
/**
 * Registers a base of `size` people `p000000…`, with mothers `m0…m9` and national ids.
 * @see mocks/ports/store/store-contract.ts
 */
export declare function seedPeople(store: Store, name: string, size: number): Promise<void>;
/**
 * A promise with its resolver, to hold a transaction open.
 * @see mocks/ports/store/store-contract.ts
 */
export declare function deferred(): {
    promise: Promise<void>;
    resolve: () => void;
};
