/**
 * Pending timers of one clock, kept sorted by due time and then by scheduling order, so
 * that ties fire first-scheduled first. A sorted array: a sandbox has hundreds of timers, not
 * millions, and cancelling must free the entry at once.
 *
 * @see mocks/ports/README.md "Clock"
 */
import type { ClockTask } from './clock.js';
/**
 * A pending timer.
 * @see mocks/ports/README.md "Clock"
 */
export interface QueuedTimer {
    readonly id: number;
    readonly label: string;
    readonly dueMs: number;
    readonly task: ClockTask;
}
/**
 * Timers ordered by (due time, id); ids grow with scheduling order.
 * @see mocks/ports/README.md "Clock"
 */
export declare class TimerQueue {
    #private;
    /** Inserts after every timer due at the same time or earlier. */
    add(timer: QueuedTimer): void;
    /** Removes the timer with this id; false when absent. */
    remove(id: number): boolean;
    /** The next timer to fire. */
    peek(): QueuedTimer | undefined;
    /** Removes and returns the next timer to fire. */
    shift(): QueuedTimer | undefined;
    /** Timers in firing order. */
    list(): readonly QueuedTimer[];
    /** Drops every timer. */
    clear(): void;
}
