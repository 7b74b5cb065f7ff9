import { SortedList, compareStrings } from './sorted-list.js';
const SEPARATOR = '\u0000';
/**
 * The index pair of `key` and `id`; `pairOf(key, '')` sorts before every pair under `key`.
 * @see mocks/ports/README.md "Ordering"
 */
export function pairOf(key, id) {
    return key + SEPARATOR + id;
}
/**
 * The id of an index pair.
 * @see mocks/ports/README.md "Ordering"
 */
export function idOfPair(pair) {
    return pair.slice(pair.indexOf(SEPARATOR) + 1);
}
/**
 * Splits an index pair into its key and id.
 * @see mocks/ports/README.md "Ordering"
 */
export function splitPair(pair) {
    const at = pair.indexOf(SEPARATOR);
    return { key: pair.slice(0, at), id: pair.slice(at + 1) };
}
/**
 * An empty layer.
 * @see mocks/ports/README.md "Memory adapter"
 */
export function createLayer() {
    return { collections: new Map() };
}
/**
 * An empty collection for a layer.
 * @see mocks/ports/README.md "Memory adapter"
 */
export function createLayerCollection(definition) {
    const indexes = new Map();
    for (const name of definition.indexes.keys())
        indexes.set(name, new SortedList(compareStrings));
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
export function isLiveInBase(view, id) {
    return view.base?.entries.get(id)?.doc !== undefined;
}
/**
 * The entry a sandbox sees for `id`: the overlay's (even a tombstone), else the base's.
 * @see mocks/ports/README.md "Memory adapter"
 */
export function entryOf(view, id) {
    return view.top.entries.get(id) ?? view.base?.entries.get(id);
}
/**
 * Sets the overlay entry of `id` (`undefined` removes it, so the base shows through again)
 * and keeps the id list, the indexes and the counters in step. Index keys are recomputed from
 * the frozen documents, so index functions must be pure.
 * @see mocks/ports/README.md "Memory adapter"
 */
export function setEntry(view, id, next) {
    const top = view.top;
    const previous = top.entries.get(id);
    if (previous?.doc !== undefined)
        unindex(top, id, previous.doc);
    if (next === undefined)
        top.entries.delete(id);
    else
        top.entries.set(id, next);
    if (next?.doc !== undefined)
        index(top, id, next.doc);
    if ((previous === undefined) !== (next === undefined) && isLiveInBase(view, id)) {
        top.shadowed += next === undefined ? -1 : 1;
    }
}
/**
 * Recounts the overlay entries that shadow live base documents, after the base changed.
 * @see mocks/ports/README.md "Bases"
 */
export function recountShadowed(view) {
    let shadowed = 0;
    for (const id of view.top.entries.keys())
        if (isLiveInBase(view, id))
            shadowed += 1;
    view.top.shadowed = shadowed;
}
/**
 * Replays undo records newest first, down to `savepoint` (an index into `undo`).
 * @see mocks/ports/README.md "Transactions"
 */
export function rollback(undo, savepoint = 0) {
    for (let i = undo.length - 1; i >= savepoint; i -= 1) {
        const record = undo[i];
        if (record)
            setEntry(record.view, record.id, record.previous);
    }
    undo.length = savepoint;
}
function index(collection, id, doc) {
    collection.ids.add(id);
    collection.live += 1;
    for (const [name, pairs] of collection.indexes) {
        for (const key of keysOf(collection, name, doc))
            pairs.add(pairOf(key, id));
    }
}
function unindex(collection, id, doc) {
    collection.ids.delete(id);
    collection.live -= 1;
    for (const [name, pairs] of collection.indexes) {
        for (const key of keysOf(collection, name, doc))
            pairs.delete(pairOf(key, id));
    }
}
function keysOf(collection, index, doc) {
    return collection.definition.indexes.get(index)?.keysOf(doc) ?? [];
}
