import type { Store } from './store.js';
/**
 * Creates an empty in-memory store.
 * @see mocks/ports/README.md "Memory adapter"
 */
export declare function createMemoryStore(): Store;
