/**
 * The collection part of the Store port: documents keyed by a string id, with declared
 * secondary indexes maintained on every write.
 *
 * Documents are JSON values (plain objects, arrays, strings, finite numbers, booleans, null),
 * so that every adapter can store them. The store owns what it is given: a written document is
 * deep-frozen in place with `Object.freeze`, and reads hand out frozen documents, never store
 * state that could be mutated. Build a changed copy instead (`{ ...doc, field }`).
 *
 * @see mocks/ports/README.md "Store"
 */
import type { Result } from '../../../contracts/result.js';
import type { InsertError, InvalidCursorError, UniqueViolationError, UpdateError } from './store-errors.js';
/**
 * What an index function returns for a document: one key, several keys (the document is found
 * under each), or `undefined` (the document is not in the index).
 * @see mocks/ports/README.md "Definitions"
 */
export type IndexKey = string | readonly string[] | undefined;
/**
 * A secondary index: a pure function of the document, or that function with `unique: true`
 * (no two documents may share a key).
 * @see mocks/ports/README.md "Definitions"
 */
export type IndexSpec<T> = ((doc: T) => IndexKey) | {
    readonly key: (doc: T) => IndexKey;
    readonly unique?: boolean;
};
/**
 * How a collection identifies and indexes its documents. Declare it once, as a module
 * constant; a collection keeps the definition it was first opened with (per base or sandbox)
 * and rejects a later one with other index names or uniqueness.
 * @see mocks/ports/README.md "Definitions"
 */
export interface CollectionDefinition<T, I extends string = never> {
    readonly idOf: (doc: T) => string;
    readonly indexes?: {
        readonly [K in I]: IndexSpec<T>;
    };
}
/**
 * A document with its version: 1 when first written, plus one on every write. A deleted id
 * keeps counting, so a re-inserted document never reuses an old version.
 * @see mocks/ports/README.md "Versions"
 */
export interface Versioned<T> {
    readonly doc: T;
    readonly version: number;
}
/**
 * One page of a listing. Without `index` the order is by id; with `index` and `key`, the
 * documents under that key by id; with `index` alone, every index entry by key then id (a
 * document with several keys appears once per key; one without a key does not appear).
 * `filter` is applied while scanning; `limit` counts the documents that pass it.
 * @see mocks/ports/README.md "Pagination"
 */
export interface ListQuery<T, I extends string> {
    readonly limit: number;
    readonly cursor?: string;
    readonly index?: I;
    readonly key?: string;
    readonly filter?: (doc: T) => boolean;
}
/**
 * A page: the documents and the cursor of the next page (`null` on the last page). Cursors are
 * opaque, stable positions ("after this entry"), so documents inserted between two requests
 * show up on a later page when they sort after the position, and nothing is repeated.
 * @see mocks/ports/README.md "Pagination"
 */
export interface Page<T> {
    readonly items: readonly T[];
    readonly nextCursor: string | null;
}
/**
 * Options of `update`: with `expectedVersion`, the update fails with `VERSION_CONFLICT` unless
 * the stored version matches (optimistic concurrency across awaits).
 * @see mocks/ports/README.md "Versions"
 */
export interface UpdateOptions {
    readonly expectedVersion?: number;
}
/**
 * Documents of one collection in one sandbox (or in one transaction on it). Every method is
 * asynchronous so that a database adapter can implement the same port.
 * @see mocks/ports/README.md "Store"
 */
export interface Collection<T, I extends string = never> {
    /** The document with this id. */
    get(id: string): Promise<T | undefined>;
    /** The document with this id and its version. */
    getVersioned(id: string): Promise<Versioned<T> | undefined>;
    /** The documents with these ids, aligned with `ids` (`undefined` where missing). */
    getMany(ids: readonly string[]): Promise<readonly (T | undefined)[]>;
    /** The documents under `key` in `index`, ordered by id. */
    findBy(index: I, key: string): Promise<readonly T[]>;
    /** The document under `key` in the unique `index`. */
    findOneBy(index: I, key: string): Promise<T | undefined>;
    /** One page of documents; an error only for a cursor that is malformed or from another query. */
    list(query: ListQuery<T, I>): Promise<Result<Page<T>, InvalidCursorError>>;
    /** Number of documents. */
    count(): Promise<number>;
    /** Adds a new document; fails on an existing id or a unique-index key already taken. */
    insert(doc: T): Promise<Result<Versioned<T>, InsertError>>;
    /** Adds all the documents or none (the first failure is returned). For seeding. */
    insertMany(docs: Iterable<T>): Promise<Result<number, InsertError>>;
    /** Writes the document whether or not its id exists (upsert). */
    put(doc: T): Promise<Result<Versioned<T>, UniqueViolationError>>;
    /** Replaces the document by `change(current)`; the change must keep the id. */
    update(id: string, change: (doc: T) => T, options?: UpdateOptions): Promise<Result<Versioned<T>, UpdateError>>;
    /** Removes the document; false when there was none. */
    delete(id: string): Promise<boolean>;
}
