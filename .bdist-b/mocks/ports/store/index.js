export { decodeCursor, encodeCursor } from './cursor.js';
export { deepFreeze } from './deep-freeze.js';
export { createMemoryStore } from './memory-store.js';
export { DefinitionMismatchError, TransactionScopeError, UnknownIndexError, UnknownSandboxError, } from './store-errors.js';
