/**
 * The data structures of the memory adapter. A layer holds, per collection, the entries it
 * wrote (documents or tombstones, with versions), the ordered ids of its live documents and an
 * ordered list of (key, id) pairs per index. A sandbox reads through two layers: the immutable
 * base (shared) and its own overlay. An overlay entry, live or tombstone, shadows the base
 * entry with the same id, in the id order and in every index.
 *
 * @see mocks/ports/README.md "Memory adapter"
 */
import type { ResolvedCollection } from './definitions.js';
import { SortedList } from './sorted-list.js';
/**
 * A written id: its document, or `undefined` for a tombstone (deleted, version kept).
 * @see mocks/ports/README.md "Versions"
 */
export interface Entry {
    readonly doc: unknown;
    readonly version: number;
}
/**
 * An index entry: the key and the id joined by U+0000 (which neither may contain), so that
 * plain string order is (key, id) order and comparisons stay native and fast.
 * @see mocks/ports/README.md "Ordering"
 */
export type IndexPair = string;
/**
 * One collection in one layer.
 * @see mocks/ports/README.md "Memory adapter"
 */
export interface LayerCollection {
    readonly definition: ResolvedCollection;
    readonly entries: Map<string, Entry>;
    readonly ids: SortedList<string>;
    readonly indexes: ReadonlyMap<string, SortedList<IndexPair>>;
    /** Live documents in this layer. */
    live: number;
    /** Entries of this (overlay) layer whose id is live in the base below. */
    shadowed: number;
}
/**
 * A set of collections; the base of a sandbox or its overlay.
 * @see mocks/ports/README.md "Memory adapter"
 */
export interface Layer {
    readonly collections: Map<string, LayerCollection>;
}
/**
 * A collection as a sandbox sees it: its overlay over the base's collection, if any.
 * @see mocks/ports/README.md "Memory adapter"
 */
export interface CollectionView {
    readonly name: string;
    readonly base: LayerCollection | undefined;
    readonly top: LayerCollection;
}
/**
 * How to undo one write: put the overlay entry of `id` back as it was (`undefined`: absent).
 * @see mocks/ports/README.md "Transactions"
 */
export interface UndoRecord {
    readonly view: CollectionView;
    readonly id: string;
    readonly previous: Entry | undefined;
}
/**
 * The index pair of `key` and `id`; `pairOf(key, '')` sorts before every pair under `key`.
 * @see mocks/ports/README.md "Ordering"
 */
export declare function pairOf(key: string, id: string): IndexPair;
/**
 * The id of an index pair.
 * @see mocks/ports/README.md "Ordering"
 */
export declare function idOfPair(pair: IndexPair): string;
/**
 * Splits an index pair into its key and id.
 * @see mocks/ports/README.md "Ordering"
 */
export declare function splitPair(pair: IndexPair): {
    readonly key: string;
    readonly id: string;
};
/**
 * An empty layer.
 * @see mocks/ports/README.md "Memory adapter"
 */
export declare function createLayer(): Layer;
/**
 * An empty collection for a layer.
 * @see mocks/ports/README.md "Memory adapter"
 */
export declare function createLayerCollection(definition: ResolvedCollection): LayerCollection;
/**
 * True when the base holds a live document with this id.
 * @see mocks/ports/README.md "Memory adapter"
 */
export declare function isLiveInBase(view: CollectionView, id: string): boolean;
/**
 * The entry a sandbox sees for `id`: the overlay's (even a tombstone), else the base's.
 * @see mocks/ports/README.md "Memory adapter"
 */
export declare function entryOf(view: CollectionView, id: string): Entry | undefined;
/**
 * Sets the overlay entry of `id` (`undefined` removes it, so the base shows through again)
 * and keeps the id list, the indexes and the counters in step. Index keys are recomputed from
 * the frozen documents, so index functions must be pure.
 * @see mocks/ports/README.md "Memory adapter"
 */
export declare function setEntry(view: CollectionView, id: string, next: Entry | undefined): void;
/**
 * Recounts the overlay entries that shadow live base documents, after the base changed.
 * @see mocks/ports/README.md "Bases"
 */
export declare function recountShadowed(view: CollectionView): void;
/**
 * Replays undo records newest first, down to `savepoint` (an index into `undo`).
 * @see mocks/ports/README.md "Transactions"
 */
export declare function rollback(undo: UndoRecord[], savepoint?: number): void;
