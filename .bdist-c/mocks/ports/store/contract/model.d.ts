import type { Store } from '../store.js';
/**
 * Registers the model-based property.
 * @see mocks/ports/README.md "Store"
 */
export declare function modelContract(store: () => Store): void;
