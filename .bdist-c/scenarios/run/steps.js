import { setTimeout as sleep } from 'node:timers/promises';
import { runCall } from './call.js';
import { brokenRun } from './context.js';
import { checkExpectation } from './expectations.js';
import { resolveText, UnresolvedReferenceError } from './references.js';
/** How often `waitFor` polls the dossier's events, and how long it waits by default. */
export const POLL_MS = 20;
export const DEFAULT_WAIT_MS = 5_000;
/**
 * Runs one step. Expected failures come back as {@link Outcome} failures; a reference that names
 * nothing is a failure of the step, not an exception.
 */
export async function runStep(step, ctx, place) {
    try {
        switch (step.kind) {
            case 'call':
                return await runCall(step, ctx, place);
            case 'advance':
                return await advance(step, ctx, place);
            case 'waitFor':
                return await waitFor(step, ctx, place);
            case 'officer':
                return await officer(step, ctx, place);
            case 'citizen':
                return await citizen(step, ctx, place);
        }
    }
    catch (error) {
        if (error instanceof UnresolvedReferenceError) {
            return { label: step.kind, exchanges: [], failures: [brokenRun(place, error.message)] };
        }
        throw error;
    }
}
/** An admin call of the control plane in the scenario's sandbox. */
export function admin(ctx, operationId, extra = {}) {
    return ctx.client.call({
        operationId,
        as: 'admin',
        params: { sandboxId: ctx.sandboxId, ...extra.params },
        ...(extra.query ? { query: extra.query } : {}),
        ...(extra.body !== undefined ? { body: extra.body } : {}),
    });
}
/** Whether an exchange answered 2xx; otherwise the failure that says what was attempted. */
function answered(exchange, place, what) {
    const status = exchange.response?.status;
    if (status !== undefined && status >= 200 && status < 300)
        return [];
    return [brokenRun(place, what, exchange)];
}
async function advance(step, ctx, place) {
    let label;
    let exchange;
    if (step.to !== undefined) {
        label = `advance to ${step.to}`;
        exchange = await admin(ctx, 'sandboxSetClock', { body: { now: step.to, frozen: true } });
    }
    else if (step.duration !== undefined) {
        label = `advance ${step.duration}`;
        exchange = await admin(ctx, 'sandboxAdvanceClock', { body: { duration: step.duration } });
    }
    else {
        const days = step.workingDays ?? 0;
        label = `advance ${days} working day${days === 1 ? '' : 's'}`;
        if (days === 0)
            return { label, exchanges: [], failures: [] };
        exchange = await admin(ctx, 'sandboxAdvanceClock', { body: { workingDays: days } });
    }
    const body = exchange.response?.body;
    const now = body?.clock?.now ?? body?.now;
    if (typeof now === 'string')
        ctx.clock.now = now;
    return {
        label,
        exchanges: [exchange],
        failures: answered(exchange, place, `${label} (control plane)`),
    };
}
async function waitFor(step, ctx, place) {
    const dossier = resolveText(step.dossier, ctx.variables);
    const label = `wait for ${step.event} on ${dossier}`;
    const deadline = performance.now() + (step.timeoutMs ?? DEFAULT_WAIT_MS);
    let last;
    for (;;) {
        last = await dossierEvents(ctx, dossier);
        const events = eventList(last);
        if (events.some((e) => e.loaiSuKien === step.event)) {
            return { label, exchanges: [last], failures: [] };
        }
        if (performance.now() >= deadline)
            break;
        await sleep(POLL_MS);
    }
    const seen = eventList(last).map((e) => e.loaiSuKien);
    return {
        label,
        exchanges: [last],
        failures: [
            {
                ...place,
                expectation: `event ${step.event} within ${step.timeoutMs ?? DEFAULT_WAIT_MS} ms`,
                expected: step.event,
                actual: seen,
                exchange: last,
            },
        ],
    };
}
/** `lienthongListDossierEvents` as the scenario's client. */
export function dossierEvents(ctx, maHoSo) {
    return ctx.client.call({
        operationId: 'lienthongListDossierEvents',
        as: ctx.clientId,
        params: { maHoSo },
        query: { soLuong: 100 },
        headers: { 'x-sandbox-id': ctx.sandboxId, 'x-officer-id': ctx.officer },
    });
}
/** The events of a `lienthongListDossierEvents` answer. */
export function eventList(exchange) {
    const body = exchange?.response?.body;
    return Array.isArray(body?.danhSach) ? body.danhSach : [];
}
async function officer(step, ctx, place) {
    const dossier = resolveText(step.dossier, ctx.variables);
    const label = `officer ${step.decide} ${step.leg} of ${dossier}`;
    const list = await admin(ctx, 'sandboxListPendingSteps', {
        query: { leg: step.leg, limit: 100 },
    });
    const items = (list.response?.body?.items ?? []).filter((item) => typeof item.maHoSo === 'string' && item.maHoSo.startsWith(dossier));
    const pending = items[0];
    if (!pending) {
        const failure = {
            ...place,
            expectation: `a pending ${step.leg} step of ${dossier}`,
            expected: step.leg,
            actual: 'none pending',
            exchange: list,
        };
        return { label, exchanges: [list], failures: [failure] };
    }
    const decision = await admin(ctx, 'sandboxDecideStep', {
        params: { stepId: pending.stepId },
        body: {
            decision: step.decide,
            reasons: [...(step.reasons ?? defaultReasons(step))],
            officerId: ctx.officer,
        },
    });
    const failures = step.expect
        ? checkExpectation(decision, step.expect, {
            place,
            operationId: 'sandboxDecideStep',
            contracts: ctx.contracts,
            variables: ctx.variables,
        })
        : answered(decision, place, `${label} (control plane)`);
    return { label, exchanges: [list, decision], failures };
}
function defaultReasons(step) {
    if (step.decide === 'approve')
        return [];
    return step.decide === 'refuse'
        ? [{ ma: 'KHONG_DU_DIEU_KIEN', moTa: 'Không đủ điều kiện giải quyết' }]
        : [{ ma: 'THIEU_GIAY_TO', moTa: 'Cần bổ sung giấy tờ' }];
}
async function citizen(step, ctx, place) {
    const dossier = resolveText(step.dossier, ctx.variables);
    const label = `citizen ${step.answer}s on ${dossier}`;
    const list = await admin(ctx, 'sandboxListConfirmations', {
        query: { state: 'CHO_XAC_NHAN', limit: 100 },
    });
    const items = (list.response?.body?.items ?? []).filter((item) => typeof item.maHoSo === 'string' && item.maHoSo.startsWith(dossier));
    const pending = items[0];
    if (!pending) {
        const failure = {
            ...place,
            expectation: `a VNeID confirmation waiting on ${dossier}`,
            expected: 'CHO_XAC_NHAN',
            actual: 'none waiting',
            exchange: list,
        };
        return { label, exchanges: [list], failures: [failure] };
    }
    const decision = await admin(ctx, 'sandboxDecideConfirmation', {
        params: { maXacNhan: pending.maXacNhan },
        body: { answer: step.answer === 'agree' ? 'DONG_Y' : 'TU_CHOI' },
    });
    const failures = step.expect
        ? checkExpectation(decision, step.expect, {
            place,
            operationId: 'sandboxDecideConfirmation',
            contracts: ctx.contracts,
            variables: ctx.variables,
        })
        : answered(decision, place, `${label} (control plane)`);
    return { label, exchanges: [list, decision], failures };
}
