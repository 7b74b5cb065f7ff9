import type { Store } from '../store.js';
/**
 * Registers the collection tests.
 * @see mocks/ports/README.md "Store"
 */
export declare function collectionContract(store: () => Store): void;
