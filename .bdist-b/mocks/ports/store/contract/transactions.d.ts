import type { Store } from '../store.js';
/**
 * Registers the transaction tests.
 * @see mocks/ports/README.md "Transactions"
 */
export declare function transactionContract(store: () => Store): void;
