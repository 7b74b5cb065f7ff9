import { err, ok } from '../../../contracts/result.js';
import { assertSameCollection } from './definitions.js';
import { createLayer, recountShadowed } from './memory-layer.js';
import { assertOutsideTransaction, createSandboxHandle } from './memory-sandbox.js';
import { createWriteContext } from './memory-state.js';
import { Mutex } from './mutex.js';
import { UnknownSandboxError } from './store-errors.js';
/**
 * Creates an empty in-memory store.
 * @see mocks/ports/README.md "Memory adapter"
 */
export function createMemoryStore() {
    const sandboxes = new Map();
    const handles = new Map();
    const bases = new Map();
    const resolveBase = async (name) => bases.get(name)?.ready;
    const info = (state) => ({
        id: state.id,
        base: state.base?.name ?? null,
    });
    return {
        async createBase(name, seed) {
            assertName(name);
            if (bases.has(name))
                return adminError('BASE_EXISTS', name, 'the base already exists');
            let settle = () => undefined;
            const slot = {
                ready: new Promise((resolve) => (settle = resolve)),
                state: undefined,
            };
            bases.set(name, slot);
            const scratch = createState(`base:${name}`, undefined);
            try {
                const builder = createSandboxHandle(scratch.id, () => scratch);
                await seed({ collection: builder.collection, transaction: builder.transaction });
                await scratch.mutex.acquire();
                scratch.deleted = true;
                scratch.mutex.release();
                const layer = scratch.overlay;
                const base = { name, layer, documents: countLive(layer), users: 0 };
                slot.state = base;
                settle(base);
                return ok({ name, documents: base.documents });
            }
            catch (error) {
                bases.delete(name);
                settle(undefined);
                throw error;
            }
        },
        async hasBase(name) {
            return bases.has(name);
        },
        async deleteBase(name) {
            const slot = bases.get(name);
            if (!slot)
                return adminError('BASE_NOT_FOUND', name, 'no such base');
            if (!slot.state || slot.state.users > 0) {
                return adminError('BASE_IN_USE', name, 'the base is being seeded or has sandboxes');
            }
            bases.delete(name);
            return ok(undefined);
        },
        async createSandbox(id, options = {}) {
            assertName(id);
            if (sandboxes.has(id))
                return adminError('SANDBOX_EXISTS', id, 'the sandbox already exists');
            const base = options.base === undefined ? undefined : await resolveBase(options.base);
            if (options.base !== undefined && !base) {
                return adminError('BASE_NOT_FOUND', options.base, 'no such base');
            }
            if (sandboxes.has(id))
                return adminError('SANDBOX_EXISTS', id, 'the sandbox already exists');
            const state = createState(id, base);
            if (base)
                base.users += 1;
            sandboxes.set(id, state);
            return ok(info(state));
        },
        async resetSandbox(id, options = {}) {
            const state = sandboxes.get(id);
            if (!state)
                return adminError('SANDBOX_NOT_FOUND', id, 'no such sandbox');
            assertOutsideTransaction(state, 'resetting a sandbox');
            const named = typeof options.base === 'string' ? options.base : undefined;
            const base = named === undefined ? undefined : await resolveBase(named);
            if (named !== undefined && !base)
                return adminError('BASE_NOT_FOUND', named, 'no such base');
            await state.mutex.acquire();
            try {
                if (state.deleted)
                    return adminError('SANDBOX_NOT_FOUND', id, 'no such sandbox');
                resetState(state, options.base === undefined ? state.base : base, options.keep);
                return ok(info(state));
            }
            finally {
                state.mutex.release();
            }
        },
        async deleteSandbox(id) {
            const state = sandboxes.get(id);
            if (!state)
                return adminError('SANDBOX_NOT_FOUND', id, 'no such sandbox');
            assertOutsideTransaction(state, 'deleting a sandbox');
            await state.mutex.acquire();
            try {
                if (state.deleted)
                    return adminError('SANDBOX_NOT_FOUND', id, 'no such sandbox');
                state.deleted = true;
                sandboxes.delete(id);
                handles.delete(id);
                if (state.base)
                    state.base.users -= 1;
                return ok(undefined);
            }
            finally {
                state.mutex.release();
            }
        },
        async hasSandbox(id) {
            return sandboxes.has(id);
        },
        async listSandboxes() {
            return [...sandboxes.keys()].sort().map((id) => info(sandboxes.get(id)));
        },
        sandbox(id) {
            const known = handles.get(id);
            if (known)
                return known;
            const handle = createSandboxHandle(id, () => {
                const state = sandboxes.get(id);
                if (!state)
                    throw new UnknownSandboxError(`sandbox "${id}" does not exist`);
                return state;
            });
            // A handle finds its state on every call, so one per existing sandbox serves every caller
            // (and its opened collections are reused); ids that name no sandbox are not remembered.
            if (sandboxes.has(id))
                handles.set(id, handle);
            return handle;
        },
        async close() {
            for (const state of sandboxes.values())
                state.deleted = true;
            sandboxes.clear();
            handles.clear();
            bases.clear();
        },
    };
}
function createState(id, base) {
    return {
        id,
        mutex: new Mutex(),
        base,
        overlay: createLayer(),
        logs: new Map(),
        deleted: false,
        writes: createWriteContext(),
    };
}
/**
 * Swaps in a fresh overlay and log set, carrying over what `keep` names. Checks every kept
 * collection against the new base before changing anything.
 */
function resetState(state, base, keep = {}) {
    const overlay = createLayer();
    for (const name of keep.collections ?? []) {
        const top = state.overlay.collections.get(name);
        const below = base?.layer.collections.get(name);
        if (!top)
            continue;
        if (below)
            assertSameCollection(name, below.definition, top.definition);
        overlay.collections.set(name, top);
    }
    if (base !== state.base) {
        for (const [name, top] of overlay.collections) {
            recountShadowed({ name, base: base?.layer.collections.get(name), top });
        }
        if (state.base)
            state.base.users -= 1;
        if (base)
            base.users += 1;
    }
    const logs = new Map();
    for (const name of keep.logs ?? []) {
        const log = state.logs.get(name);
        if (log)
            logs.set(name, log);
    }
    state.base = base;
    state.overlay = overlay;
    state.logs = logs;
}
function countLive(layer) {
    let documents = 0;
    for (const collection of layer.collections.values())
        documents += collection.live;
    return documents;
}
function assertName(name) {
    if (typeof name !== 'string' || name === '')
        throw new TypeError('names must be non-empty strings');
}
function adminError(code, name, detail) {
    return err({ code, name, detail });
}
