/** The context of the scopes running in the current async context. */
export interface AsyncScope<T> {
    /** Runs `work` with `value` as the current context of it and everything it awaits. */
    run<R>(value: T, work: () => R | Promise<R>): Promise<R>;
    /** The value of the innermost scope the caller runs in, `undefined` outside every scope. */
    current(): T | undefined;
    /** Runs `work` outside every scope (timers armed from a scope must not inherit it). */
    outside<R>(work: () => R): R;
}
/**
 * Creates an async scope. Contexts left on resources after their scope ended are never
 * reported: `current()` answers only while a scope is open.
 */
export declare function createAsyncScope<T>(): AsyncScope<T>;
