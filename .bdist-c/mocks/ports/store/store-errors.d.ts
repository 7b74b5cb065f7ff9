/**
 * Failures of the Store port. Expected failures are values (`Result` errors with a stable
 * `code`); misuse of the port is a bug and throws one of the classes below.
 *
 * Error values carry ids and index keys so the caller can map them to a problem, but their
 * `detail` never does: an id or key may be a personal identification number.
 *
 * @see STYLE.md rule 6 (expected failures are returned, bugs are thrown)
 * @see ../shared/domain/SECURITY.md (no ID number in a message)
 */
/**
 * `insert` found a document with the same id.
 * @see mocks/ports/README.md "Store"
 */
export interface DuplicateIdError {
    readonly code: 'DUPLICATE_ID';
    readonly collection: string;
    readonly id: string;
    readonly detail: string;
}
/**
 * A write would give two documents the same key in a unique index; `id` is the holder.
 * @see mocks/ports/README.md "Store"
 */
export interface UniqueViolationError {
    readonly code: 'UNIQUE_VIOLATION';
    readonly collection: string;
    readonly index: string;
    readonly key: string;
    readonly id: string;
    readonly detail: string;
}
/**
 * `update` found no document with that id.
 * @see mocks/ports/README.md "Store"
 */
export interface NotFoundError {
    readonly code: 'NOT_FOUND';
    readonly collection: string;
    readonly id: string;
    readonly detail: string;
}
/**
 * `update` was given an `expectedVersion` that is not the stored version (optimistic locking).
 * @see mocks/ports/README.md "Versions"
 */
export interface VersionConflictError {
    readonly code: 'VERSION_CONFLICT';
    readonly collection: string;
    readonly id: string;
    readonly expected: number;
    readonly actual: number;
    readonly detail: string;
}
/**
 * A list cursor is malformed or belongs to another query (cursors come from the wire).
 * @see specs/sandbox.yaml#/components/parameters/ListCursor
 */
export interface InvalidCursorError {
    readonly code: 'INVALID_CURSOR';
    readonly detail: string;
}
/** Failures of `insert`. @see mocks/ports/README.md "Store" */
export type InsertError = DuplicateIdError | UniqueViolationError;
/** Failures of `update`. @see mocks/ports/README.md "Store" */
export type UpdateError = NotFoundError | VersionConflictError | UniqueViolationError;
/**
 * Failures of sandbox and base management (`createSandbox`, `resetSandbox`, `createBase` …).
 * @see specs/sandbox.yaml (sandbox lifecycle)
 */
export interface SandboxAdminError {
    readonly code: 'SANDBOX_EXISTS' | 'SANDBOX_NOT_FOUND' | 'BASE_EXISTS' | 'BASE_NOT_FOUND' | 'BASE_IN_USE';
    readonly name: string;
    readonly detail: string;
}
/**
 * An operation used a sandbox that does not exist (never created, or deleted meanwhile).
 * The gateway checks `hasSandbox` first, so this only escapes on a race with `deleteSandbox`.
 * @see mocks/ports/README.md "Store"
 */
export declare class UnknownSandboxError extends Error {
    readonly name = "UnknownSandboxError";
}
/**
 * A transaction handle or a sandbox was used from the wrong scope: a nested transaction, a
 * non-transactional call on the sandbox inside its own transaction (it would wait for itself),
 * or a transaction handle used after the transaction ended.
 * @see mocks/ports/README.md "Transactions"
 */
export declare class TransactionScopeError extends Error {
    readonly name = "TransactionScopeError";
}
/**
 * A collection or log was opened with a definition that disagrees with the one it was first
 * opened with (index names, uniqueness, retention), or a definition is malformed.
 * @see mocks/ports/README.md "Definitions"
 */
export declare class DefinitionMismatchError extends Error {
    readonly name = "DefinitionMismatchError";
}
/**
 * A query named an index the collection does not declare, or `findOneBy` named a non-unique one.
 * @see mocks/ports/README.md "Definitions"
 */
export declare class UnknownIndexError extends Error {
    readonly name = "UnknownIndexError";
}
