/**
 * Events reach a subscribed client system end to end: the client subscribes over the hub API,
 * submits a dossier, and its receiver (a real HTTP server on 127.0.0.1) gets every event of the
 * dossier, signed with a detached JWS verifiable against the sandbox's JWKS, in `soThuTu` order —
 * also when the receiver is down for a while (retries on the sandbox clock), and after a
 * dead-lettered delivery is redelivered through the control plane.
 * @see specs/lienthong.yaml `lienthongPutSubscription`, `webhooks`; specs/sandbox.yaml
 * `sandboxListDeliveries`, `sandboxRedeliver`; RFC 7797
 */
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { group1Submission } from '../support/hub.js';
import {
  advance,
  control,
  createSandbox,
  hubClient,
  newKey,
  type DossierEvent,
  type HubClient,
} from '../support/hub-client.js';
import { startSandboxApp } from '../support/sandbox-app.js';
import {
  startFakeUpstream,
  type FakeUpstream,
  type ReceivedRequest,
} from '../support/upstream-server.js';
import type { App } from '../support/control-plane.js';

const CLOCK_START = '2026-09-15T09:30:00+07:00';
const EVERY_EVENT_TYPE = [
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

let app: App;

beforeAll(async () => {
  app = await startSandboxApp({
    now: () => new Date(CLOCK_START),
    config: { populationSize: 3000 },
  });
});

afterAll(async () => {
  await app.outbox.idle();
  await app[Symbol.asyncDispose]();
});

/** A receiver answering 204 while `up` and 503 otherwise; it keeps the events it accepted. */
interface Receiver extends FakeUpstream {
  up: boolean;
  /** The events it answered 2xx to, in arrival order. */
  readonly accepted: DossierEvent[];
}

async function startReceiver(): Promise<Receiver> {
  const accepted: DossierEvent[] = [];
  // The handler runs only on requests, once `receiver` exists.
  const server = await startFakeUpstream((res: ServerResponse, request: ReceivedRequest) => {
    if (receiver.up) accepted.push(eventOf(request));
    res.writeHead(receiver.up ? 204 : 503).end();
  });
  const receiver: Receiver = Object.assign(server, { up: true, accepted });
  return receiver;
}

/** A sandbox whose demo client subscribed `receiver` to every event type. */
async function subscribedSandbox(
  receiver: FakeUpstream,
  config: { webhookMaxAttempts?: number } = {},
): Promise<{ hub: HubClient; sandboxId: string; maHoSo: () => Promise<string> }> {
  const { sandboxId, population } = await createSandbox(app, { clockStart: CLOCK_START, config });
  const hub = await hubClient(app, sandboxId);
  const subscribed = await hub.call('/dang-ky-su-kien', {
    method: 'PUT',
    body: { diaChiNhan: `${receiver.url}/su-kien`, loaiSuKien: EVERY_EVENT_TYPE },
    headers: { 'idempotency-key': newKey('subscribe') },
  });
  expect(subscribed.status, JSON.stringify(subscribed.body)).toBe(201);
  const maHoSo = async () => {
    const submitted = await hub.submit(group1Submission(population).submission);
    expect(submitted.status).toBe(201);
    await app.outbox.idle();
    return submitted.body.maHoSo;
  };
  return { hub, sandboxId, maHoSo };
}

const eventOf = (request: ReceivedRequest) => JSON.parse(request.body) as DossierEvent;

/** Events with each `maSuKien` once (a redelivery carries the same `maSuKien`). */
function deduplicated(events: readonly DossierEvent[]): DossierEvent[] {
  const seen = new Map<string, DossierEvent>();
  for (const event of events) if (!seen.has(event.maSuKien)) seen.set(event.maSuKien, event);
  return [...seen.values()];
}

/** Verifies a detached, unencoded-payload JWS (RFC 7797) over the exact bytes received. */
function verifies(
  jws: string,
  raw: string,
  keys: readonly (JsonWebKey & { kid?: string })[],
): boolean {
  const [header, empty, signature] = jws.split('.');
  if (header === undefined || empty !== '' || signature === undefined) return false;
  const { alg, kid, b64, crit } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as {
    alg: string;
    kid: string;
    b64: boolean;
    crit: string[];
  };
  const jwk = keys.find((k) => k.kid === kid);
  if (alg !== 'RS256' || b64 !== false || !crit.includes('b64') || !jwk) return false;
  const input = Buffer.concat([Buffer.from(`${header}.`, 'ascii'), Buffer.from(raw, 'utf8')]);
  return verify(
    'sha256',
    input,
    createPublicKey({ key: jwk, format: 'jwk' }),
    Buffer.from(signature, 'base64url'),
  );
}

it('delivers every event of a dossier to the subscriber, signed and in order', async () => {
  await using receiver = await startReceiver();
  const { hub, maHoSo } = await subscribedSandbox(receiver);

  const code = await maHoSo();

  const listed = await hub.events(code);
  const received = receiver.received.map(eventOf);
  expect(received.map((e) => e.maSuKien)).toEqual(listed.map((e) => e.maSuKien));
  expect(received.map((e) => e.soThuTu)).toEqual(listed.map((_, i) => i + 1));
  expect(received[0]?.loaiSuKien).toBe('HO_SO_DA_TIEP_NHAN');
  const jwks = (await (await fetch(`${app.url}/.well-known/jwks.json`)).json()) as {
    keys: JsonWebKey[];
  };
  for (const request of receiver.received) {
    expect(request.headers['x-lienthong-event-id']).toBe(eventOf(request).maSuKien);
    expect(
      verifies(String(request.headers['x-lienthong-signature']), request.body, jwks.keys),
    ).toBe(true);
  }
  expect(
    verifies(
      String(receiver.received[0]?.headers['x-lienthong-signature']),
      `${receiver.received[0]?.body} `,
      jwks.keys,
    ),
  ).toBe(false);
});

it('delivers every event exactly once and in order after the receiver comes back up', async () => {
  await using receiver = await startReceiver();
  const { hub, sandboxId, maHoSo } = await subscribedSandbox(receiver);
  receiver.up = false;
  const code = await maHoSo();
  expect(receiver.received.length).toBeGreaterThan(0);
  const failed = await control<{ items: { state: string }[] }>(
    app,
    'GET',
    `/sandboxes/${sandboxId}/webhook-deliveries?state=RETRYING`,
  );
  expect(failed.body.items.length).toBeGreaterThan(0);

  receiver.up = true;
  const moved = await advance(app, sandboxId, { duration: 'PT6H' });
  await app.outbox.idle();

  expect(moved.body.fired.webhooksAttempted).toBeGreaterThan(0);
  const listed = await hub.events(code);
  const delivered = deduplicated(receiver.accepted);
  expect(delivered.map((e) => e.maSuKien)).toEqual(listed.map((e) => e.maSuKien));
  expect(delivered.map((e) => e.soThuTu)).toEqual(listed.map((_, i) => i + 1));
  const pending = await control<{ items: unknown[] }>(
    app,
    'GET',
    `/sandboxes/${sandboxId}/webhook-deliveries?state=RETRYING`,
  );
  expect(pending.body.items).toEqual([]);
});

it('dead-letters an event after the sandbox’s attempt budget and delivers it when redelivered', async () => {
  await using receiver = await startReceiver();
  const { hub, sandboxId, maHoSo } = await subscribedSandbox(receiver, { webhookMaxAttempts: 2 });
  receiver.up = false;
  const code = await maHoSo();
  await advance(app, sandboxId, { duration: 'PT1H' });
  await app.outbox.idle();
  const dead = await control<{
    items: { deliveryId: string; eventId: string; attempts: number }[];
  }>(app, 'GET', `/sandboxes/${sandboxId}/webhook-deliveries?state=DEAD_LETTER`);
  expect(dead.body.items.length).toBeGreaterThan(0);
  expect(dead.body.items.every((d) => d.attempts === 2)).toBe(true);

  receiver.up = true;
  const letters = [...dead.body.items].sort((a, b) => (a.deliveryId < b.deliveryId ? -1 : 1));
  for (const letter of letters) {
    const redelivered = await control(
      app,
      'POST',
      `/sandboxes/${sandboxId}/webhook-deliveries/${letter.deliveryId}/redeliver`,
    );
    expect(redelivered.status).toBe(202);
    await app.outbox.idle();
  }

  const after = await control<{ items: { state: string }[] }>(
    app,
    'GET',
    `/sandboxes/${sandboxId}/webhook-deliveries?maHoSo=${encodeURIComponent(code)}&limit=100`,
  );
  expect(new Set(after.body.items.map((d) => d.state))).toEqual(new Set(['DELIVERED']));
  expect(receiver.accepted.map((e) => e.maSuKien)).toEqual(letters.map((l) => l.eventId));
  const listed = await hub.events(code);
  expect(deduplicated(receiver.accepted).map((e) => e.soThuTu)).toEqual(
    listed.map((_, i) => i + 1),
  );
});
