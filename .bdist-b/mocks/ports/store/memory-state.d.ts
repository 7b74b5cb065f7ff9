/**
 * The state of one sandbox in the memory adapter (its base, overlay, logs and lock), how
 * collections and logs are found in it, and how a unit of writes commits or rolls back.
 *
 * @see mocks/ports/README.md "Memory adapter"
 */
import type { ResolvedCollection, ResolvedLog } from './definitions.js';
import type { CollectionView, Layer, UndoRecord } from './memory-layer.js';
import type { LogState, LogUndo } from './memory-log.js';
import type { Mutex } from './mutex.js';
/**
 * A registered base: an immutable layer shared by the sandboxes that read through it.
 * @see mocks/ports/README.md "Bases"
 */
export interface BaseState {
    readonly name: string;
    readonly layer: Layer;
    readonly documents: number;
    /** Sandboxes reading through this base. */
    users: number;
}
/**
 * One sandbox. Reset swaps `overlay` and `logs`; delete sets `deleted`.
 * @see mocks/ports/README.md "Memory adapter"
 */
export interface SandboxState {
    readonly id: string;
    readonly mutex: Mutex;
    base: BaseState | undefined;
    overlay: Layer;
    logs: Map<string, LogState>;
    deleted: boolean;
    /** The write context of plain operations (one runs at a time, under the lock). */
    readonly writes: WriteContext;
}
/**
 * The undo records of one unit of writes (one operation, or one transaction).
 * @see mocks/ports/README.md "Transactions"
 */
export interface WriteContext {
    readonly undo: UndoRecord[];
    readonly logUndo: LogUndo[];
}
/**
 * A fresh unit of writes.
 * @see mocks/ports/README.md "Transactions"
 */
export declare function createWriteContext(): WriteContext;
/**
 * Commits a unit of writes: the writes are already in place, so only log retention runs; the
 * context is emptied for the next unit.
 * @see mocks/ports/README.md "Logs"
 */
export declare function commitWrites(context: WriteContext): void;
/**
 * Rolls a unit of writes back, newest first, and empties the context.
 * @see mocks/ports/README.md "Transactions"
 */
export declare function abortWrites(context: WriteContext): void;
/**
 * The collection `name` as the sandbox sees it, registering it in the overlay on first use
 * with the base's definition when the base has the collection.
 * @see mocks/ports/README.md "Definitions"
 */
export declare function viewOf(state: SandboxState, name: string, definition: ResolvedCollection): CollectionView;
/**
 * The log `name` of the sandbox, created on first use. A log opened without a definition
 * takes the retention of the first explicit definition.
 * @see mocks/ports/README.md "Logs"
 */
export declare function logOf(state: SandboxState, name: string, definition: ResolvedLog, explicit: boolean): LogState;
