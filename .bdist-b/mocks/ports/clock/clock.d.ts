/**
 * The Clock port: virtual time for one sandbox, with timers that fire as virtual time passes.
 *
 * Modes: real (virtual = system time), offset (system time + offset) and frozen (time stands
 * still until `set` or `advance`). Moving forward fires every due timer in due-time order
 * (ties in scheduling order); while a timer's task runs, `now()` reads its due instant, as
 * fake timers do when stepping. Moving backward fires nothing.
 *
 * @see ../shared/DESIGN.md §3 ("Time comes from a Clock per sandbox")
 * @see specs/sandbox.yaml (sandboxGetClock, sandboxSetClock, sandboxFreezeClock, sandboxAdvanceClock)
 * @see mocks/ports/README.md "Clock"
 */
/**
 * Work to run when a timer is due. It may schedule or cancel timers; it must not call
 * `set`, `advance` or `runDue` (they would wait for it).
 * @see mocks/ports/README.md "Clock"
 */
export type ClockTask = () => void | Promise<void>;
/**
 * A scheduled timer as `schedule` returns it and `pending` lists it. Pass it to `cancel`.
 * @see mocks/ports/README.md "Clock"
 */
export interface TimerHandle {
    readonly id: number;
    readonly label: string;
    readonly dueAt: Date;
}
/**
 * A task that threw or rejected, with the timer it belonged to.
 * @see mocks/ports/README.md "Clock"
 */
export interface TaskFailure {
    readonly timer: TimerHandle;
    readonly error: unknown;
}
/**
 * What a move of the clock ran: the timers fired, in order, and the tasks that failed.
 * @see specs/sandbox.yaml#/components/schemas/ClockAdvanceResult
 */
export interface ClockRunReport {
    readonly fired: readonly TimerHandle[];
    readonly errors: readonly TaskFailure[];
}
/**
 * Options of `createClock`. `start` sets the initial virtual instant (default: real time);
 * `frozen` starts the clock frozen; `realNow` is the real time source in ms (default
 * `Date.now`); `onTaskError` hears about every failing task, including those fired by real
 * time, where no caller gets a report.
 * @see mocks/ports/README.md "Clock"
 */
export interface ClockOptions {
    readonly start?: Date;
    readonly frozen?: boolean;
    readonly realNow?: () => number;
    readonly onTaskError?: (failure: TaskFailure) => void;
}
/**
 * Virtual time for one sandbox.
 * @see mocks/ports/README.md "Clock"
 */
export interface Clock {
    /** The current virtual instant (a fresh Date each call). */
    now(): Date;
    /** Moves to `instant`; forward fires the timers it passes, backward fires nothing. */
    set(instant: Date): Promise<ClockRunReport>;
    /** Moves forward by `ms` (≥ 0) and fires the timers it passes. */
    advance(ms: number): Promise<ClockRunReport>;
    /** Stops time at the current instant. */
    freeze(): void;
    /** Lets time run again from the current instant (keeping the offset it implies). */
    unfreeze(): void;
    /** True while time is frozen. */
    isFrozen(): boolean;
    /** Virtual minus real time in ms (0 in real mode; may be negative). */
    offsetMs(): number;
    /** Schedules `task` at `at`; a time already past fires on the next run. */
    schedule(at: Date, task: ClockTask, label?: string): TimerHandle;
    /** Cancels a pending timer; false when it already fired or was cancelled. */
    cancel(handle: TimerHandle): boolean;
    /** Pending timers in firing order. */
    pending(): readonly TimerHandle[];
    /** Fires the timers that are due now. */
    runDue(): Promise<ClockRunReport>;
    /** Stops real-time firing and drops pending timers; the clock still tells time. */
    dispose(): void;
}
/**
 * `set`, `advance` or `runDue` was called from a task the clock is running.
 * @see mocks/ports/README.md "Clock"
 */
export declare class ClockReentrancyError extends Error {
    readonly name = "ClockReentrancyError";
}
/**
 * A timer was scheduled on a disposed clock.
 * @see mocks/ports/README.md "Clock"
 */
export declare class ClockDisposedError extends Error {
    readonly name = "ClockDisposedError";
}
