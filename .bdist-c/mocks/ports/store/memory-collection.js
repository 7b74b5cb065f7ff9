import { err, ok } from '../../../contracts/result.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { deepFreeze } from './deep-freeze.js';
import { indexOf } from './definitions.js';
import { entryOf, rollback, setEntry } from './memory-layer.js';
import { allIdsUnder, holderOf, positions } from './memory-scan.js';
const MAX_LIMIT = 10_000;
/**
 * The live document with this id, with its version.
 * @see mocks/ports/README.md "Versions"
 */
export function readVersioned(view, id) {
    const entry = entryOf(view, id);
    return entry?.doc === undefined ? undefined : { doc: entry.doc, version: entry.version };
}
/**
 * The documents under `key` in `index`, ordered by id.
 * @see mocks/ports/README.md "Definitions"
 */
export function findDocs(view, index, key) {
    indexOf(view.name, view.top.definition, index);
    return allIdsUnder(view, index, key).map((id) => entryOf(view, id)?.doc);
}
/**
 * Number of live documents: the base's, less those the overlay shadows, plus the overlay's.
 * @see mocks/ports/README.md "Memory adapter"
 */
export function countDocs(view) {
    return (view.base?.live ?? 0) - view.top.shadowed + view.top.live;
}
/**
 * One page of a listing (see `ListQuery` for the three orders).
 * @see mocks/ports/README.md "Pagination"
 */
export function listDocs(view, query) {
    if (!Number.isSafeInteger(query.limit) || query.limit < 1 || query.limit > MAX_LIMIT) {
        throw new RangeError(`list limit must be an integer from 1 to ${MAX_LIMIT}`);
    }
    if (query.index !== undefined)
        indexOf(view.name, view.top.definition, query.index);
    if (query.key !== undefined && query.index === undefined) {
        throw new RangeError('list with a key needs an index');
    }
    const cursorQuery = { index: query.index, key: query.key };
    let after;
    if (query.cursor !== undefined) {
        const decoded = decodeCursor(query.cursor, cursorQuery);
        if (!decoded.ok)
            return decoded;
        after = decoded.value;
    }
    const items = [];
    let last;
    for (const position of positions(view, query, after)) {
        const doc = entryOf(view, position.id)?.doc;
        if (query.filter && !query.filter(doc))
            continue;
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
export function insertDoc(view, doc, undo) {
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
export function insertManyDocs(view, docs, undo) {
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
    }
    catch (error) {
        rollback(undo, savepoint);
        throw error;
    }
    return ok(count);
}
/**
 * Writes a document whether or not it exists.
 * @see mocks/ports/README.md "Store"
 */
export function putDoc(view, doc, undo) {
    const id = view.top.definition.idOf(doc);
    const violation = uniqueViolation(view, id, doc);
    return violation ? err(violation) : ok(write(view, id, doc, undo));
}
/**
 * Replaces a live document by `change(current)`, optionally checking its version first.
 * @see mocks/ports/README.md "Versions"
 */
export function updateDoc(view, id, change, options, undo) {
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
    if (view.top.definition.idOf(next) !== id)
        throw new TypeError('update must keep the id');
    const violation = uniqueViolation(view, id, next);
    return violation ? err(violation) : ok(write(view, id, next, undo));
}
/**
 * Deletes a live document, leaving a tombstone that keeps its version.
 * @see mocks/ports/README.md "Versions"
 */
export function deleteDoc(view, id, undo) {
    const current = entryOf(view, id);
    if (current?.doc === undefined)
        return false;
    undo.push({ view, id, previous: view.top.entries.get(id) });
    setEntry(view, id, { doc: undefined, version: current.version + 1 });
    return true;
}
function write(view, id, doc, undo) {
    // Compute every index key before touching anything, so a throwing index function leaves
    // the collection as it was.
    for (const index of view.top.definition.indexes.values())
        index.keysOf(doc);
    const version = (entryOf(view, id)?.version ?? 0) + 1;
    undo.push({ view, id, previous: view.top.entries.get(id) });
    setEntry(view, id, { doc: deepFreeze(doc), version });
    return { doc, version };
}
function uniqueViolation(view, id, doc) {
    for (const index of view.top.definition.indexes.values()) {
        if (!index.unique)
            continue;
        for (const key of index.keysOf(doc)) {
            const holder = holderOf(view, index.name, key, id);
            if (holder === undefined)
                continue;
            const detail = `another document in ${view.name} has the same ${index.name} key`;
            const collection = view.name;
            return { code: 'UNIQUE_VIOLATION', collection, index: index.name, key, id: holder, detail };
        }
    }
    return undefined;
}
