/** Wraps a successful value. */
export function ok(value) {
    return { ok: true, value };
}
/** Wraps an expected failure. */
export function err(error) {
    return { ok: false, error };
}
