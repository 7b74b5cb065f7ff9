/**
 * Pure decisions of the outbox: how long to wait before the next attempt, what an attempt's
 * outcome does to a delivery, how it reads in `lastError`, and what a redelivery resets.
 * @see specs/sandbox.yaml `WebhookDelivery`, `DeliveryState`, `sandboxRedeliver`
 */
import { STATUS_CODES } from 'node:http';
import { toVnIso } from '../../../mocks/domain/calendar/timestamps.js';
/** Attempts before a delivery is dead-lettered when the sandbox config says nothing. */
export const DEFAULT_MAX_ATTEMPTS = 8;
const MINUTE_MS = 60_000;
/** The longest wait between two attempts. */
export const MAX_BACKOFF_MS = 6 * 60 * MINUTE_MS;
/**
 * The wait after the `attempt`-th failed attempt: 1 min, 4 min, 16 min, 64 min, 256 min, then
 * 6 h. The spec's `WebhookDelivery` example (second attempt 09:31:01, next 09:35:01) follows it.
 * @see specs/sandbox.yaml#/components/schemas/WebhookDelivery (example)
 */
export function defaultBackoff(attempt) {
    return Math.min(MINUTE_MS * 4 ** Math.max(0, attempt - 1), MAX_BACKOFF_MS);
}
/** Only a 2xx answer delivers an event. */
export const isDelivered = (outcome) => outcome.kind === 'answered' && outcome.status >= 200 && outcome.status < 300;
/** `lastError` is at most 300 characters. */
const LAST_ERROR_MAX = 300;
/** The English `lastError` of a failed attempt; `null` after a 2xx. */
export function errorText(outcome) {
    if (isDelivered(outcome))
        return null;
    const text = outcome.kind === 'failed'
        ? outcome.error
        : `Receiver answered ${outcome.status} ${outcome.statusText || STATUS_CODES[outcome.status] || ''}`.trimEnd() +
            '.';
    return text.length > LAST_ERROR_MAX ? `${text.slice(0, LAST_ERROR_MAX - 1)}…` : text;
}
/** Why a request got no answer, from what `fetch` threw, in words a tester reads. */
export function transportError(error, timeoutMs) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError')
        return `No answer within ${timeoutMs} ms.`;
    const code = causeCode(error);
    switch (code) {
        case 'ECONNREFUSED':
            return 'Connection refused.';
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return 'Receiver host not found.';
        case 'ECONNRESET':
        case 'UND_ERR_SOCKET':
            return 'Connection closed before an answer.';
        case 'UND_ERR_HEADERS_TIMEOUT':
        case 'UND_ERR_BODY_TIMEOUT':
            return `No answer within ${timeoutMs} ms.`;
        default:
            return `Request failed (${code ?? (name || 'unknown error')}).`;
    }
}
function causeCode(error) {
    for (let e = error, depth = 0; e && depth < 4; depth += 1) {
        const code = e.code;
        if (typeof code === 'string')
            return code;
        e = e.cause;
    }
    return undefined;
}
/**
 * The delivery after an attempt made at `at`: `DELIVERED` on a 2xx; otherwise `RETRYING` with
 * the next attempt after the back-off, or `DEAD_LETTER` once the budget is spent.
 */
export function afterAttempt(view, outcome, at, backoff) {
    const attempts = view.attempts + 1;
    const common = {
        ...withoutDeliveredAt(view),
        attempts,
        lastAttemptAt: toVnIso(at),
        lastResponseStatus: outcome.kind === 'answered' ? outcome.status : null,
        lastError: errorText(outcome),
    };
    if (isDelivered(outcome))
        return { ...common, state: 'DELIVERED', nextAttemptAt: null, deliveredAt: toVnIso(at) };
    if (attempts >= view.maxAttempts)
        return { ...common, state: 'DEAD_LETTER', nextAttemptAt: null };
    const next = new Date(at.getTime() + backoff(attempts));
    return { ...common, state: 'RETRYING', nextAttemptAt: toVnIso(next) };
}
/**
 * The delivery queued again at `at` with a fresh budget; the last attempt's facts stay until
 * the next attempt replaces them.
 * @see specs/sandbox.yaml `sandboxRedeliver` (202 example)
 */
export function redelivered(view, at, maxAttempts) {
    return {
        ...withoutDeliveredAt(view),
        state: 'PENDING',
        attempts: 0,
        maxAttempts,
        nextAttemptAt: toVnIso(at),
    };
}
function withoutDeliveredAt(view) {
    const rest = { ...view };
    delete rest.deliveredAt;
    return rest;
}
