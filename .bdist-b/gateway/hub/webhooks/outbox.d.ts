import type { Logger } from 'pino';
import { type Result } from '../../../contracts/result.js';
import { type SandboxResources } from '../../../mocks/kit/index.js';
import type { KeyRing } from '../../../mocks/signing/key-ring.js';
import type { StoredEvent } from '../model.js';
import { type WebhookDelivery } from './state.js';
/** Where the outbox works: a sandbox's id, store and clock (a `MockContext` is one). */
export type OutboxSandbox = Pick<SandboxResources, 'id' | 'store' | 'clock'>;
/** Options of {@link createOutbox}. */
export interface OutboxOptions {
    /** Signs every attempt (`X-Lienthong-Signature`); the JWKS publishes its key. */
    readonly keys: KeyRing;
    /** The sandbox's `webhookMaxAttempts` (config), read when a delivery is queued. */
    readonly maxAttempts: (sandboxId: string) => number;
    /** Injected for tests; default: the global `fetch`. */
    readonly fetch?: typeof fetch;
    /** How long one attempt may take before it counts as failed (default 10 s). */
    readonly timeoutMs?: number;
    /** The wait in ms after the n-th failed attempt (default {@link defaultBackoff}). */
    readonly backoff?: (attempt: number) => number;
    readonly logger?: Logger;
}
/** Why a redelivery was refused. */
export type RedeliverError = 'NOT_FOUND' | 'IN_PROGRESS';
/** The outbox of the hub; see {@link createOutbox}. */
export interface Outbox {
    /**
     * Queues a stored event for its owner's subscription, if the subscription wants its type, and
     * starts delivering it in the background (the first attempt is made now, not on the clock).
     * Call it once the event is committed, outside the transaction that stored it: the outbox
     * writes to the same sandbox store, which runs transactions one at a time.
     */
    enqueue(sandbox: OutboxSandbox, stored: StoredEvent): Promise<void>;
    /** Queues a finished delivery again: same event, fresh signature, fresh attempt budget. */
    redeliver(sandbox: OutboxSandbox, deliveryId: string): Promise<Result<WebhookDelivery, RedeliverError>>;
    /** Deliveries waiting to be sent (`PENDING` or `RETRYING`) in every sandbox the outbox served. */
    backlog(): Promise<number>;
    /**
     * Resolves once no attempt is in flight (tests, benchmarks, shutdown), or none of one sandbox's
     * when `sandboxId` is given (a move of that sandbox's clock).
     */
    idle(sandboxId?: string): Promise<void>;
}
/** The default time limit of one attempt. */
export declare const DEFAULT_WEBHOOK_TIMEOUT_MS = 10000;
/** The prefix of the outbox's timers, counted by `sandboxAdvanceClock` as `webhooksAttempted`. */
export declare const WEBHOOK_TIMER_PREFIX: "webhook:";
/**
 * Creates the outbox. It keeps no state of its own besides the lanes being worked on and the
 * retry timers: deliveries live in the sandbox store (`lienthong.deliveries`).
 * @see OutboxOptions
 */
export declare function createOutbox(options: OutboxOptions): Outbox;
