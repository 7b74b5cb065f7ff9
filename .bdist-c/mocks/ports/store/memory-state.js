import { assertSameCollection, assertSameLog } from './definitions.js';
import { createLayerCollection, rollback } from './memory-layer.js';
import { createLogState, rollbackLogs, trimLog } from './memory-log.js';
/**
 * A fresh unit of writes.
 * @see mocks/ports/README.md "Transactions"
 */
export function createWriteContext() {
    return { undo: [], logUndo: [] };
}
/**
 * Commits a unit of writes: the writes are already in place, so only log retention runs; the
 * context is emptied for the next unit.
 * @see mocks/ports/README.md "Logs"
 */
export function commitWrites(context) {
    const { logUndo } = context;
    if (logUndo.length > 0) {
        for (const log of new Set(logUndo.map((record) => record.log)))
            trimLog(log);
        logUndo.length = 0;
    }
    context.undo.length = 0;
}
/**
 * Rolls a unit of writes back, newest first, and empties the context.
 * @see mocks/ports/README.md "Transactions"
 */
export function abortWrites(context) {
    rollbackLogs(context.logUndo);
    rollback(context.undo);
    context.logUndo.length = 0;
}
/**
 * The collection `name` as the sandbox sees it, registering it in the overlay on first use
 * with the base's definition when the base has the collection.
 * @see mocks/ports/README.md "Definitions"
 */
export function viewOf(state, name, definition) {
    const base = state.base?.layer.collections.get(name);
    let top = state.overlay.collections.get(name);
    if (!top) {
        if (base)
            assertSameCollection(name, base.definition, definition);
        top = createLayerCollection(base?.definition ?? definition);
        state.overlay.collections.set(name, top);
    }
    else {
        assertSameCollection(name, top.definition, definition);
    }
    return { name, base, top };
}
/**
 * The log `name` of the sandbox, created on first use. A log opened without a definition
 * takes the retention of the first explicit definition.
 * @see mocks/ports/README.md "Logs"
 */
export function logOf(state, name, definition, explicit) {
    let log = state.logs.get(name);
    if (!log) {
        log = createLogState(definition, explicit);
        state.logs.set(name, log);
    }
    else if (explicit && !log.explicit) {
        log.definition = definition;
        log.explicit = true;
    }
    else if (explicit) {
        assertSameLog(name, log.definition, definition);
    }
    return log;
}
