/**
 * The Store port (per-sandbox state: collections with indexes, transactions, append-only
 * logs, sandboxes over shared bases), its memory adapter and the contract every adapter passes.
 *
 * @see ../shared/DESIGN.md §3
 * @see mocks/ports/README.md
 */
export type { Collection, CollectionDefinition, IndexKey, IndexSpec, ListQuery, Page, UpdateOptions, Versioned, } from './collection.js';
export type { CursorPosition, CursorQuery } from './cursor.js';
export { decodeCursor, encodeCursor } from './cursor.js';
export { deepFreeze } from './deep-freeze.js';
export type { LogDefinition, Log, LogInfo, LogPage, LogReadOptions, LogRecord, RetentionPolicy, } from './log.js';
export { createMemoryStore } from './memory-store.js';
export type { BaseBuilder, BaseInfo, CreateSandboxOptions, ResetSandboxOptions, SandboxInfo, SandboxStore, Store, StoreScope, } from './store.js';
export type { DuplicateIdError, InsertError, InvalidCursorError, NotFoundError, SandboxAdminError, UniqueViolationError, UpdateError, VersionConflictError, } from './store-errors.js';
export { DefinitionMismatchError, TransactionScopeError, UnknownIndexError, UnknownSandboxError, } from './store-errors.js';
