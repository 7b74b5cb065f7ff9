import { DefinitionMismatchError, UnknownIndexError } from './store-errors.js';
/** Ids and keys may not contain U+0000: PostgreSQL text cannot hold it, and the memory
 * adapter uses it as a separator. */
const NUL = '\u0000';
const resolvedCollections = new WeakMap();
/**
 * Normalises a collection definition (cached per definition object).
 * @see mocks/ports/README.md "Definitions"
 */
export function resolveCollection(definition) {
    const cached = resolvedCollections.get(definition);
    if (cached)
        return cached;
    const specs = Object.entries(definition.indexes ?? {});
    const indexes = new Map(specs.map(([name, spec]) => [name, resolveIndex(name, spec)]));
    const signature = [...indexes.values()]
        .map((index) => `${index.name}${index.unique ? '!' : ''}`)
        .sort()
        .join(',');
    const idOf = (doc) => {
        const id = definition.idOf(doc);
        if (typeof id !== 'string' || id === '' || id.includes(NUL)) {
            throw new TypeError('idOf must return a non-empty string without U+0000');
        }
        return id;
    };
    const resolved = { idOf, indexes, signature };
    resolvedCollections.set(definition, resolved);
    return resolved;
}
/**
 * Throws `DefinitionMismatchError` unless a collection is reopened with an equal signature.
 * @see mocks/ports/README.md "Definitions"
 */
export function assertSameCollection(name, registered, opened) {
    if (registered.signature !== opened.signature) {
        throw new DefinitionMismatchError(`collection "${name}" was opened with indexes [${opened.signature}] but holds [${registered.signature}]`);
    }
}
/**
 * The declared index `index`; throws `UnknownIndexError` when it is not declared, or is not
 * unique and `unique` is required.
 * @see mocks/ports/README.md "Definitions"
 */
export function indexOf(collection, definition, index, unique = false) {
    const found = definition.indexes.get(index);
    if (!found)
        throw new UnknownIndexError(`collection "${collection}" has no index "${index}"`);
    if (unique && !found.unique) {
        throw new UnknownIndexError(`index "${index}" of collection "${collection}" is not unique`);
    }
    return found;
}
/**
 * Normalises a log definition; throws `DefinitionMismatchError` for limits out of range.
 * @see mocks/ports/README.md "Logs"
 */
export function resolveLog(name, definition = {}) {
    const retention = definition.retention;
    const maxEntries = retention?.maxEntries;
    const maxAgeMs = retention?.maxAgeMs;
    if (maxEntries !== undefined && !(Number.isSafeInteger(maxEntries) && maxEntries >= 1)) {
        throw new DefinitionMismatchError(`log "${name}": maxEntries must be a positive integer`);
    }
    if (maxAgeMs !== undefined && !(Number.isFinite(maxAgeMs) && maxAgeMs >= 0)) {
        throw new DefinitionMismatchError(`log "${name}": maxAgeMs must be a non-negative number`);
    }
    const timestampOf = retention?.maxAgeMs === undefined
        ? undefined
        : (entry) => Number(retention.timestampOf(entry));
    return { maxEntries, maxAgeMs, timestampOf, signature: `${maxEntries}/${maxAgeMs}` };
}
/**
 * Throws `DefinitionMismatchError` unless a log is reopened with the same limits.
 * @see mocks/ports/README.md "Definitions"
 */
export function assertSameLog(name, registered, opened) {
    if (registered.signature !== opened.signature) {
        throw new DefinitionMismatchError(`log "${name}" was opened with retention ${opened.signature} but holds ${registered.signature}`);
    }
}
function resolveIndex(name, spec) {
    const keyOf = typeof spec === 'function' ? spec : spec.key;
    const unique = typeof spec === 'function' ? false : spec.unique === true;
    if (typeof keyOf !== 'function') {
        throw new DefinitionMismatchError(`index "${name}" needs a key function`);
    }
    return { name, unique, keysOf: (doc) => normaliseKeys(name, keyOf(doc)) };
}
function normaliseKeys(index, key) {
    if (key === undefined)
        return [];
    const keys = typeof key === 'string' ? [key] : key;
    if (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string' || k.includes(NUL))) {
        throw new TypeError(`index "${index}" must return a string, an array of strings or undefined, without U+0000`);
    }
    return keys.length < 2 ? keys : [...new Set(keys)];
}
