/**
 * `Idempotency-Key` on the subscription operations: the same key with the same body gives back
 * the first answer; the same key with another body is a 409. Keys are per client and operation.
 * @see specs/common.yaml `IdempotencyKey`; specs/lienthong.yaml (info: "Idempotency")
 */
import { createHash } from 'node:crypto';
import { subscriptionKeys } from './state.js';
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/** Looks up the key a client sent with a request body. */
export async function recall(scope, where, body) {
    const id = `${where.operationId}|${where.clientId}|${where.key}`;
    const fingerprint = createHash('sha256').update(canonical(body)).digest('hex');
    const stored = await subscriptionKeys(scope).get(id);
    if (!stored)
        return { kind: 'new', id, fingerprint };
    if (stored.fingerprint !== fingerprint)
        return { kind: 'reused' };
    return { kind: 'replay', status: stored.status, body: stored.body };
}
/** Keeps the answer given to a new key (a problem is its own body). */
export async function remember(scope, recalled, answer) {
    await subscriptionKeys(scope).put({
        id: recalled.id,
        fingerprint: recalled.fingerprint,
        status: answer.status,
        body: answer.body ?? null,
    });
}
