/**
 * The synchronous collection engine of the memory adapter: reads merge the overlay over the
 * base, writes go to the overlay and record how to undo them. The asynchronous handles in
 * `memory-sandbox.ts` run these functions under the sandbox's lock.
 *
 * @see mocks/ports/README.md "Memory adapter"
 */
import type { Result } from '../../../contracts/result.js';
import { err, ok } from '../../../contracts/result.js';
import type { ListQuery, Page, UpdateOptions, Versioned } from './collection.js';
import type { CursorPosition } from './cursor.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { deepFreeze } from './deep-freeze.js';
import { indexOf } from './definitions.js';
import type { CollectionView, IndexPair, UndoRecord } from './memory-layer.js';
import { entryOf, pairOf, rollback, setEntry, splitPair } from './memory-layer.js';
import { compareStrings } from './sorted-list.js';
import type {
  InsertError,
  InvalidCursorError,
  UniqueViolationError,
  UpdateError,
} from './store-errors.js';

const MAX_LIMIT = 10_000;

/**
 * The live document with this id, with its version.
 * @see mocks/ports/README.md "Versions"
 */
export function readVersioned(view: CollectionView, id: string): Versioned<unknown> | undefined {
  const entry = entryOf(view, id);
  return entry?.doc === undefined ? undefined : { doc: entry.doc, version: entry.version };
}

/**
 * The documents under `key` in `index`, ordered by id.
 * @see mocks/ports/README.md "Definitions"
 */
export function findDocs(view: CollectionView, index: string, key: string): unknown[] {
  indexOf(view.name, view.top.definition, index);
  return [...idsUnder(view, index, key)].map((id) => entryOf(view, id)?.doc);
}

/**
 * Number of live documents: the base's, less those the overlay shadows, plus the overlay's.
 * @see mocks/ports/README.md "Memory adapter"
 */
export function countDocs(view: CollectionView): number {
  return (view.base?.live ?? 0) - view.top.shadowed + view.top.live;
}

/**
 * One page of a listing (see `ListQuery` for the three orders).
 * @see mocks/ports/README.md "Pagination"
 */
export function listDocs(
  view: CollectionView,
  query: ListQuery<unknown, string>,
): Result<Page<unknown>, InvalidCursorError> {
  if (!Number.isSafeInteger(query.limit) || query.limit < 1 || query.limit > MAX_LIMIT) {
    throw new RangeError(`list limit must be an integer from 1 to ${MAX_LIMIT}`);
  }
  if (query.index !== undefined) indexOf(view.name, view.top.definition, query.index);
  if (query.key !== undefined && query.index === undefined) {
    throw new RangeError('list with a key needs an index');
  }
  const cursorQuery = { index: query.index, key: query.key };
  let after: CursorPosition | undefined;
  if (query.cursor !== undefined) {
    const decoded = decodeCursor(query.cursor, cursorQuery);
    if (!decoded.ok) return decoded;
    after = decoded.value;
  }
  const items: unknown[] = [];
  let last: CursorPosition | undefined;
  for (const position of positions(view, query, after)) {
    const doc = entryOf(view, position.id)?.doc;
    if (query.filter && !query.filter(doc)) continue;
    if (items.length === query.limit) {
      return ok({ items, nextCursor: last ? encodeCursor(cursorQuery, last) : null });
    }
    items.push(doc);
    last = position;
  }
  return ok({ items, nextCursor: null });
}

/**
 * Adds a document that must be new.
 * @see mocks/ports/README.md "Store"
 */
export function insertDoc(
  view: CollectionView,
  doc: unknown,
  undo: UndoRecord[],
): Result<Versioned<unknown>, InsertError> {
  const id = view.top.definition.idOf(doc);
  if (entryOf(view, id)?.doc !== undefined) {
    return err({
      code: 'DUPLICATE_ID',
      collection: view.name,
      id,
      detail: `a document with this id already exists in ${view.name}`,
    });
  }
  const violation = uniqueViolation(view, id, doc);
  return violation ? err(violation) : ok(write(view, id, doc, undo));
}

/**
 * Adds every document or none.
 * @see mocks/ports/README.md "Store"
 */
export function insertManyDocs(
  view: CollectionView,
  docs: Iterable<unknown>,
  undo: UndoRecord[],
): Result<number, InsertError> {
  const savepoint = undo.length;
  let count = 0;
  try {
    for (const doc of docs) {
      const inserted = insertDoc(view, doc, undo);
      if (!inserted.ok) {
        rollback(undo, savepoint);
        return inserted;
      }
      count += 1;
    }
  } catch (error) {
    rollback(undo, savepoint);
    throw error;
  }
  return ok(count);
}

/**
 * Writes a document whether or not it exists.
 * @see mocks/ports/README.md "Store"
 */
export function putDoc(
  view: CollectionView,
  doc: unknown,
  undo: UndoRecord[],
): Result<Versioned<unknown>, UniqueViolationError> {
  const id = view.top.definition.idOf(doc);
  const violation = uniqueViolation(view, id, doc);
  return violation ? err(violation) : ok(write(view, id, doc, undo));
}

/**
 * Replaces a live document by `change(current)`, optionally checking its version first.
 * @see mocks/ports/README.md "Versions"
 */
export function updateDoc(
  view: CollectionView,
  id: string,
  change: (doc: unknown) => unknown,
  options: UpdateOptions,
  undo: UndoRecord[],
): Result<Versioned<unknown>, UpdateError> {
  const current = readVersioned(view, id);
  const collection = view.name;
  if (!current) {
    return err({ code: 'NOT_FOUND', collection, id, detail: `no such document in ${collection}` });
  }
  const expected = options.expectedVersion;
  if (expected !== undefined && expected !== current.version) {
    const detail = `the document in ${collection} changed since version ${expected}`;
    return err({
      code: 'VERSION_CONFLICT',
      collection,
      id,
      expected,
      actual: current.version,
      detail,
    });
  }
  const next = change(current.doc);
  if (view.top.definition.idOf(next) !== id) throw new TypeError('update must keep the id');
  const violation = uniqueViolation(view, id, next);
  return violation ? err(violation) : ok(write(view, id, next, undo));
}

/**
 * Deletes a live document, leaving a tombstone that keeps its version.
 * @see mocks/ports/README.md "Versions"
 */
export function deleteDoc(view: CollectionView, id: string, undo: UndoRecord[]): boolean {
  const current = entryOf(view, id);
  if (current?.doc === undefined) return false;
  undo.push({ view, id, previous: view.top.entries.get(id) });
  setEntry(view, id, { doc: undefined, version: current.version + 1 });
  return true;
}

function write(
  view: CollectionView,
  id: string,
  doc: unknown,
  undo: UndoRecord[],
): Versioned<unknown> {
  // Compute every index key before touching anything, so a throwing index function leaves
  // the collection as it was.
  for (const index of view.top.definition.indexes.values()) index.keysOf(doc);
  const version = (entryOf(view, id)?.version ?? 0) + 1;
  undo.push({ view, id, previous: view.top.entries.get(id) });
  setEntry(view, id, { doc: deepFreeze(doc), version });
  return { doc, version };
}

function uniqueViolation(
  view: CollectionView,
  id: string,
  doc: unknown,
): UniqueViolationError | undefined {
  for (const index of view.top.definition.indexes.values()) {
    if (!index.unique) continue;
    for (const key of index.keysOf(doc)) {
      const holder = holderOf(view, index.name, key, id);
      if (holder === undefined) continue;
      const detail = `another document in ${view.name} has the same ${index.name} key`;
      const collection = view.name;
      return { code: 'UNIQUE_VIOLATION', collection, index: index.name, key, id: holder, detail };
    }
  }
  return undefined;
}

/** A document other than `id` under `key` in a unique index (without generators: hot path). */
function holderOf(view: CollectionView, index: string, key: string, id: string): string | undefined {
  const prefix = pairOf(key, '');
  const layers = [
    { pairs: view.top.indexes.get(index), shadow: undefined },
    { pairs: view.base?.indexes.get(index), shadow: view.top.entries },
  ];
  for (const { pairs, shadow } of layers) {
    let pair = pairs?.ceiling(prefix);
    while (pair !== undefined && pair.startsWith(prefix)) {
      const holder = pair.slice(prefix.length);
      if (holder !== id && !shadow?.has(holder)) return holder;
      pair = pairs?.ceiling(pair, true);
    }
  }
  return undefined;
}

/** Positions after `after` in the order the query asks for. */
function positions(
  view: CollectionView,
  query: ListQuery<unknown, string>,
  after: CursorPosition | undefined,
): Iterable<CursorPosition> {
  const { index, key } = query;
  if (index === undefined) return mapIter(ids(view, after?.id), (id) => ({ id }));
  if (key !== undefined) return mapIter(idsUnder(view, index, key, after?.id), (id) => ({ id }));
  const from = after ? pairOf(after.key ?? '', after.id) : undefined;
  return mapIter(pairs(view, index, from), splitPair);
}

/** Live ids above `after`, in order, overlay over base. */
function ids(view: CollectionView, after?: string): Generator<string, void, undefined> {
  const shadow = view.top.entries;
  const base = view.base?.ids.from(after, true);
  const visible = base ? filterIter(base, (id) => !shadow.has(id)) : empty<string>();
  return merge(visible, view.top.ids.from(after, true), compareStrings);
}

/** Ids under `key` above `after`, in order, overlay over base. */
function* idsUnder(
  view: CollectionView,
  index: string,
  key: string,
  after = '',
): Generator<string, void, undefined> {
  const prefix = pairOf(key, '');
  for (const pair of pairs(view, index, pairOf(key, after))) {
    if (!pair.startsWith(prefix)) return;
    yield pair.slice(prefix.length);
  }
}

/** Index pairs above `from`, in order, overlay over base. */
function pairs(
  view: CollectionView,
  index: string,
  from: IndexPair | undefined,
): Generator<IndexPair, void, undefined> {
  const shadow = view.top.entries;
  const base = view.base?.indexes.get(index)?.from(from, true);
  const visible = base ? filterIter(base, (pair) => !shadow.has(splitPair(pair).id)) : empty();
  const top = view.top.indexes.get(index)?.from(from, true) ?? empty<IndexPair>();
  return merge(visible, top, compareStrings);
}

function* merge<T>(
  a: Iterator<T>,
  b: Iterator<T>,
  compare: (x: T, y: T) => number,
): Generator<T, void, undefined> {
  let x = a.next();
  let y = b.next();
  while (!x.done || !y.done) {
    if (!x.done && (y.done || compare(x.value, y.value) <= 0)) {
      yield x.value;
      x = a.next();
    } else if (!y.done) {
      yield y.value;
      y = b.next();
    }
  }
}

function* filterIter<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T> {
  for (const item of items) if (keep(item)) yield item;
}

function* mapIter<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

function* empty<T>(): Generator<T, void, undefined> {
  // nothing to yield
}
