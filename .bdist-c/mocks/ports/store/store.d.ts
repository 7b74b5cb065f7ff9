/**
 * The Store port: per-sandbox state for the agency mocks, the hub and the gateway.
 *
 * A sandbox reads through two layers: an optional immutable BASE (a seeded population built
 * once with `createBase` and shared by every sandbox created over it) and its own
 * copy-on-write OVERLAY of writes and deletes. Creating, resetting and deleting a sandbox only
 * swaps references, so it costs the same over a base of ten documents or a million.
 *
 * @see ../shared/DESIGN.md §3 ("State lives behind a Store port", "Sandboxes isolate tenants")
 * @see mocks/ports/README.md "Store"
 */
import type { Result } from '../../../contracts/result.js';
import type { Collection, CollectionDefinition } from './collection.js';
import type { Log, LogDefinition } from './log.js';
import type { SandboxAdminError } from './store-errors.js';
/**
 * Opens collections and logs. Implemented by a sandbox and by a transaction on it.
 * @see mocks/ports/README.md "Store"
 */
export interface StoreScope {
    /** The collection `name`, opened with its definition (see `CollectionDefinition`). */
    collection<T, I extends string = never>(name: string, definition: CollectionDefinition<T, I>): Collection<T, I>;
    /** The append-only log `name`. */
    log<T>(name: string, definition?: LogDefinition<T>): Log<T>;
}
/**
 * The state of one sandbox. Every operation is atomic and sees overlay-over-base. Operations
 * on one sandbox are serialised with its transactions; other sandboxes are unaffected.
 * @see mocks/ports/README.md "Transactions"
 */
export interface SandboxStore extends StoreScope {
    readonly id: string;
    /**
     * Runs `work` with exclusive access to the sandbox. Its writes and log appends commit
     * together when it resolves, and roll back when it throws (the error is rethrown) or
     * resolves to an error `Result` (which is returned). Use only `tx` inside `work`.
     */
    transaction<R>(work: (tx: StoreScope) => Promise<R>): Promise<R>;
}
/**
 * What `createBase` gives the seeding function: a scratch scope whose collections become the
 * immutable base when seeding resolves. Logs are not part of a base.
 * @see mocks/ports/README.md "Bases"
 */
export type BaseBuilder = Pick<SandboxStore, 'collection' | 'transaction'>;
/**
 * A registered base: its name and how many documents it holds in all collections.
 * @see mocks/ports/README.md "Bases"
 */
export interface BaseInfo {
    readonly name: string;
    readonly documents: number;
}
/**
 * A sandbox as the store knows it: its id and the base it reads through (`null`: none).
 * @see mocks/ports/README.md "Store"
 */
export interface SandboxInfo {
    readonly id: string;
    readonly base: string | null;
}
/**
 * Options of `createSandbox`: the name of the base to read through (default: none).
 * @see mocks/ports/README.md "Bases"
 */
export interface CreateSandboxOptions {
    readonly base?: string;
}
/**
 * Options of `resetSandbox`. `base` switches to another base (`null`: none; default: keep).
 * `keep` names the collections and logs that survive the reset, e.g. the audit journal, which
 * is never cleared, and fault rules when the caller asks to keep them.
 * @see specs/sandbox.yaml#/paths/~1sandbox~1v1~1sandboxes~1{sandboxId}~1reset
 */
export interface ResetSandboxOptions {
    readonly base?: string | null;
    readonly keep?: {
        readonly collections?: readonly string[];
        readonly logs?: readonly string[];
    };
}
/**
 * Manages sandboxes and the bases they share. Create, reset and delete are O(1) whatever the
 * size of the base. `sandbox(id)` is a cheap handle that resolves the sandbox on each operation;
 * operations on a missing sandbox reject with `UnknownSandboxError`.
 * @see ../shared/DESIGN.md §3
 * @see mocks/ports/README.md "Store"
 */
export interface Store {
    /** Builds an immutable base by running `seed` on a scratch scope. Name reserved while seeding. */
    createBase(name: string, seed: (builder: BaseBuilder) => Promise<void>): Promise<Result<BaseInfo, SandboxAdminError>>;
    /** True when a base with this name is registered (or being seeded). */
    hasBase(name: string): Promise<boolean>;
    /** Unregisters a base; fails with `BASE_IN_USE` while a sandbox reads through it. */
    deleteBase(name: string): Promise<Result<void, SandboxAdminError>>;
    /** Creates an empty sandbox, or one over a base (waits for a base still being seeded). */
    createSandbox(id: string, options?: CreateSandboxOptions): Promise<Result<SandboxInfo, SandboxAdminError>>;
    /** Drops the sandbox's overlay (all its writes and logs, except what `keep` names). */
    resetSandbox(id: string, options?: ResetSandboxOptions): Promise<Result<SandboxInfo, SandboxAdminError>>;
    /** Drops the sandbox and all its state. */
    deleteSandbox(id: string): Promise<Result<void, SandboxAdminError>>;
    /** True when the sandbox exists. */
    hasSandbox(id: string): Promise<boolean>;
    /** Every sandbox, ordered by id. */
    listSandboxes(): Promise<readonly SandboxInfo[]>;
    /** A handle on the sandbox's state; it does not check that the sandbox exists. */
    sandbox(id: string): SandboxStore;
    /** Releases the adapter's resources (connections, timers). */
    close(): Promise<void>;
}
