/**
 * Collection and log definitions, checked and normalised once when a handle is opened, for
 * every adapter: index specs become `{ keysOf, unique }`, and a signature (index names and
 * uniqueness, retention limits) lets a store detect a conflicting re-definition, since
 * functions cannot be compared.
 *
 * @see mocks/ports/README.md "Definitions"
 */
import type { CollectionDefinition, IndexKey, IndexSpec } from './collection.js';
import type { LogDefinition, RetentionPolicy } from './log.js';
import { DefinitionMismatchError, UnknownIndexError } from './store-errors.js';

/**
 * A normalised index: its keys for a document (deduplicated) and whether keys are unique.
 * @see mocks/ports/README.md "Definitions"
 */
export interface ResolvedIndex {
  readonly name: string;
  readonly unique: boolean;
  readonly keysOf: (doc: unknown) => readonly string[];
}

/**
 * A normalised collection definition.
 * @see mocks/ports/README.md "Definitions"
 */
export interface ResolvedCollection {
  readonly idOf: (doc: unknown) => string;
  readonly indexes: ReadonlyMap<string, ResolvedIndex>;
  readonly signature: string;
}

/**
 * A normalised log definition.
 * @see mocks/ports/README.md "Logs"
 */
export interface ResolvedLog {
  readonly maxEntries: number | undefined;
  readonly maxAgeMs: number | undefined;
  readonly timestampOf: ((entry: unknown) => number) | undefined;
  readonly signature: string;
}

/** Ids and keys may not contain U+0000: PostgreSQL text cannot hold it, and the memory
 * adapter uses it as a separator. */
const NUL = '\u0000';

const resolvedCollections = new WeakMap<object, ResolvedCollection>();

/**
 * Normalises a collection definition (cached per definition object).
 * @see mocks/ports/README.md "Definitions"
 */
export function resolveCollection<T, I extends string>(
  definition: CollectionDefinition<T, I>,
): ResolvedCollection {
  const cached = resolvedCollections.get(definition);
  if (cached) return cached;
  const specs = Object.entries<IndexSpec<T>>(definition.indexes ?? {});
  const indexes = new Map(specs.map(([name, spec]) => [name, resolveIndex(name, spec)]));
  const signature = [...indexes.values()]
    .map((index) => `${index.name}${index.unique ? '!' : ''}`)
    .sort()
    .join(',');
  const idOf = (doc: unknown): string => {
    const id = definition.idOf(doc as T);
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
export function assertSameCollection(
  name: string,
  registered: ResolvedCollection,
  opened: ResolvedCollection,
): void {
  if (registered.signature !== opened.signature) {
    throw new DefinitionMismatchError(
      `collection "${name}" was opened with indexes [${opened.signature}] but holds [${registered.signature}]`,
    );
  }
}

/**
 * The declared index `index`; throws `UnknownIndexError` when it is not declared, or is not
 * unique and `unique` is required.
 * @see mocks/ports/README.md "Definitions"
 */
export function indexOf(
  collection: string,
  definition: ResolvedCollection,
  index: string,
  unique = false,
): ResolvedIndex {
  const found = definition.indexes.get(index);
  if (!found) throw new UnknownIndexError(`collection "${collection}" has no index "${index}"`);
  if (unique && !found.unique) {
    throw new UnknownIndexError(`index "${index}" of collection "${collection}" is not unique`);
  }
  return found;
}

/**
 * Normalises a log definition; throws `DefinitionMismatchError` for limits out of range.
 * @see mocks/ports/README.md "Logs"
 */
export function resolveLog<T>(name: string, definition: LogDefinition<T> = {}): ResolvedLog {
  const retention: RetentionPolicy<T> | undefined = definition.retention;
  const maxEntries = retention?.maxEntries;
  const maxAgeMs = retention?.maxAgeMs;
  if (maxEntries !== undefined && !(Number.isSafeInteger(maxEntries) && maxEntries >= 1)) {
    throw new DefinitionMismatchError(`log "${name}": maxEntries must be a positive integer`);
  }
  if (maxAgeMs !== undefined && !(Number.isFinite(maxAgeMs) && maxAgeMs >= 0)) {
    throw new DefinitionMismatchError(`log "${name}": maxAgeMs must be a non-negative number`);
  }
  const timestampOf =
    retention?.maxAgeMs === undefined
      ? undefined
      : (entry: unknown): number => Number(retention.timestampOf(entry as T));
  return { maxEntries, maxAgeMs, timestampOf, signature: `${maxEntries}/${maxAgeMs}` };
}

/**
 * Throws `DefinitionMismatchError` unless a log is reopened with the same limits.
 * @see mocks/ports/README.md "Definitions"
 */
export function assertSameLog(name: string, registered: ResolvedLog, opened: ResolvedLog): void {
  if (registered.signature !== opened.signature) {
    throw new DefinitionMismatchError(
      `log "${name}" was opened with retention ${opened.signature} but holds ${registered.signature}`,
    );
  }
}

function resolveIndex<T>(name: string, spec: IndexSpec<T>): ResolvedIndex {
  const keyOf = typeof spec === 'function' ? spec : spec.key;
  const unique = typeof spec === 'function' ? false : spec.unique === true;
  if (typeof keyOf !== 'function') {
    throw new DefinitionMismatchError(`index "${name}" needs a key function`);
  }
  return { name, unique, keysOf: (doc) => normaliseKeys(name, keyOf(doc as T)) };
}

function normaliseKeys(index: string, key: IndexKey): readonly string[] {
  if (key === undefined) return [];
  const keys: readonly unknown[] = typeof key === 'string' ? [key] : key;
  if (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string' || k.includes(NUL))) {
    throw new TypeError(
      `index "${index}" must return a string, an array of strings or undefined, without U+0000`,
    );
  }
  return keys.length < 2 ? (keys as readonly string[]) : [...new Set(keys as readonly string[])];
}
