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
export class TimerQueue {
  #timers: QueuedTimer[] = [];

  /** Inserts after every timer due at the same time or earlier. */
  add(timer: QueuedTimer): void {
    let low = 0;
    let high = this.#timers.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.#timers[mid]?.dueMs ?? Infinity) <= timer.dueMs) low = mid + 1;
      else high = mid;
    }
    this.#timers.splice(low, 0, timer);
  }

  /** Removes the timer with this id; false when absent. */
  remove(id: number): boolean {
    const at = this.#timers.findIndex((timer) => timer.id === id);
    if (at < 0) return false;
    this.#timers.splice(at, 1);
    return true;
  }

  /** The next timer to fire. */
  peek(): QueuedTimer | undefined {
    return this.#timers[0];
  }

  /** Removes and returns the next timer to fire. */
  shift(): QueuedTimer | undefined {
    return this.#timers.shift();
  }

  /** Timers in firing order. */
  list(): readonly QueuedTimer[] {
    return [...this.#timers];
  }

  /** Drops every timer. */
  clear(): void {
    this.#timers = [];
  }
}
