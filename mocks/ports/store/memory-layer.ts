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
import { SortedList, compareStrings } from './sorted-list.js';

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

const SEPARATOR = '\u0000';

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
export function pairOf(key: string, id: string): IndexPair {
  return key + SEPARATOR + id;
}

/**
 * The id of an index pair.
 * @see mocks/ports/README.md "Ordering"
 */
export function idOfPair(pair: IndexPair): string {
  return pair.slice(pair.indexOf(SEPARATOR) + 1);
}

/**
 * Splits an index pair into its key and id.
 * @see mocks/ports/README.md "Ordering"
 */
export function splitPair(pair: IndexPair): { readonly key: string; readonly id: string } {
  const at = pair.indexOf(SEPARATOR);
  return { key: pair.slice(0, at), id: pair.slice(at + 1) };
}

/**
 * An empty layer.
 * @see mocks/ports/README.md "Memory adapter"
 */
export function createLayer(): Layer {
  return { collections: new Map() };
}

/**
 * An empty collection for a layer.
 * @see mocks/ports/README.md "Memory adapter"
 */
export function createLayerCollection(definition: ResolvedCollection): LayerCollection {
  const indexes = new Map<string, SortedList<IndexPair>>();
  for (const name of definition.indexes.keys()) indexes.set(name, new SortedList(compareStrings));
  return {
    definition,
    entries: new Map(),
    ids: new SortedList(compareStrings),
    indexes,
    live: 0,
    shadowed: 0,
  };
}

/**
 * True when the base holds a live document with this id.
 * @see mocks/ports/README.md "Memory adapter"
 */
export function isLiveInBase(view: CollectionView, id: string): boolean {
  return view.base?.entries.get(id)?.doc !== undefined;
}

/**
 * The entry a sandbox sees for `id`: the overlay's (even a tombstone), else the base's.
 * @see mocks/ports/README.md "Memory adapter"
 */
export function entryOf(view: CollectionView, id: string): Entry | undefined {
  return view.top.entries.get(id) ?? view.base?.entries.get(id);
}

/**
 * Sets the overlay entry of `id` (`undefined` removes it, so the base shows through again)
 * and keeps the id list, the indexes and the counters in step. Index keys are recomputed from
 * the frozen documents, so index functions must be pure.
 * @see mocks/ports/README.md "Memory adapter"
 */
export function setEntry(view: CollectionView, id: string, next: Entry | undefined): void {
  const top = view.top;
  const previous = top.entries.get(id);
  if (previous?.doc !== undefined) unindex(top, id, previous.doc);
  if (next === undefined) top.entries.delete(id);
  else top.entries.set(id, next);
  if (next?.doc !== undefined) index(top, id, next.doc);
  if ((previous === undefined) !== (next === undefined) && isLiveInBase(view, id)) {
    top.shadowed += next === undefined ? -1 : 1;
  }
}

/**
 * Recounts the overlay entries that shadow live base documents, after the base changed.
 * @see mocks/ports/README.md "Bases"
 */
export function recountShadowed(view: CollectionView): void {
  let shadowed = 0;
  for (const id of view.top.entries.keys()) if (isLiveInBase(view, id)) shadowed += 1;
  view.top.shadowed = shadowed;
}

/**
 * Replays undo records newest first, down to `savepoint` (an index into `undo`).
 * @see mocks/ports/README.md "Transactions"
 */
export function rollback(undo: UndoRecord[], savepoint = 0): void {
  for (let i = undo.length - 1; i >= savepoint; i -= 1) {
    const record = undo[i];
    if (record) setEntry(record.view, record.id, record.previous);
  }
  undo.length = savepoint;
}

function index(collection: LayerCollection, id: string, doc: unknown): void {
  collection.ids.add(id);
  collection.live += 1;
  for (const [name, pairs] of collection.indexes) {
    for (const key of keysOf(collection, name, doc)) pairs.add(pairOf(key, id));
  }
}

function unindex(collection: LayerCollection, id: string, doc: unknown): void {
  collection.ids.delete(id);
  collection.live -= 1;
  for (const [name, pairs] of collection.indexes) {
    for (const key of keysOf(collection, name, doc)) pairs.delete(pairOf(key, id));
  }
}

function keysOf(collection: LayerCollection, index: string, doc: unknown): readonly string[] {
  return collection.definition.indexes.get(index)?.keysOf(doc) ?? [];
}
