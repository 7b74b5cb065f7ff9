import { runCall } from './call.js';
import { brokenRun } from './context.js';
import { checkField } from './expectations.js';
import { resolve, resolveText, UnresolvedReferenceError } from './references.js';
import { dossierEvents, eventList, POLL_MS } from './steps.js';
import { setTimeout as sleep } from 'node:timers/promises';
/**
 * Runs one final check: a dossier's state, its events, what the receiver got, or any call.
 * @see scenarios/README.md "`then`"
 */
export async function runCheck(check, ctx, place) {
    try {
        switch (check.kind) {
            case 'call':
                return await runCall(check, ctx, place);
            case 'dossier':
                return await dossier(check, ctx, place);
            case 'events':
                return await events(check, ctx, place);
            case 'received':
                return await received(check, ctx, place);
        }
    }
    catch (error) {
        if (error instanceof UnresolvedReferenceError) {
            return { label: check.kind, exchanges: [], failures: [brokenRun(place, error.message)] };
        }
        throw error;
    }
}
async function dossier(check, ctx, place) {
    const maHoSo = resolveText(check.dossier, ctx.variables);
    const exchange = await ctx.client.call({
        operationId: 'lienthongGetDossier',
        as: ctx.clientId,
        params: { maHoSo },
        headers: { 'x-sandbox-id': ctx.sandboxId, 'x-officer-id': ctx.officer },
    });
    ctx.dossiers.add(maHoSo);
    const label = `dossier ${maHoSo}`;
    const body = exchange.response?.body;
    if (exchange.response?.status !== 200 || !body) {
        return {
            label,
            exchanges: [exchange],
            failures: [brokenRun(place, `read dossier ${maHoSo} (200)`, exchange)],
        };
    }
    const failures = [];
    const fail = (expectation, expected, actual) => failures.push({ ...place, expectation, expected, actual, exchange });
    if (check.status !== undefined) {
        const wanted = Array.isArray(check.status) ? check.status : [check.status];
        if (!wanted.includes(body.trangThai)) {
            fail(`dossier status ${wanted.join(' or ')}`, wanted.length === 1 ? wanted[0] : [...wanted], body.trangThai ?? null);
        }
    }
    const legs = (body.thuTucCon ?? []);
    for (const [code, status] of Object.entries(check.legs ?? {})) {
        const leg = legs.find((l) => l.ma === code);
        const actual = leg ? (leg.trangThai ?? null) : '(no such leg)';
        if (actual !== status)
            fail(`leg ${code} is ${status}`, status, actual);
    }
    for (const [pointer, rule] of Object.entries(check.fields ?? {})) {
        const broken = checkField(body, pointer, resolve(rule, ctx.variables));
        if (broken)
            fail(broken.text, broken.expected ?? null, broken.actual ?? null);
    }
    return { label, exchanges: [exchange], failures };
}
async function events(check, ctx, place) {
    const maHoSo = resolveText(check.dossier, ctx.variables);
    const exchange = await dossierEvents(ctx, maHoSo);
    ctx.dossiers.add(maHoSo);
    const label = `events of ${maHoSo}`;
    if (exchange.response?.status !== 200) {
        return {
            label,
            exchanges: [exchange],
            failures: [brokenRun(place, `read the events of ${maHoSo} (200)`, exchange)],
        };
    }
    const list = eventList(exchange);
    const types = list.map((e) => e.loaiSuKien);
    const failures = [];
    if (!isSubsequence(check.order, types)) {
        failures.push({
            ...place,
            expectation: `events in order ${check.order.join(' → ')}`,
            expected: [...check.order],
            actual: types,
            exchange,
        });
    }
    if (check.noGaps !== false) {
        const numbers = list.map((e) => e.soThuTu);
        if (!numbers.every((n, i) => n === i + 1)) {
            failures.push({
                ...place,
                expectation: 'events numbered 1..n without gaps',
                expected: numbers.map((_, i) => i + 1),
                actual: numbers,
                exchange,
            });
        }
    }
    return { label, exchanges: [exchange], failures };
}
/** How long `received` waits for deliveries still on their way (webhooks are asynchronous). */
export const RECEIVED_WAIT_MS = 3_000;
async function received(check, ctx, place) {
    const maHoSo = resolveText(check.dossier, ctx.variables);
    const label = `webhooks received for ${maHoSo}`;
    const receiver = ctx.receiver;
    if (!receiver) {
        return {
            label,
            exchanges: [],
            failures: [brokenRun(place, 'a webhook receiver (add given.receiver)')],
        };
    }
    const deadline = performance.now() + RECEIVED_WAIT_MS;
    for (;;) {
        const history = check.complete ? await dossierEvents(ctx, maHoSo) : undefined;
        const failures = judgeDeliveries(check, receiver.deliveries, maHoSo, history, place);
        if (failures.length === 0 || performance.now() >= deadline) {
            const count = receiver.deliveries.filter((d) => d.event?.maHoSo === maHoSo).length;
            return { label: `${label} (${count})`, exchanges: history ? [history] : [], failures };
        }
        await sleep(POLL_MS);
    }
}
function judgeDeliveries(check, deliveries, maHoSo, history, place) {
    const mine = deliveries.filter((d) => d.event?.maHoSo === maHoSo);
    const accepted = mine.filter((d) => d.answered >= 200 && d.answered < 300);
    const unique = dedupe(accepted.map((d) => d.event));
    const types = unique.map((e) => e.loaiSuKien);
    const failures = [];
    if (check.order && !isSubsequence(check.order, types)) {
        failures.push({
            ...place,
            expectation: `webhooks in order ${check.order.join(' → ')}`,
            expected: [...check.order],
            actual: types,
        });
    }
    if (history) {
        const all = eventList(history).map((e) => e.maSuKien);
        const got = new Set(unique.map((e) => e.maSuKien));
        if (all.some((id) => !got.has(id))) {
            const expected = eventList(history).map((e) => e.loaiSuKien);
            failures.push({
                ...place,
                expectation: 'every event delivered at least once',
                expected,
                actual: types,
                exchange: history,
            });
        }
        const numbers = unique.map((e) => e.soThuTu);
        if (!numbers.every((n, i) => n === i + 1)) {
            failures.push({
                ...place,
                expectation: 'delivered events numbered 1..n after de-duplication',
                expected: numbers.map((_, i) => i + 1),
                actual: numbers,
            });
        }
    }
    if (check.signed !== false) {
        const unsigned = mine
            .filter((d) => !d.signed)
            .map((d) => (d.event?.loaiSuKien ?? d.raw.slice(0, 80)));
        if (unsigned.length > 0) {
            failures.push({
                ...place,
                expectation: 'every webhook signed with a key of the target JWKS',
                expected: 'all signed',
                actual: unsigned,
            });
        }
    }
    return failures;
}
function dedupe(events) {
    const seen = new Map();
    for (const event of events) {
        if (!seen.has(event.maSuKien))
            seen.set(event.maSuKien, event);
    }
    return [...seen.values()].sort((a, b) => a.soThuTu - b.soThuTu);
}
/** Whether `wanted` appears in `actual` in order (other items may come between). */
export function isSubsequence(wanted, actual) {
    let i = 0;
    for (const item of actual)
        if (item === wanted[i])
            i += 1;
    return i === wanted.length;
}
