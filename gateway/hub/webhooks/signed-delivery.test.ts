import { createPublicKey, verify } from 'node:crypto';
import { expect, it } from 'vitest';
import { createOutboxHarness, DOSSIER, startReceiver } from './test-harness.js';

it('POSTs the event with a detached RS256 signature over the raw body, verifiable from the JWKS', async () => {
  await using receiver = await startReceiver();
  await using h = await createOutboxHarness();
  await h.subscribe(`${receiver.url}/su-kien`);
  const stored = await h.emit(1, 'HO_SO_DA_TIEP_NHAN');
  await h.outbox.idle();

  expect(receiver.received).toHaveLength(1);
  const [request] = receiver.received;
  if (!request) throw new Error('nothing received');
  expect(request.method).toBe('POST');
  expect(request.url).toBe('/su-kien');
  expect(request.headers['content-type']).toBe('application/json');
  expect(request.headers['x-request-id']).toEqual(expect.any(String));
  expect(JSON.parse(request.body)).toEqual(stored.event);

  const signature = String(request.headers['x-lienthong-signature']);
  expect(signature).toMatch(/^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/);
  const [encoded = '', , sig = ''] = signature.split('.');
  const header = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as {
    kid: string;
  };
  expect(header).toEqual({ alg: 'RS256', kid: 'webhook-test', b64: false, crit: ['b64'] });
  const jwk = h.keys.jwks().keys.find((k) => k.kid === header.kid);
  const key = createPublicKey({ key: { ...jwk }, format: 'jwk' });
  const input = Buffer.concat([Buffer.from(`${encoded}.`), Buffer.from(request.body, 'utf8')]);
  expect(verify('sha256', input, key, Buffer.from(sig, 'base64url'))).toBe(true);
  expect(h.keys.verifyDetached(signature, `${request.body} `)).toBe(false);
});

it('sends the event id in X-Lienthong-Event-Id, equal to maSuKien', async () => {
  await using receiver = await startReceiver();
  await using h = await createOutboxHarness();
  await h.subscribe(receiver.url);
  const stored = await h.emit(1);
  await h.outbox.idle();

  expect(receiver.received[0]?.headers['x-lienthong-event-id']).toBe(stored.event.maSuKien);
});

it('records a 2xx as DELIVERED with every WebhookDelivery field, readable on the control plane', async () => {
  await using receiver = await startReceiver(() => 204);
  await using h = await createOutboxHarness();
  await h.subscribe(receiver.url);
  const stored = await h.emit(1, 'THU_TUC_CON_HOAN_THANH');
  await h.outbox.idle();

  const answer = await h.invoke('sandboxGetDelivery', {
    params: { sandboxId: 'test', deliveryId: 'dlv-000001' },
  });
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({
    deliveryId: 'dlv-000001',
    eventId: stored.event.maSuKien,
    eventType: 'THU_TUC_CON_HOAN_THANH',
    maHoSo: DOSSIER,
    targetUrl: receiver.url,
    state: 'DELIVERED',
    attempts: 1,
    maxAttempts: 8,
    createdAt: '2026-09-15T09:30:00+07:00',
    lastAttemptAt: '2026-09-15T09:30:00+07:00',
    lastResponseStatus: 204,
    lastError: null,
    nextAttemptAt: null,
    deliveredAt: '2026-09-15T09:30:00+07:00',
  });
});

it('does not hold up the hub: enqueue returns before the receiver answers', async () => {
  let release: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (release = resolve));
  await using receiver = await startReceiver();
  await using h = await createOutboxHarness({
    fetch: async (url, init) => {
      await answered;
      return fetch(url, init);
    },
  });
  await h.subscribe(receiver.url);
  await h.emit(1);

  expect(receiver.received).toHaveLength(0);
  release();
  await h.outbox.idle();
  expect(receiver.received).toHaveLength(1);
});

it('reports the deliveries still to be made as the backlog', async () => {
  await using receiver = await startReceiver(() => 503);
  await using h = await createOutboxHarness();
  await h.subscribe(receiver.url);
  expect(await h.outbox.backlog()).toBe(0);
  await h.emit(1);
  await h.emit(2);
  await h.outbox.idle();

  expect(await h.outbox.backlog()).toBe(2);
});
