/**
 * Expected failures are values, bugs are thrown (STYLE.md rule 6).
 * A `Result` carries either the value or the reason it could not be produced.
 */
export type Result<T, E> = {
    readonly ok: true;
    readonly value: T;
} | {
    readonly ok: false;
    readonly error: E;
};
/** Wraps a successful value. */
export declare function ok<T>(value: T): {
    readonly ok: true;
    readonly value: T;
};
/** Wraps an expected failure. */
export declare function err<E>(error: E): {
    readonly ok: false;
    readonly error: E;
};
