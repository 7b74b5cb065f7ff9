import { indexOf, resolveCollection, resolveLog } from './definitions.js';
import { countDocs, deleteDoc, findDocs, insertDoc, insertManyDocs, listDocs, putDoc, readVersioned, updateDoc, } from './memory-collection.js';
import { appendEntry, lastRecord, logInfo, readEntries, trimLog } from './memory-log.js';
import { logOf, viewOf } from './memory-state.js';
/**
 * A scope that opens collections and logs through `access`.
 * @see mocks/ports/README.md "Store"
 */
export function createScope(access) {
    // Handles are closures over (name, definition, access): opened again with the same definition
    // object (the usual module constant), a name gets the handle it got before.
    const collections = new Map();
    const logs = new Map();
    return {
        collection: (name, definition) => {
            const known = collections.get(name);
            if (known?.definition === definition)
                return known.handle;
            const handle = openCollection(name, definition, access);
            collections.set(name, { definition, handle: handle });
            return handle;
        },
        log: (name, definition) => {
            const known = logs.get(name);
            if (known && known.definition === definition)
                return known.handle;
            const handle = openLog(name, definition, access);
            logs.set(name, { definition, handle: handle });
            return handle;
        },
    };
}
/**
 * A collection handle. Documents cross the port as `unknown` inside and as `T` outside.
 * @see mocks/ports/README.md "Store"
 */
export function openCollection(name, definition, access) {
    const resolved = resolveCollection(definition);
    const run = (work) => access.run((state, context) => work(viewOf(state, name, resolved), context));
    const asDoc = (change) => (doc) => change(doc);
    return {
        get: (id) => run((view) => readVersioned(view, id)?.doc),
        getVersioned: (id) => run((view) => readVersioned(view, id)),
        getMany: (ids) => run((view) => ids.map((id) => readVersioned(view, id)?.doc)),
        findBy: (index, key) => run((view) => findDocs(view, index, key)),
        findOneBy: (index, key) => run((view) => {
            indexOf(name, view.top.definition, index, true);
            return findDocs(view, index, key)[0];
        }),
        list: (query) => run((view) => listDocs(view, query)),
        count: () => run((view) => countDocs(view)),
        insert: (doc) => run((view, context) => insertDoc(view, doc, context.undo)),
        insertMany: (docs) => run((view, context) => insertManyDocs(view, docs, context.undo)),
        put: (doc) => run((view, context) => putDoc(view, doc, context.undo)),
        update: (id, change, options = {}) => run((view, context) => {
            return updateDoc(view, id, asDoc(change), options, context.undo);
        }),
        delete: (id) => run((view, context) => deleteDoc(view, id, context.undo)),
    };
}
/**
 * A log handle.
 * @see mocks/ports/README.md "Logs"
 */
export function openLog(name, definition, access) {
    const resolved = resolveLog(name, definition);
    const explicit = definition !== undefined;
    const run = (work) => access.run((state, context) => work(logOf(state, name, resolved, explicit), context));
    return {
        append: (entry) => run((log, context) => appendEntry(log, entry, context.logUndo)),
        appendMany: (entries) => run((log, context) => entries.map((entry) => appendEntry(log, entry, context.logUndo))),
        read: (options) => run((log) => readEntries(log, options)),
        last: () => run((log) => lastRecord(log)),
        size: () => run((log) => logInfo(log).size),
        info: () => run((log) => logInfo(log)),
        trim: (now) => run((log) => trimLog(log, now?.getTime())),
    };
}
