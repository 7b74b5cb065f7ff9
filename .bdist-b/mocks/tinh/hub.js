/**
 * The province's side of its exchanges with the hub: progress updates, leg-result reports with
 * their retries, and the log of every exchange (`tinh.exchanges`). A hub answering 4xx/5xx is an
 * expected outcome: it is recorded, and a report is retried (see {@link REPORT_RETRY}).
 * @see specs/tinh.yaml items 3–4; specs/lienthong.yaml `lienthongReportLegResult`,
 * `lienthongUpdateProgress`
 */
import { toVnIso } from '../domain/calendar/index.js';
import { nextSequence } from '../kit/index.js';
import { progressUpdate } from './mapping.js';
import { REPORT_RETRY, retryDelayMs } from './rules.js';
import { dossiers, exchanges } from './state.js';
/** The account the province's automatic calls carry (the hub sends no officer header). */
export const SYSTEM_ACCOUNT = 'hethong.tinh';
async function newExchangeId(ctx, maHoSo) {
    const n = await nextSequence(ctx.store, 'tinh.exchanges');
    return `${maHoSo}|${String(n).padStart(6, '0')}`;
}
async function save(ctx, exchange) {
    const written = await exchanges(ctx.store).put(exchange);
    if (!written.ok)
        throw new Error(`tinh: exchange ${exchange.id} not stored`);
}
/**
 * Records a push the hub made to the province (dossier, supplement, withdrawal, event) with the
 * status the province answered.
 */
export async function logIncoming(ctx, maHoSo, operationId, status, body) {
    await save(ctx, {
        id: await newExchangeId(ctx, maHoSo),
        maHoSo,
        direction: 'IN',
        kind: 'PUSH',
        operationId,
        ...(body !== undefined ? { body } : {}),
        attempts: [{ at: toVnIso(ctx.clock.now()), status }],
        state: 'RECEIVED',
    });
}
/**
 * Reports one processing step with `lienthongUpdateProgress` (best effort: recorded, not retried).
 * @see DOMAIN.md §7 (CapNhatTienDoHoSoMC); specs/tinh.yaml item 4
 */
export async function sendProgress(ctx, record, step) {
    const id = await newExchangeId(ctx, record.id);
    const idempotencyKey = `tinh-${record.maHoSoTinh}-P${id.slice(-6)}`;
    const body = progressUpdate(step);
    const answer = await ctx.call('lienthongUpdateProgress', {
        headers: { 'idempotency-key': idempotencyKey, 'x-officer-id': SYSTEM_ACCOUNT },
        body,
    });
    const ok = answer.status >= 200 && answer.status < 300;
    await save(ctx, {
        id,
        maHoSo: record.id,
        direction: 'OUT',
        kind: 'PROGRESS',
        operationId: 'lienthongUpdateProgress',
        idempotencyKey,
        body,
        attempts: [{ at: toVnIso(ctx.clock.now()), status: answer.status }],
        state: ok ? 'ACKNOWLEDGED' : 'FAILED',
    });
}
/**
 * Reports the civil-status outcome with `lienthongReportLegResult`. Older reports of the dossier
 * still pending are superseded; the leg is `daBaoCao` once the hub acknowledges this one.
 * @see specs/lienthong.yaml `lienthongReportLegResult`; {@link REPORT_RETRY}
 */
export async function sendReport(ctx, record, report) {
    for (const old of await exchanges(ctx.store).findBy('byState', `${record.id}|PENDING`)) {
        await save(ctx, { ...old, state: 'SUPERSEDED' });
    }
    const updated = await dossiers(ctx.store).update(record.id, (d) => ({
        ...d,
        reports: d.reports + 1,
        leg: { ...d.leg, daBaoCao: false },
    }));
    if (!updated.ok)
        throw new Error(`tinh: dossier ${record.id} vanished`);
    const n = updated.value.doc.reports;
    const exchange = {
        id: await newExchangeId(ctx, record.id),
        maHoSo: record.id,
        direction: 'OUT',
        kind: 'REPORT',
        operationId: 'lienthongReportLegResult',
        idempotencyKey: `tinh-${record.maHoSoTinh}-KQ${n}`,
        params: { maHoSo: record.id, maThuTucCon: record.leg.ma },
        body: report,
        attempts: [],
        state: 'PENDING',
    };
    await attempt(ctx, exchange);
}
/**
 * Sends the pending reports of a dossier again (on a push or an event from the hub).
 * @see REPORT_RETRY
 */
export async function retryPending(ctx, maHoSo) {
    for (const pending of await exchanges(ctx.store).findBy('byState', `${maHoSo}|PENDING`)) {
        await attempt(ctx, pending);
    }
}
async function attempt(ctx, exchange) {
    const answer = await ctx.call('lienthongReportLegResult', {
        params: exchange.params ?? {},
        headers: {
            'idempotency-key': exchange.idempotencyKey ?? exchange.id,
            'x-officer-id': SYSTEM_ACCOUNT,
        },
        body: exchange.body,
    });
    const now = ctx.clock.now();
    const attempts = [...exchange.attempts, { at: toVnIso(now), status: answer.status }];
    const acknowledged = answer.status >= 200 && answer.status < 300;
    const state = acknowledged
        ? 'ACKNOWLEDGED'
        : attempts.length >= REPORT_RETRY.maxAttempts
            ? 'FAILED'
            : 'PENDING';
    await save(ctx, { ...exchange, attempts, state });
    if (acknowledged) {
        await dossiers(ctx.store).update(exchange.maHoSo, (d) => ({
            ...d,
            leg: { ...d.leg, daBaoCao: true },
            thoiDiemCapNhat: toVnIso(now),
        }));
    }
    else if (state === 'PENDING') {
        const at = new Date(now.getTime() + retryDelayMs(attempts.length));
        ctx.clock.schedule(at, () => retryOne(ctx, exchange.id), `tinh.report-retry ${exchange.id}`);
    }
}
async function retryOne(ctx, id) {
    const exchange = await exchanges(ctx.store).get(id);
    if (exchange?.state === 'PENDING')
        await attempt(ctx, exchange);
}
