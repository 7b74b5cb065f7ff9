import type { Clock, ClockOptions } from './clock.js';
/**
 * Creates a clock: real time by default, at `start` if given, frozen if asked.
 * @see mocks/ports/README.md "Clock"
 */
export declare function createClock(options?: ClockOptions): Clock;
