/**
 * Asynchronous collection and log handles of the memory adapter. A handle knows its name and
 * definition and runs each operation through an `Access`: under the sandbox's lock for a plain
 * handle, inside the open transaction for a transaction handle.
 *
 * @see mocks/ports/README.md "Memory adapter"
 */
import type { Result } from '../../../contracts/result.js';
import type { Collection, CollectionDefinition, ListQuery, Page, Versioned } from './collection.js';
import { indexOf, resolveCollection, resolveLog } from './definitions.js';
import type { Log, LogDefinition, LogPage, LogRecord } from './log.js';
import {
  countDocs,
  deleteDoc,
  findDocs,
  insertDoc,
  insertManyDocs,
  listDocs,
  putDoc,
  readVersioned,
  updateDoc,
} from './memory-collection.js';
import { appendEntry, lastRecord, logInfo, readEntries, trimLog } from './memory-log.js';
import type { SandboxState, WriteContext } from './memory-state.js';
import { logOf, viewOf } from './memory-state.js';
import type { StoreScope } from './store.js';
import type {
  InsertError,
  InvalidCursorError,
  UniqueViolationError,
  UpdateError,
} from './store-errors.js';

type Written<T> = Result<Versioned<T>, InsertError>;
type Put<T> = Result<Versioned<T>, UniqueViolationError>;
type Updated<T> = Result<Versioned<T>, UpdateError>;
type ListResult<T> = Result<Page<T>, InvalidCursorError>;

/**
 * Runs one synchronous unit of work on a sandbox's state with the right isolation.
 * @see mocks/ports/README.md "Transactions"
 */
export interface Access {
  run<R>(work: (state: SandboxState, context: WriteContext) => R): Promise<R>;
}

/**
 * A scope that opens collections and logs through `access`.
 * @see mocks/ports/README.md "Store"
 */
export function createScope(access: Access): StoreScope {
  // Handles are closures over (name, definition, access): opened again with the same definition
  // object (the usual module constant), a name gets the handle it got before.
  const collections = new Map<string, Opened<Collection<never, string>>>();
  const logs = new Map<string, Opened<Log<never>>>();
  return {
    collection: (name, definition) => {
      const known = collections.get(name);
      if (known?.definition === definition) return known.handle;
      const handle = openCollection(name, definition, access);
      collections.set(name, { definition, handle: handle as Collection<never, string> });
      return handle;
    },
    log: (name, definition) => {
      const known = logs.get(name);
      if (known && known.definition === definition) return known.handle;
      const handle = openLog(name, definition, access);
      logs.set(name, { definition, handle: handle as Log<never> });
      return handle;
    },
  };
}

/** A handle a scope opened, and the definition it was opened with. */
interface Opened<H> {
  readonly definition: unknown;
  readonly handle: H;
}

/**
 * A collection handle. Documents cross the port as `unknown` inside and as `T` outside.
 * @see mocks/ports/README.md "Store"
 */
export function openCollection<T, I extends string>(
  name: string,
  definition: CollectionDefinition<T, I>,
  access: Access,
): Collection<T, I> {
  const resolved = resolveCollection(definition);
  const run = <R>(work: (view: ReturnType<typeof viewOf>, context: WriteContext) => R) =>
    access.run((state, context) => work(viewOf(state, name, resolved), context));
  const asDoc = (change: (doc: T) => T) => (doc: unknown) => change(doc as T);
  return {
    get: (id) => run((view) => readVersioned(view, id)?.doc as T | undefined),
    getVersioned: (id) => run((view) => readVersioned(view, id) as Versioned<T> | undefined),
    getMany: (ids) => run((view) => ids.map((id) => readVersioned(view, id)?.doc as T | undefined)),
    findBy: (index, key) => run((view) => findDocs(view, index, key) as T[]),
    findOneBy: (index, key) =>
      run((view) => {
        indexOf(name, view.top.definition, index, true);
        return findDocs(view, index, key)[0] as T | undefined;
      }),
    list: (query) =>
      run((view) => listDocs(view, query as ListQuery<unknown, string>) as ListResult<T>),
    count: () => run((view) => countDocs(view)),
    insert: (doc) => run((view, context) => insertDoc(view, doc, context.undo) as Written<T>),
    insertMany: (docs) => run((view, context) => insertManyDocs(view, docs, context.undo)),
    put: (doc) => run((view, context) => putDoc(view, doc, context.undo) as Put<T>),
    update: (id, change, options = {}) =>
      run((view, context) => {
        return updateDoc(view, id, asDoc(change), options, context.undo) as Updated<T>;
      }),
    delete: (id) => run((view, context) => deleteDoc(view, id, context.undo)),
  };
}

/**
 * A log handle.
 * @see mocks/ports/README.md "Logs"
 */
export function openLog<T>(
  name: string,
  definition: LogDefinition<T> | undefined,
  access: Access,
): Log<T> {
  const resolved = resolveLog(name, definition);
  const explicit = definition !== undefined;
  const run = <R>(work: (log: ReturnType<typeof logOf>, context: WriteContext) => R) =>
    access.run((state, context) => work(logOf(state, name, resolved, explicit), context));
  return {
    append: (entry) => run((log, context) => appendEntry(log, entry, context.logUndo)),
    appendMany: (entries) =>
      run((log, context) => entries.map((entry) => appendEntry(log, entry, context.logUndo))),
    read: (options) => run((log) => readEntries(log, options) as LogPage<T>),
    last: () => run((log) => lastRecord(log) as LogRecord<T> | undefined),
    size: () => run((log) => logInfo(log).size),
    info: () => run((log) => logInfo(log)),
    trim: (now) => run((log) => trimLog(log, now?.getTime())),
  };
}
