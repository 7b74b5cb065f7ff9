/**
 * A first-come, first-served async mutex: the lock that serialises operations and
 * transactions on one sandbox. `tryAcquire` lets an uncontended caller run synchronously.
 *
 * @see mocks/ports/README.md "Transactions"
 */
export class Mutex {
    #locked = false;
    #waiters = [];
    /** Takes the lock if it is free. */
    tryAcquire() {
        if (this.#locked)
            return false;
        this.#locked = true;
        return true;
    }
    /** Resolves once the caller holds the lock. */
    acquire() {
        if (this.tryAcquire())
            return Promise.resolve();
        return new Promise((resolve) => this.#waiters.push(resolve));
    }
    /** Hands the lock to the next waiter, or frees it. */
    release() {
        const next = this.#waiters.shift();
        if (next)
            next();
        else
            this.#locked = false;
    }
}
