/**
 * Timers ordered by (due time, id); ids grow with scheduling order.
 * @see mocks/ports/README.md "Clock"
 */
export class TimerQueue {
    #timers = [];
    /** Inserts after every timer due at the same time or earlier. */
    add(timer) {
        let low = 0;
        let high = this.#timers.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if ((this.#timers[mid]?.dueMs ?? Infinity) <= timer.dueMs)
                low = mid + 1;
            else
                high = mid;
        }
        this.#timers.splice(low, 0, timer);
    }
    /** Removes the timer with this id; false when absent. */
    remove(id) {
        const at = this.#timers.findIndex((timer) => timer.id === id);
        if (at < 0)
            return false;
        this.#timers.splice(at, 1);
        return true;
    }
    /** The next timer to fire. */
    peek() {
        return this.#timers[0];
    }
    /** Removes and returns the next timer to fire. */
    shift() {
        return this.#timers.shift();
    }
    /** Timers in firing order. */
    list() {
        return [...this.#timers];
    }
    /** Drops every timer. */
    clear() {
        this.#timers = [];
    }
}
