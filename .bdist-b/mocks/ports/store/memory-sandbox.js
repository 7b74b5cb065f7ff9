/**
 * Sandbox handles of the memory adapter. A plain operation takes the sandbox's lock, runs
 * synchronously and commits; a transaction holds the lock for its whole callback, writes in
 * place and keeps undo records, so it commits by doing nothing and rolls back by replaying
 * them. An async scope (switched on only while transactions run) spots calls that would wait
 * for their own transaction.
 *
 * @see mocks/ports/README.md "Transactions"
 */
import { createAsyncScope } from '../async-scope.js';
import { createScope } from './memory-handles.js';
import { abortWrites, commitWrites, createWriteContext } from './memory-state.js';
import { TransactionScopeError, UnknownSandboxError } from './store-errors.js';
/**
 * The transaction of the current async context, for every memory store in the process. One
 * instance on purpose: in Node 20 each AsyncLocalStorage in use adds work to every async
 * operation of the process while it is enabled.
 */
const transactions = createAsyncScope();
/**
 * A `SandboxStore` whose operations find the sandbox's state with `resolve` each time, so a
 * handle keeps working across resets and fails once the sandbox is deleted.
 * @see mocks/ports/README.md "Store"
 */
export function createSandboxHandle(id, resolve) {
    const scope = createScope({ run: (work) => runLocked(resolve, work) });
    return {
        id,
        collection: scope.collection,
        log: scope.log,
        transaction: (work) => runTransaction(resolve, work),
    };
}
/**
 * Throws when the current async context is inside a transaction on `state`: waiting for the
 * sandbox's lock there would wait forever.
 * @see mocks/ports/README.md "Transactions"
 */
export function assertOutsideTransaction(state, what) {
    const current = transactions.current();
    if (current?.open && current.state === state) {
        throw new TransactionScopeError(`${what} inside a transaction on the same sandbox`);
    }
}
/**
 * Runs one unit of work under the sandbox's lock. Not an async function: when the lock is free
 * (the usual case) the unit runs at once and the answer is an already settled promise, without
 * the extra promise and microtask turns of an async function.
 */
function runLocked(resolve, work) {
    let state;
    try {
        state = resolve();
        assertOutsideTransaction(state, 'a plain operation (use the transaction handle)');
    }
    catch (error) {
        return Promise.reject(error);
    }
    if (!state.mutex.tryAcquire())
        return state.mutex.acquire().then(() => runUnit(state, work));
    try {
        return Promise.resolve(runUnit(state, work));
    }
    catch (error) {
        return Promise.reject(error);
    }
}
/** Runs `work` as one unit of writes on a locked sandbox, then releases the lock. */
function runUnit(state, work) {
    try {
        assertAlive(state);
        // One unit runs at a time under the lock, so the sandbox's write context is reused.
        const context = state.writes;
        try {
            const result = work(state, context);
            commitWrites(context);
            return result;
        }
        catch (error) {
            abortWrites(context);
            throw error;
        }
    }
    finally {
        state.mutex.release();
    }
}
async function runTransaction(resolve, work) {
    const state = resolve();
    assertOutsideTransaction(state, 'a nested transaction');
    await state.mutex.acquire();
    const context = { state, writes: createWriteContext(), open: true };
    const access = {
        run: async (unit) => {
            if (!context.open)
                throw new TransactionScopeError('the transaction has already ended');
            return unit(state, context.writes);
        },
    };
    try {
        assertAlive(state);
        const result = await transactions.run(context, () => work(createScope(access)));
        if (isErrorResult(result))
            abortWrites(context.writes);
        else
            commitWrites(context.writes);
        return result;
    }
    catch (error) {
        abortWrites(context.writes);
        throw error;
    }
    finally {
        context.open = false;
        state.mutex.release();
    }
}
function assertAlive(state) {
    if (state.deleted)
        throw new UnknownSandboxError(`sandbox "${state.id}" does not exist`);
}
function isErrorResult(value) {
    return typeof value === 'object' && value !== null && 'ok' in value && value.ok === false;
}
