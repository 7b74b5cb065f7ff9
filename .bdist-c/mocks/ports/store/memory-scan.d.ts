/**
 * Read paths of the memory adapter's collections: ordered scans that merge the overlay over
 * the base (skipping base entries the overlay shadows), by id, under one index key, or over a
 * whole index.
 *
 * @see mocks/ports/README.md "Memory adapter"
 */
import type { ListQuery } from './collection.js';
import type { CursorPosition } from './cursor.js';
import type { CollectionView } from './memory-layer.js';
/**
 * A document other than `id` under `key` in a unique index (no generators: a hot path).
 * @see mocks/ports/README.md "Memory adapter"
 */
export declare function holderOf(view: CollectionView, index: string, key: string, id: string): string | undefined;
/**
 * Positions after `after` in the order the query asks for.
 * @see mocks/ports/README.md "Pagination"
 */
export declare function positions(view: CollectionView, query: ListQuery<unknown, string>, after: CursorPosition | undefined): Iterable<CursorPosition>;
/**
 * Every id under `key`, in order, overlay over base, as an array (what `findBy` reads: no
 * generators, as in {@link holderOf}).
 * @see mocks/ports/README.md "Memory adapter"
 */
export declare function allIdsUnder(view: CollectionView, index: string, key: string): string[];
