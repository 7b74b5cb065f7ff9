/**
 * The synchronous collection engine of the memory adapter: reads merge the overlay over the
 * base, writes go to the overlay and record how to undo them. The asynchronous handles in
 * `memory-sandbox.ts` run these functions under the sandbox's lock.
 *
 * @see mocks/ports/README.md "Memory adapter"
 */
import type { Result } from '../../../contracts/result.js';
import type { ListQuery, Page, UpdateOptions, Versioned } from './collection.js';
import type { CollectionView, UndoRecord } from './memory-layer.js';
import type { InsertError, InvalidCursorError, UniqueViolationError, UpdateError } from './store-errors.js';
/**
 * The live document with this id, with its version.
 * @see mocks/ports/README.md "Versions"
 */
export declare function readVersioned(view: CollectionView, id: string): Versioned<unknown> | undefined;
/**
 * The documents under `key` in `index`, ordered by id.
 * @see mocks/ports/README.md "Definitions"
 */
export declare function findDocs(view: CollectionView, index: string, key: string): unknown[];
/**
 * Number of live documents: the base's, less those the overlay shadows, plus the overlay's.
 * @see mocks/ports/README.md "Memory adapter"
 */
export declare function countDocs(view: CollectionView): number;
/**
 * One page of a listing (see `ListQuery` for the three orders).
 * @see mocks/ports/README.md "Pagination"
 */
export declare function listDocs(view: CollectionView, query: ListQuery<unknown, string>): Result<Page<unknown>, InvalidCursorError>;
/**
 * Adds a document that must be new.
 * @see mocks/ports/README.md "Store"
 */
export declare function insertDoc(view: CollectionView, doc: unknown, undo: UndoRecord[]): Result<Versioned<unknown>, InsertError>;
/**
 * Adds every document or none.
 * @see mocks/ports/README.md "Store"
 */
export declare function insertManyDocs(view: CollectionView, docs: Iterable<unknown>, undo: UndoRecord[]): Result<number, InsertError>;
/**
 * Writes a document whether or not it exists.
 * @see mocks/ports/README.md "Store"
 */
export declare function putDoc(view: CollectionView, doc: unknown, undo: UndoRecord[]): Result<Versioned<unknown>, UniqueViolationError>;
/**
 * Replaces a live document by `change(current)`, optionally checking its version first.
 * @see mocks/ports/README.md "Versions"
 */
export declare function updateDoc(view: CollectionView, id: string, change: (doc: unknown) => unknown, options: UpdateOptions, undo: UndoRecord[]): Result<Versioned<unknown>, UpdateError>;
/**
 * Deletes a live document, leaving a tombstone that keeps its version.
 * @see mocks/ports/README.md "Versions"
 */
export declare function deleteDoc(view: CollectionView, id: string, undo: UndoRecord[]): boolean;
