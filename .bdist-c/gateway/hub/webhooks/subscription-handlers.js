import { isProblem, problemAnswer } from '../../../contracts/problems.js';
import { toVnIso } from '../../../mocks/domain/calendar/timestamps.js';
import { defineOperation, } from '../../../mocks/kit/index.js';
import { recall, remember } from './idempotency.js';
import { callerRequired, idempotencyKeyReused, subscriptionNotFound } from './problems.js';
import { deliveries, isActive, JWKS_PATH, subscriptions } from './state.js';
/**
 * A typed operation that needs the authenticated client: `MockRequest` does not carry the
 * caller, so the client id is taken from the handler input and passed beside the request.
 */
function clientOperation(operationId, handle) {
    const handler = async (input, ctx) => {
        const clientId = input.caller?.clientId;
        if (clientId === undefined)
            return problemAnswer(callerRequired());
        const [, typed] = defineOperation(operationId, {}, (request, c) => handle(clientId, request, c));
        return typed(input, ctx);
    };
    return [operationId, handler];
}
/** Runs a keyed write once per `Idempotency-Key` and body, replaying the first answer. */
async function once(tx, where, body, work) {
    const recalled = await recall(tx, where, body);
    if (recalled.kind === 'reused')
        return idempotencyKeyReused();
    if (recalled.kind === 'replay') {
        return recalled.status >= 400
            ? recalled.body
            : { status: recalled.status, body: recalled.body ?? undefined };
    }
    const answer = await work();
    await remember(tx, recalled, isProblem(answer) ? { status: answer.status, body: answer } : answer);
    return answer;
}
const keyOf = (headers) => String(headers['idempotency-key']);
const put = clientOperation('lienthongPutSubscription', (clientId, req, ctx) => ctx.store.transaction((tx) => once(tx, { operationId: req.operationId, clientId, key: keyOf(req.headers) }, req.body, async () => {
    const now = toVnIso(ctx.clock.now());
    const existing = await subscriptions(tx).get(clientId);
    const subscription = {
        maKhachHang: clientId,
        diaChiNhan: req.body.diaChiNhan,
        loaiSuKien: [...req.body.loaiSuKien],
        ...(req.body.diaChiTinh !== undefined ? { diaChiTinh: req.body.diaChiTinh } : {}),
        diaChiJwks: JWKS_PATH,
        thoiDiemDangKy: existing?.thoiDiemDangKy ?? now,
        thoiDiemCapNhat: now,
    };
    await subscriptions(tx).put(subscription);
    return existing
        ? { status: 200, body: subscription }
        : { status: 201, body: subscription };
})));
const get = clientOperation('lienthongGetSubscription', async (clientId, _req, ctx) => {
    const subscription = await subscriptions(ctx.store).get(clientId);
    return subscription ? { status: 200, body: subscription } : subscriptionNotFound();
});
const remove = clientOperation('lienthongDeleteSubscription', (clientId, req, ctx) => ctx.store.transaction((tx) => once(tx, { operationId: req.operationId, clientId, key: keyOf(req.headers) }, null, async () => {
    if (!(await subscriptions(tx).delete(clientId)))
        return subscriptionNotFound();
    // "Pending deliveries are dropped": the outbox finds nothing left to attempt.
    for (const delivery of await deliveries(tx).findBy('byClient', clientId))
        if (isActive(delivery.view.state))
            await deliveries(tx).delete(delivery.id);
    return { status: 204, body: undefined };
})));
/**
 * The subscription operations, keyed by `operationId`, for the hub's operation table.
 * @see specs/lienthong.yaml (tag su-kien)
 */
export const SUBSCRIPTION_OPERATIONS = [
    put,
    get,
    remove,
];
