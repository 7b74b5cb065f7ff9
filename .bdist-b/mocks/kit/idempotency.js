/**
 * `Idempotency-Key` for any system: the same key with the same request gives back the stored
 * answer; the same key with another request is reported as reused (a 409
 * `IDEMPOTENCY_KEY_REUSED` for the caller). Answers are kept per operation in a collection of the
 * system that uses it (`tinh.idempotency`, `lienthong.idempotency`).
 * @see specs/common.yaml `IdempotencyKey`
 */
import { createHash } from 'node:crypto';
const RECORDS = { idOf: (r) => r.id };
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
/** A stable digest of a request (key order does not matter). */
export function fingerprintOf(request) {
    return createHash('sha256').update(canonical(request)).digest('hex');
}
/** The `Idempotency-Key` header of a request (required by the contract, so present). */
export function keyOf(headers) {
    return String(headers['idempotency-key']);
}
/** The stored answer of a replayed key, as a handler returns it. */
export function replayed(seen) {
    return seen.status >= 400
        ? seen.body
        : { status: seen.status, body: seen.body };
}
/** The idempotency keys of one system, kept in its collection `collectionName`. */
export function idempotencyKeys(collectionName) {
    const records = (s) => s.collection(collectionName, RECORDS);
    return {
        /** Looks a key up for an operation and a request (path parameters and body). */
        async recall(ctx, operationId, key, request) {
            const id = `${operationId}|${key}`;
            const fingerprint = fingerprintOf(request);
            const stored = await records(ctx.store).get(id);
            if (!stored)
                return { kind: 'new', id, fingerprint };
            if (stored.fingerprint !== fingerprint)
                return { kind: 'reused' };
            return { kind: 'replay', status: stored.status, body: stored.body };
        },
        /**
         * Keeps the answer given to a new key. Answers that say nothing final (429, 5xx) are not
         * kept, so a retry is decided again.
         */
        async remember(ctx, recalled, answer) {
            if (answer.status === 429 || answer.status >= 500)
                return;
            // A problem is its own body; a typed answer carries one.
            const body = 'type' in answer && 'title' in answer ? answer : answer.body;
            await records(ctx.store).put({
                id: recalled.id,
                fingerprint: recalled.fingerprint,
                status: answer.status,
                body: body ?? null,
            });
        },
    };
}
