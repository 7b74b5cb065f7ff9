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
 * An operation used a sandbox that does not exist (never created, or deleted meanwhile).
 * The gateway checks `hasSandbox` first, so this only escapes on a race with `deleteSandbox`.
 * @see mocks/ports/README.md "Store"
 */
export class UnknownSandboxError extends Error {
    name = 'UnknownSandboxError';
}
/**
 * A transaction handle or a sandbox was used from the wrong scope: a nested transaction, a
 * non-transactional call on the sandbox inside its own transaction (it would wait for itself),
 * or a transaction handle used after the transaction ended.
 * @see mocks/ports/README.md "Transactions"
 */
export class TransactionScopeError extends Error {
    name = 'TransactionScopeError';
}
/**
 * A collection or log was opened with a definition that disagrees with the one it was first
 * opened with (index names, uniqueness, retention), or a definition is malformed.
 * @see mocks/ports/README.md "Definitions"
 */
export class DefinitionMismatchError extends Error {
    name = 'DefinitionMismatchError';
}
/**
 * A query named an index the collection does not declare, or `findOneBy` named a non-unique one.
 * @see mocks/ports/README.md "Definitions"
 */
export class UnknownIndexError extends Error {
    name = 'UnknownIndexError';
}
