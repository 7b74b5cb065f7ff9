/**
 * Test support for the outbox: a sandbox (memory store, frozen clock), the subscription and
 * delivery operations behind the real pipeline (requests and answers validated against the
 * contracts, a stand-in security stage naming the caller), stored events, and a receiver.
 * Not part of the system: only the tests import it.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { CallRequest } from '../../../mocks/kit/index.js';
import { DEFAULT_HOLIDAY_CALENDAR } from '../../../mocks/domain/calendar/index.js';
import { resolveRegimeSettings } from '../../../mocks/domain/regimes/index.js';
import type { SandboxResources } from '../../../mocks/kit/context.js';
import { createClock } from '../../../mocks/ports/clock/create-clock.js';
import { createMemoryStore } from '../../../mocks/ports/store/index.js';
import { buildRequest, createMockRuntime } from '../../../mocks/runtime.js';
import { createKeyRing, type KeyRing } from '../../../mocks/signing/key-ring.js';
import { testContracts } from '../../../test/support/gateway.js';
import type { InvokeResult } from '../../../test/support/sandbox.js';
import {
  startFakeUpstream,
  type FakeUpstream,
  type ReceivedRequest,
} from '../../../test/support/upstream-server.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import type { DossierEvent, EventType, StoredEvent } from '../model.js';
import { deliveryOperations } from './delivery-operations.js';
import { createOutbox, type Outbox, type OutboxOptions } from './outbox.js';
import { subscriptions, type EventSubscription } from './state.js';
import { SUBSCRIPTION_OPERATIONS } from './subscription-handlers.js';

/** The client that owns the test dossiers. */
export const CLIENT = 'tinh-demo';
/** A dossier code of the test events. */
export const DOSSIER = '000.00.00.H38-260915-0007';

const keys: KeyRing = createKeyRing({ kid: 'webhook-test' });

/** A sandbox with an outbox and the operations, driven as a client and as an admin would. */
export interface OutboxHarness extends AsyncDisposable {
  readonly sandbox: SandboxResources;
  readonly outbox: Outbox;
  readonly keys: KeyRing;
  /** Calls an operation through the pipeline as `caller` (default {@link CLIENT}). */
  invoke(operationId: string, request?: CallRequest, caller?: string): Promise<InvokeResult>;
  /** Stores a subscription directly, as `lienthongPutSubscription` would. */
  subscribe(
    diaChiNhan: string,
    loaiSuKien?: readonly EventType[],
    clientId?: string,
  ): Promise<void>;
  /** Queues the event with this number of {@link DOSSIER} (or another dossier). */
  emit(soThuTu: number, loaiSuKien?: EventType, maHoSo?: string): Promise<StoredEvent>;
}

/** Builds a harness; `outbox` overrides the outbox's options (maxAttempts, timeout…). */
export async function createOutboxHarness(
  outbox: Partial<OutboxOptions> = {},
): Promise<OutboxHarness> {
  const store = createMemoryStore();
  const created = await store.createSandbox('test');
  if (!created.ok) throw new Error(`sandbox: ${created.error.code}`);
  const clock = createClock({ start: new Date('2026-09-15T09:30:00+07:00'), frozen: true });
  const sandbox: SandboxResources = {
    id: 'test',
    store: store.sandbox('test'),
    clock,
    calendar: DEFAULT_HOLIDAY_CALENDAR,
    regime: resolveRegimeSettings(),
  };
  const instance = createOutbox({ keys, maxAttempts: () => 8, ...outbox });
  const manager = { resources: (id: string) => (id === 'test' ? sandbox : undefined) };
  const contracts = testContracts();
  const mocks = createMockRuntime({
    contracts,
    keys,
    mocks: new Map(SUBSCRIPTION_OPERATIONS),
    sandbox: manager.resources,
    defaultSandboxId: 'test',
    dispatch: () => Promise.reject(new Error('no calls between systems here')),
  });
  let caller = CLIENT;
  const pipeline = createPipeline({
    contracts,
    handlers: new Map([...mocks, ...deliveryOperations(instance, manager)]),
    responseValidation: 'strict',
    security: { authenticate: async () => ({ ok: true, value: { clientId: caller } }) },
  });
  let counter = 0;
  return {
    sandbox,
    outbox: instance,
    keys,
    async invoke(operationId, request = {}, as = CLIENT) {
      counter += 1;
      caller = as;
      const built = buildRequest(contracts, operationId, request, 'test', `test-${counter}`);
      const output = await pipeline({ ...built, internal: false });
      const body = output.body as { code?: unknown; errors?: unknown } | undefined;
      if (body?.code === 'RESPONSE_CONTRACT_VIOLATED')
        throw new Error(`${operationId} broke its contract: ${JSON.stringify(body.errors)}`);
      return output as InvokeResult;
    },
    async subscribe(diaChiNhan, loaiSuKien = ALL_TYPES, clientId = CLIENT) {
      const now = '2026-09-15T09:00:00+07:00';
      const subscription: EventSubscription = {
        maKhachHang: clientId,
        diaChiNhan,
        loaiSuKien: [...loaiSuKien],
        diaChiJwks: '/.well-known/jwks.json',
        thoiDiemDangKy: now,
        thoiDiemCapNhat: now,
      };
      await subscriptions(sandbox.store).put(subscription);
    },
    async emit(soThuTu, loaiSuKien = 'THU_TUC_CON_BAT_DAU', maHoSo = DOSSIER) {
      const stored = storedEvent(soThuTu, loaiSuKien, maHoSo);
      await instance.enqueue(sandbox, stored);
      return stored;
    },
    async [Symbol.asyncDispose]() {
      await instance.idle();
      clock.dispose();
    },
  };
}

/** Every event type. */
export const ALL_TYPES: readonly EventType[] = [
  'HO_SO_DA_TIEP_NHAN',
  'THU_TUC_CON_BAT_DAU',
  'THU_TUC_CON_HOAN_THANH',
  'YEU_CAU_BO_SUNG',
  'THU_TUC_CON_TU_CHOI',
  'HO_SO_HOAN_THANH',
  'HO_SO_QUA_HAN',
  'HO_SO_DA_RUT',
  'HO_SO_DUNG_XU_LY',
];

/** An event as the hub stores it (the Vietnamese text checks that bytes, not characters, are signed). */
export function storedEvent(soThuTu: number, loaiSuKien: EventType, maHoSo = DOSSIER): StoredEvent {
  const event: DossierEvent = {
    maSuKien: randomUUID(),
    loaiSuKien,
    maHoSo,
    soThuTu,
    thoiDiem: '2026-09-15T09:30:00+07:00',
    trangThaiHoSo: 4,
    thuTucCon: 'KS',
    duLieu: { ghiChu: `Sự kiện số ${soThuTu}` },
  };
  return { id: `${maHoSo}|${String(soThuTu).padStart(8, '0')}`, maHoSo, clientId: CLIENT, event };
}

/** What a receiver answered to one request. */
export interface Answered {
  readonly eventId: string;
  readonly soThuTu: number;
  readonly status: number;
}

/** A receiver that also records what it answered to each request. */
export interface Receiver extends FakeUpstream {
  readonly answered: readonly Answered[];
  /** The event numbers it accepted (answered 2xx), in arrival order. */
  accepted(): number[];
}

/** A receiver on a free loopback port answering `status(event)` (asked per request). */
export async function startReceiver(
  status: (event: DossierEvent) => number = () => 204,
): Promise<Receiver> {
  const answered: Answered[] = [];
  const upstream = await startFakeUpstream((res: ServerResponse, request: ReceivedRequest) => {
    const event = JSON.parse(request.body) as DossierEvent;
    const code = status(event);
    answered.push({
      eventId: String(request.headers['x-lienthong-event-id']),
      soThuTu: event.soThuTu,
      status: code,
    });
    res.writeHead(code).end();
  });
  return Object.assign(upstream, {
    answered,
    accepted: () => answered.filter((a) => a.status < 300).map((a) => a.soThuTu),
  });
}
