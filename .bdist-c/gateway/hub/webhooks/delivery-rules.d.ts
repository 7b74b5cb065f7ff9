import type { WebhookDelivery } from './state.js';
/** Attempts before a delivery is dead-lettered when the sandbox config says nothing. */
export declare const DEFAULT_MAX_ATTEMPTS = 8;
/** The longest wait between two attempts. */
export declare const MAX_BACKOFF_MS: number;
/**
 * The wait after the `attempt`-th failed attempt: 1 min, 4 min, 16 min, 64 min, 256 min, then
 * 6 h. The spec's `WebhookDelivery` example (second attempt 09:31:01, next 09:35:01) follows it.
 * @see specs/sandbox.yaml#/components/schemas/WebhookDelivery (example)
 */
export declare function defaultBackoff(attempt: number): number;
/** What one POST to the receiver came to. */
export type AttemptOutcome = {
    readonly kind: 'answered';
    readonly status: number;
    readonly statusText?: string;
} | {
    readonly kind: 'failed';
    readonly error: string;
};
/** Only a 2xx answer delivers an event. */
export declare const isDelivered: (outcome: AttemptOutcome) => boolean;
/** The English `lastError` of a failed attempt; `null` after a 2xx. */
export declare function errorText(outcome: AttemptOutcome): string | null;
/** Why a request got no answer, from what `fetch` threw, in words a tester reads. */
export declare function transportError(error: unknown, timeoutMs: number): string;
/**
 * The delivery after an attempt made at `at`: `DELIVERED` on a 2xx; otherwise `RETRYING` with
 * the next attempt after the back-off, or `DEAD_LETTER` once the budget is spent.
 */
export declare function afterAttempt(view: WebhookDelivery, outcome: AttemptOutcome, at: Date, backoff: (attempt: number) => number): WebhookDelivery;
/**
 * The delivery queued again at `at` with a fresh budget; the last attempt's facts stay until
 * the next attempt replaces them.
 * @see specs/sandbox.yaml `sandboxRedeliver` (202 example)
 */
export declare function redelivered(view: WebhookDelivery, at: Date, maxAttempts: number): WebhookDelivery;
