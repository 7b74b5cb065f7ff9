import type { Store } from '../store.js';
/**
 * Registers the sandbox and base tests.
 * @see mocks/ports/README.md "Bases"
 */
export declare function sandboxContract(store: () => Store): void;
