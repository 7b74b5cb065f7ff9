import type { SandboxState, WriteContext } from './memory-state.js';
import type { SandboxStore } from './store.js';
/**
 * The transaction running in the current async context.
 * @see mocks/ports/README.md "Transactions"
 */
export interface TransactionContext {
    readonly state: SandboxState;
    readonly writes: WriteContext;
    open: boolean;
}
/**
 * A `SandboxStore` whose operations find the sandbox's state with `resolve` each time, so a
 * handle keeps working across resets and fails once the sandbox is deleted.
 * @see mocks/ports/README.md "Store"
 */
export declare function createSandboxHandle(id: string, resolve: () => SandboxState): SandboxStore;
/**
 * Throws when the current async context is inside a transaction on `state`: waiting for the
 * sandbox's lock there would wait forever.
 * @see mocks/ports/README.md "Transactions"
 */
export declare function assertOutsideTransaction(state: SandboxState, what: string): void;
