/**
 * The in-process Clock. Virtual time is `frozenAt` while frozen, else `realNow() + offset`;
 * while a task runs, `hold` pins it to the task's due instant. Moves of the clock (`set`,
 * `advance`, `runDue`) run one at a time; each applies its target first, then fires the due
 * timers. In real and offset mode one unref'd Node timer, armed for the earliest due timer,
 * runs `runDue` as real time passes.
 *
 * @see mocks/ports/README.md "Clock"
 */
import { createAsyncScope } from '../async-scope.js';
import { ClockDisposedError, ClockReentrancyError } from './clock.js';
import { TimerQueue } from './timer-queue.js';
/** Node clamps longer delays to 1 ms; re-arm instead. */
const MAX_DELAY_MS = 2 ** 31 - 1;
/**
 * The clock whose task is running in the current async context, for every clock in the
 * process. One instance on purpose: in Node 20 each AsyncLocalStorage in use adds work to
 * every async operation of the process, and there is one clock per sandbox.
 */
const firing = createAsyncScope();
/**
 * Creates a clock: real time by default, at `start` if given, frozen if asked.
 * @see mocks/ports/README.md "Clock"
 */
export function createClock(options = {}) {
    const realNow = options.realNow ?? (() => Date.now());
    const startMs = options.start === undefined ? undefined : validMs(options.start, 'start');
    let frozen = options.frozen ?? false;
    let frozenAt = startMs ?? realNow();
    let offset = startMs === undefined ? 0 : startMs - realNow();
    let hold;
    let nextId = 1;
    let disposed = false;
    let nodeTimer;
    const queue = new TimerQueue();
    const identity = {};
    const moves = createSerialRunner(identity, () => arm());
    const baseNow = () => (frozen ? frozenAt : realNow() + offset);
    const virtualNow = () => hold ?? baseNow();
    const moveTo = (ms) => {
        if (frozen)
            frozenAt = ms;
        else
            offset = ms - realNow();
    };
    const report = (failure) => {
        try {
            options.onTaskError?.(failure);
        }
        catch {
            // A failing listener must not stop the other timers either.
        }
    };
    const fireDue = async (floor) => {
        const fired = [];
        const errors = [];
        let observed = floor;
        try {
            for (let next = queue.peek(); next && next.dueMs <= baseNow(); next = queue.peek()) {
                queue.shift();
                observed = Math.max(observed, next.dueMs);
                hold = observed;
                const timer = handleOf(next);
                fired.push(timer);
                try {
                    await firing.run(identity, next.task);
                }
                catch (error) {
                    errors.push({ timer, error });
                    report({ timer, error });
                }
            }
        }
        finally {
            hold = undefined;
        }
        return { fired, errors };
    };
    function disarm() {
        if (nodeTimer !== undefined)
            clearTimeout(nodeTimer);
        nodeTimer = undefined;
    }
    function arm() {
        disarm();
        const next = queue.peek();
        if (disposed || frozen || moves.busy() || !next)
            return;
        const delay = Math.min(Math.max(next.dueMs - baseNow(), 0), MAX_DELAY_MS);
        nodeTimer = firing.outside(() => setTimeout(onNodeTimer, delay));
        nodeTimer.unref();
    }
    function onNodeTimer() {
        nodeTimer = undefined;
        void clock.runDue();
    }
    const clock = {
        now: () => new Date(virtualNow()),
        set: async (instant) => {
            const target = validMs(instant, 'instant');
            return moves.run(async () => {
                const before = baseNow();
                moveTo(target);
                return target < before ? { fired: [], errors: [] } : fireDue(before);
            });
        },
        advance: async (ms) => {
            if (!Number.isFinite(ms) || ms < 0)
                throw new RangeError('advance needs a finite ms ≥ 0');
            return moves.run(async () => {
                const before = baseNow();
                moveTo(before + ms);
                return fireDue(before);
            });
        },
        freeze: () => {
            if (frozen)
                return;
            frozenAt = baseNow();
            frozen = true;
            disarm();
        },
        unfreeze: () => {
            if (!frozen)
                return;
            offset = frozenAt - realNow();
            frozen = false;
            arm();
        },
        isFrozen: () => frozen,
        offsetMs: () => virtualNow() - realNow(),
        schedule: (at, task, label = 'task') => {
            if (disposed)
                throw new ClockDisposedError('cannot schedule on a disposed clock');
            const timer = { id: nextId++, label, dueMs: validMs(at, 'at'), task };
            queue.add(timer);
            arm();
            return handleOf(timer);
        },
        cancel: (handle) => {
            const removed = queue.remove(handle.id);
            if (removed)
                arm();
            return removed;
        },
        pending: () => queue.list().map(handleOf),
        runDue: () => moves.run(async () => fireDue(baseNow())),
        dispose: () => {
            disposed = true;
            disarm();
            queue.clear();
        },
    };
    return clock;
}
/**
 * Runs moves of the clock one at a time, first come first served, and calls `idle` when the
 * last one ends. A move requested from inside a firing task is refused: it would wait for
 * the task, which waits for it.
 */
function createSerialRunner(identity, idle) {
    let busy = false;
    const waiting = [];
    return {
        busy: () => busy,
        async run(work) {
            if (firing.current() === identity) {
                throw new ClockReentrancyError('a timer task cannot set, advance or run the clock');
            }
            if (busy)
                await new Promise((resolve) => waiting.push(resolve));
            else
                busy = true;
            try {
                return await work();
            }
            finally {
                const next = waiting.shift();
                if (next)
                    next();
                else {
                    busy = false;
                    idle();
                }
            }
        },
    };
}
function handleOf(timer) {
    return Object.freeze({ id: timer.id, label: timer.label, dueAt: new Date(timer.dueMs) });
}
function validMs(instant, name) {
    const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
    if (Number.isNaN(ms))
        throw new RangeError(`${name} must be a valid Date`);
    return ms;
}
