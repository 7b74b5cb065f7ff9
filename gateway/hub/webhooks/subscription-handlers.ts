/**
 * The calling client's event subscription: where the hub POSTs its dossiers' events, which event
 * types it wants and, for a provincial client, the base URL of its one-stop system (connected
 * mode). One subscription per client, keyed by the authenticated client id.
 * @see specs/lienthong.yaml `lienthongPutSubscription`, `lienthongGetSubscription`,
 *   `lienthongDeleteSubscription`
 */
import type { operations } from '../../../contracts/generated/lienthong.js';
import { isProblem, problemAnswer, type Problem } from '../../../contracts/problems.js';
import { toVnIso } from '../../../mocks/domain/calendar/timestamps.js';
import {
  defineOperation,
  type MockAnswer,
  type MockContext,
  type MockHandler,
  type MockRequest,
} from '../../../mocks/kit/index.js';
import type { StoreScope } from '../../../mocks/ports/store/index.js';
import { recall, remember } from './idempotency.js';
import { callerRequired, idempotencyKeyReused, subscriptionNotFound } from './problems.js';
import { deliveries, isActive, JWKS_PATH, subscriptions, type EventSubscription } from './state.js';

type Ops = operations;

/**
 * A typed operation that needs the authenticated client: `MockRequest` does not carry the
 * caller, so the client id is taken from the handler input and passed beside the request.
 */
function clientOperation<Op>(
  operationId: string,
  handle: (clientId: string, request: MockRequest<Op>, ctx: MockContext) => Promise<MockAnswer<Op>>,
): readonly [string, MockHandler] {
  const handler: MockHandler = async (input, ctx) => {
    const clientId = input.caller?.clientId;
    if (clientId === undefined) return problemAnswer(callerRequired());
    const [, typed] = defineOperation<Op>(operationId, {}, (request, c) =>
      handle(clientId, request, c),
    );
    return typed(input, ctx);
  };
  return [operationId, handler] as const;
}

/** Runs a keyed write once per `Idempotency-Key` and body, replaying the first answer. */
async function once<Op>(
  tx: StoreScope,
  where: { readonly operationId: string; readonly clientId: string; readonly key: string },
  body: unknown,
  work: () => Promise<MockAnswer<Op>>,
): Promise<MockAnswer<Op>> {
  const recalled = await recall(tx, where, body);
  if (recalled.kind === 'reused') return idempotencyKeyReused();
  if (recalled.kind === 'replay') {
    return recalled.status >= 400
      ? (recalled.body as Problem)
      : ({ status: recalled.status, body: recalled.body ?? undefined } as MockAnswer<Op>);
  }
  const answer = await work();
  await remember(
    tx,
    recalled,
    isProblem(answer) ? { status: answer.status, body: answer } : answer,
  );
  return answer;
}

const keyOf = (headers: Readonly<Record<string, unknown>>): string =>
  String(headers['idempotency-key']);

const put = clientOperation<Ops['lienthongPutSubscription']>(
  'lienthongPutSubscription',
  (clientId, req, ctx) =>
    ctx.store.transaction((tx) =>
      once<Ops['lienthongPutSubscription']>(
        tx,
        { operationId: req.operationId, clientId, key: keyOf(req.headers) },
        req.body,
        async () => {
          const now = toVnIso(ctx.clock.now());
          const existing = await subscriptions(tx).get(clientId);
          const subscription: EventSubscription = {
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
        },
      ),
    ),
);

const get = clientOperation<Ops['lienthongGetSubscription']>(
  'lienthongGetSubscription',
  async (clientId, _req, ctx) => {
    const subscription = await subscriptions(ctx.store).get(clientId);
    return subscription ? { status: 200, body: subscription } : subscriptionNotFound();
  },
);

const remove = clientOperation<Ops['lienthongDeleteSubscription']>(
  'lienthongDeleteSubscription',
  (clientId, req, ctx) =>
    ctx.store.transaction((tx) =>
      once<Ops['lienthongDeleteSubscription']>(
        tx,
        { operationId: req.operationId, clientId, key: keyOf(req.headers) },
        null,
        async () => {
          if (!(await subscriptions(tx).delete(clientId))) return subscriptionNotFound();
          // "Pending deliveries are dropped": the outbox finds nothing left to attempt.
          for (const delivery of await deliveries(tx).findBy('byClient', clientId))
            if (isActive(delivery.view.state)) await deliveries(tx).delete(delivery.id);
          return { status: 204, body: undefined };
        },
      ),
    ),
);

/**
 * The subscription operations, keyed by `operationId`, for the hub's operation table.
 * @see specs/lienthong.yaml (tag su-kien)
 */
export const SUBSCRIPTION_OPERATIONS: readonly (readonly [string, MockHandler])[] = [
  put,
  get,
  remove,
];
