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
 * `set`, `advance` or `runDue` was called from a task the clock is running.
 * @see mocks/ports/README.md "Clock"
 */
export class ClockReentrancyError extends Error {
    name = 'ClockReentrancyError';
}
/**
 * A timer was scheduled on a disposed clock.
 * @see mocks/ports/README.md "Clock"
 */
export class ClockDisposedError extends Error {
    name = 'ClockDisposedError';
}
