import type { Collection, CollectionDefinition } from './collection.js';
import type { Log, LogDefinition } from './log.js';
import type { SandboxState, WriteContext } from './memory-state.js';
import type { StoreScope } from './store.js';
/**
 * Runs one synchronous unit of work on a sandbox's state with the right isolation.
 * @see mocks/ports/README.md "Transactions"
 */
export interface Access {
    run<R>(work: (state: SandboxState, context: WriteContext) => R): Promise<R>;
}
/**
 * A scope that opens collections and logs through `access`.
 * @see mocks/ports/README.md "Store"
 */
export declare function createScope(access: Access): StoreScope;
/**
 * A collection handle. Documents cross the port as `unknown` inside and as `T` outside.
 * @see mocks/ports/README.md "Store"
 */
export declare function openCollection<T, I extends string>(name: string, definition: CollectionDefinition<T, I>, access: Access): Collection<T, I>;
/**
 * A log handle.
 * @see mocks/ports/README.md "Logs"
 */
export declare function openLog<T>(name: string, definition: LogDefinition<T> | undefined, access: Access): Log<T>;
