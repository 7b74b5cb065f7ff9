import type { Store } from './store.js';
/**
 * Registers the Store contract tests for one adapter under `Store contract (<name>)`.
 * @see mocks/ports/README.md "Adding an adapter"
 */
export declare function defineStoreContract(name: string, makeStore: () => Promise<Store>): void;
