/**
 * Collection and log definitions, checked and normalised once when a handle is opened, for
 * every adapter: index specs become `{ keysOf, unique }`, and a signature (index names and
 * uniqueness, retention limits) lets a store detect a conflicting re-definition, since
 * functions cannot be compared.
 *
 * @see mocks/ports/README.md "Definitions"
 */
import type { CollectionDefinition } from './collection.js';
import type { LogDefinition } from './log.js';
/**
 * A normalised index: its keys for a document (deduplicated) and whether keys are unique.
 * @see mocks/ports/README.md "Definitions"
 */
export interface ResolvedIndex {
    readonly name: string;
    readonly unique: boolean;
    readonly keysOf: (doc: unknown) => readonly string[];
}
/**
 * A normalised collection definition.
 * @see mocks/ports/README.md "Definitions"
 */
export interface ResolvedCollection {
    readonly idOf: (doc: unknown) => string;
    readonly indexes: ReadonlyMap<string, ResolvedIndex>;
    readonly signature: string;
}
/**
 * A normalised log definition.
 * @see mocks/ports/README.md "Logs"
 */
export interface ResolvedLog {
    readonly maxEntries: number | undefined;
    readonly maxAgeMs: number | undefined;
    readonly timestampOf: ((entry: unknown) => number) | undefined;
    readonly signature: string;
}
/**
 * Normalises a collection definition (cached per definition object).
 * @see mocks/ports/README.md "Definitions"
 */
export declare function resolveCollection<T, I extends string>(definition: CollectionDefinition<T, I>): ResolvedCollection;
/**
 * Throws `DefinitionMismatchError` unless a collection is reopened with an equal signature.
 * @see mocks/ports/README.md "Definitions"
 */
export declare function assertSameCollection(name: string, registered: ResolvedCollection, opened: ResolvedCollection): void;
/**
 * The declared index `index`; throws `UnknownIndexError` when it is not declared, or is not
 * unique and `unique` is required.
 * @see mocks/ports/README.md "Definitions"
 */
export declare function indexOf(collection: string, definition: ResolvedCollection, index: string, unique?: boolean): ResolvedIndex;
/**
 * Normalises a log definition; throws `DefinitionMismatchError` for limits out of range.
 * @see mocks/ports/README.md "Logs"
 */
export declare function resolveLog<T>(name: string, definition?: LogDefinition<T>): ResolvedLog;
/**
 * Throws `DefinitionMismatchError` unless a log is reopened with the same limits.
 * @see mocks/ports/README.md "Definitions"
 */
export declare function assertSameLog(name: string, registered: ResolvedLog, opened: ResolvedLog): void;
