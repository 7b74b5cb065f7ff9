import type { Store } from '../store.js';
/**
 * Registers the log tests.
 * @see mocks/ports/README.md "Logs"
 */
export declare function logContract(store: () => Store): void;
