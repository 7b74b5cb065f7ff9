/**
 * The event outbox: every stored event a client subscribed to becomes a delivery, POSTed to the
 * client's callback URL with a detached JWS over the exact bytes sent, retried with back-off on
 * the sandbox clock, dead-lettered after the sandbox's attempt budget, redeliverable on demand.
 *
 * Deliveries are at least once and in order per lane (one dossier to one target): a delivery is
 * not attempted while an earlier one of its lane is `PENDING` or `RETRYING`. One worker per lane
 * at a time makes the attempts, so no event is sent twice in the normal path.
 * @see specs/lienthong.yaml (info: "Events"; `webhooks`); specs/sandbox.yaml (tag webhooks);
 *   DESIGN.md §3 ("emits events → outbox → signed webhooks with retries")
 */
import { randomUUID } from 'node:crypto';
import { err, ok } from '../../../contracts/result.js';
import { toVnIso } from '../../../mocks/domain/calendar/timestamps.js';
import { nextSequence } from '../../../mocks/kit/index.js';
import { TIMER_LABEL_PREFIXES } from '../../sandboxes/clock-ops.js';
import { afterAttempt, defaultBackoff, redelivered, transportError, } from './delivery-rules.js';
import { deliveries, isActive, laneOf, subscriptionOf, } from './state.js';
/** The default time limit of one attempt. */
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;
/** The prefix of the outbox's timers, counted by `sandboxAdvanceClock` as `webhooksAttempted`. */
export const WEBHOOK_TIMER_PREFIX = TIMER_LABEL_PREFIXES.webhooksAttempted;
/** The name of the delivery id sequence (`dlv-000001`…). */
const SEQUENCE = 'lienthong.deliveries';
/**
 * Creates the outbox. It keeps no state of its own besides the lanes being worked on and the
 * retry timers: deliveries live in the sandbox store (`lienthong.deliveries`).
 * @see OutboxOptions
 */
export function createOutbox(options) {
    const send = options.fetch ?? fetch;
    const timeoutMs = options.timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS;
    const backoff = options.backoff ?? defaultBackoff;
    const logger = options.logger?.child({ component: 'outbox' });
    /** The tail of each lane's work, so one worker at a time attempts a lane's deliveries. */
    const lanes = new Map();
    /** Retry timers per clock: a reset sandbox gets a new clock, and the old timers go with it. */
    const timers = new WeakMap();
    /** Work in flight and the sandbox it belongs to. */
    const running = new Map();
    const known = new Map();
    const timersOf = (clock) => {
        let map = timers.get(clock);
        if (!map)
            timers.set(clock, (map = new Map()));
        return map;
    };
    /** Runs `work` after the lane's earlier work; failures are logged, never thrown. */
    const work = (sandbox, lane) => {
        const key = `${sandbox.id}|${lane}`;
        const run = (lanes.get(key) ?? Promise.resolve())
            .then(() => drain(sandbox, lane))
            .catch((error) => {
            logger?.error({ err: error, sandboxId: sandbox.id }, 'webhook lane failed');
        });
        lanes.set(key, run);
        running.set(run, sandbox.id);
        void run.finally(() => {
            running.delete(run);
            if (lanes.get(key) === run)
                lanes.delete(key);
        });
        return run;
    };
    /** Attempts the lane's deliveries in order until one must wait for its retry time. */
    const drain = async (sandbox, lane) => {
        for (;;) {
            const head = await headOf(sandbox.store, lane);
            if (!head)
                return;
            const { doc } = head;
            if (timersOf(sandbox.clock).has(doc.id))
                return; // its timer drains the lane
            const dueAt = doc.view.nextAttemptAt === null ? 0 : Date.parse(doc.view.nextAttemptAt);
            if (doc.view.state === 'RETRYING' && dueAt > sandbox.clock.now().getTime()) {
                schedule(sandbox, doc, new Date(dueAt));
                return;
            }
            const after = await attempt(sandbox, head);
            if (after?.view.state === 'RETRYING' && after.view.nextAttemptAt !== null) {
                schedule(sandbox, after, new Date(after.view.nextAttemptAt));
                return;
            }
        }
    };
    const schedule = (sandbox, record, at) => {
        const pending = timersOf(sandbox.clock);
        try {
            const handle = sandbox.clock.schedule(at, () => {
                pending.delete(record.id);
                return work(sandbox, laneOf(record));
            }, `${WEBHOOK_TIMER_PREFIX}${record.id}`);
            pending.set(record.id, handle);
        }
        catch (error) {
            // The sandbox was reset or deleted meanwhile (its clock disposed): nothing to retry for.
            logger?.debug({ err: error, sandboxId: sandbox.id }, 'webhook retry not scheduled');
        }
    };
    /** One POST of a delivery; the stored record afterwards, `undefined` if it changed meanwhile. */
    const attempt = async (sandbox, { doc, version }) => {
        const at = sandbox.clock.now();
        const outcome = await post(doc);
        const view = afterAttempt(doc.view, outcome, at, backoff);
        const updated = await deliveries(sandbox.store).update(doc.id, (d) => ({ ...d, view }), {
            expectedVersion: version,
        });
        // Deleted (subscription dropped, sandbox reset) or redelivered meanwhile: not ours any more.
        if (!updated.ok)
            return undefined;
        if (view.state === 'DEAD_LETTER') {
            logger?.warn({ sandboxId: sandbox.id, deliveryId: doc.id, attempts: view.attempts }, 'webhook dead-lettered');
        }
        return updated.value.doc;
    };
    const post = async (doc) => {
        try {
            const response = await send(doc.view.targetUrl, {
                method: 'POST',
                headers: {
                    'content-type': 'application/json',
                    'x-lienthong-signature': options.keys.signDetached(doc.payload),
                    'x-lienthong-event-id': doc.view.eventId,
                    'x-request-id': randomUUID(),
                },
                body: doc.payload,
                redirect: 'manual',
                signal: AbortSignal.timeout(timeoutMs),
            });
            // The body is not read: release the connection.
            await response.body?.cancel().catch(() => undefined);
            return { kind: 'answered', status: response.status, statusText: response.statusText };
        }
        catch (error) {
            return { kind: 'failed', error: transportError(error, timeoutMs) };
        }
    };
    return {
        async enqueue(sandbox, stored) {
            const subscription = await subscriptionOf(sandbox.store, stored.clientId);
            if (!subscription?.loaiSuKien.includes(stored.event.loaiSuKien))
                return;
            const n = await nextSequence(sandbox.store, SEQUENCE);
            const now = toVnIso(sandbox.clock.now());
            const record = {
                id: `dlv-${String(n).padStart(6, '0')}`,
                clientId: stored.clientId,
                soThuTu: stored.event.soThuTu,
                payload: JSON.stringify(stored.event),
                view: {
                    deliveryId: `dlv-${String(n).padStart(6, '0')}`,
                    eventId: stored.event.maSuKien,
                    eventType: stored.event.loaiSuKien,
                    maHoSo: stored.maHoSo,
                    targetUrl: subscription.diaChiNhan,
                    state: 'PENDING',
                    attempts: 0,
                    maxAttempts: options.maxAttempts(sandbox.id),
                    createdAt: now,
                    lastAttemptAt: null,
                    lastResponseStatus: null,
                    lastError: null,
                    nextAttemptAt: now,
                },
            };
            const inserted = await deliveries(sandbox.store).insert(record);
            if (!inserted.ok)
                throw new Error(`delivery ${record.id} not stored: ${inserted.error.code}`);
            known.set(sandbox.id, sandbox.store);
            void work(sandbox, laneOf(record));
        },
        async redeliver(sandbox, deliveryId) {
            const collection = deliveries(sandbox.store);
            for (;;) {
                const found = await collection.getVersioned(deliveryId);
                if (!found)
                    return err('NOT_FOUND');
                if (isActive(found.doc.view.state))
                    return err('IN_PROGRESS');
                const view = redelivered(found.doc.view, sandbox.clock.now(), options.maxAttempts(sandbox.id));
                const updated = await collection.update(deliveryId, (d) => ({ ...d, view }), {
                    expectedVersion: found.version,
                });
                if (!updated.ok)
                    continue; // changed meanwhile (a last attempt finished): decide again
                known.set(sandbox.id, sandbox.store);
                void work(sandbox, laneOf(found.doc));
                return ok(view);
            }
        },
        async backlog() {
            let total = 0;
            for (const [id, store] of known) {
                try {
                    const collection = deliveries(store);
                    total += (await collection.findBy('byState', 'PENDING')).length;
                    total += (await collection.findBy('byState', 'RETRYING')).length;
                }
                catch {
                    known.delete(id); // the sandbox was deleted
                }
            }
            return total;
        },
        async idle(sandboxId) {
            const pending = () => [...running].filter(([, id]) => sandboxId === undefined || id === sandboxId);
            for (let now = pending(); now.length > 0; now = pending()) {
                await Promise.allSettled(now.map(([run]) => run));
            }
        },
    };
}
/** The first delivery of a lane still to be made, in event order, with its version. */
async function headOf(store, lane) {
    const collection = deliveries(store);
    const active = (await collection.findBy('byLane', lane))
        .filter((d) => isActive(d.view.state))
        .sort((a, b) => a.soThuTu - b.soThuTu || (a.id < b.id ? -1 : 1));
    for (const candidate of active) {
        // Re-read with its version: it may have been dropped since the index was read.
        const current = await collection.getVersioned(candidate.id);
        if (current && isActive(current.doc.view.state))
            return current;
    }
    return undefined;
}
