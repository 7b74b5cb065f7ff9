/**
 * A first-come, first-served async mutex: the lock that serialises operations and
 * transactions on one sandbox. `tryAcquire` lets an uncontended caller run synchronously.
 *
 * @see mocks/ports/README.md "Transactions"
 */
export declare class Mutex {
    #private;
    /** Takes the lock if it is free. */
    tryAcquire(): boolean;
    /** Resolves once the caller holds the lock. */
    acquire(): Promise<void>;
    /** Hands the lock to the next waiter, or frees it. */
    release(): void;
}
