/**
 * The Clock port (per-sandbox virtual time with timers) and its in-process implementation.
 *
 * @see ../shared/DESIGN.md §3 ("Time comes from a Clock per sandbox")
 * @see mocks/ports/README.md "Clock"
 */
export type { Clock, ClockOptions, ClockRunReport, ClockTask, TaskFailure, TimerHandle, } from './clock.js';
export { ClockDisposedError, ClockReentrancyError } from './clock.js';
export { createClock } from './create-clock.js';
