import { expect, it } from 'vitest';
import { createOutboxHarness, DOSSIER, startReceiver } from './test-harness.js';

const HOUR = 3_600_000;
const delivery = (deliveryId: string) => ({ params: { sandboxId: 'test', deliveryId } });

it('dead-letters a delivery once the sandbox attempt budget is spent', async () => {
  await using receiver = await startReceiver(() => 500);
  await using h = await createOutboxHarness({ maxAttempts: () => 3 });
  await h.subscribe(receiver.url);
  await h.emit(1);
  await h.outbox.idle();
  await h.sandbox.clock.advance(24 * HOUR);

  expect(receiver.answered).toHaveLength(3);
  const answer = await h.invoke('sandboxGetDelivery', delivery('dlv-000001'));
  expect(answer.body).toMatchObject({
    state: 'DEAD_LETTER',
    attempts: 3,
    maxAttempts: 3,
    lastResponseStatus: 500,
    lastError: 'Receiver answered 500 Internal Server Error.',
    nextAttemptAt: null,
  });
  expect(await h.outbox.backlog()).toBe(0);
});

it('lets the next event of the dossier go once the one before it is dead-lettered', async () => {
  await using receiver = await startReceiver((event) => (event.soThuTu === 1 ? 500 : 204));
  await using h = await createOutboxHarness({ maxAttempts: () => 2 });
  await h.subscribe(receiver.url);
  await h.emit(1);
  await h.emit(2);
  await h.outbox.idle();
  await h.sandbox.clock.advance(HOUR);

  expect(receiver.answered.map((a) => [a.soThuTu, a.status])).toEqual([
    [1, 500],
    [1, 500],
    [2, 204],
  ]);
});

it('redelivers a dead letter with the same event id and a fresh budget, answering 202', async () => {
  let status = 500;
  await using receiver = await startReceiver(() => status);
  await using h = await createOutboxHarness({ maxAttempts: () => 2 });
  await h.subscribe(receiver.url);
  const stored = await h.emit(1);
  await h.outbox.idle();
  await h.sandbox.clock.advance(HOUR);
  status = 204;

  const queued = await h.invoke('sandboxRedeliver', delivery('dlv-000001'));
  expect(queued.status).toBe(202);
  expect(queued.body).toMatchObject({
    deliveryId: 'dlv-000001',
    eventId: stored.event.maSuKien,
    state: 'PENDING',
    attempts: 0,
    maxAttempts: 2,
    lastResponseStatus: 500,
  });
  await h.outbox.idle();

  const after = await h.invoke('sandboxGetDelivery', delivery('dlv-000001'));
  expect(after.body).toMatchObject({ state: 'DELIVERED', attempts: 1, lastResponseStatus: 204 });
  const last = receiver.received.at(-1);
  expect(last?.headers['x-lienthong-event-id']).toBe(stored.event.maSuKien);
  expect(
    h.keys.verifyDetached(String(last?.headers['x-lienthong-signature']), last?.body ?? ''),
  ).toBe(true);
});

it('redelivers an event already delivered, to test the receiver de-duplicates', async () => {
  await using receiver = await startReceiver();
  await using h = await createOutboxHarness();
  await h.subscribe(receiver.url);
  await h.emit(1);
  await h.outbox.idle();

  expect((await h.invoke('sandboxRedeliver', delivery('dlv-000001'))).status).toBe(202);
  await h.outbox.idle();
  expect(receiver.accepted()).toEqual([1, 1]);
  expect(new Set(receiver.answered.map((a) => a.eventId)).size).toBe(1);
});

it('refuses to redeliver a delivery that is still RETRYING (409)', async () => {
  await using receiver = await startReceiver(() => 503);
  await using h = await createOutboxHarness();
  await h.subscribe(receiver.url);
  await h.emit(1);
  await h.outbox.idle();

  const answer = await h.invoke('sandboxRedeliver', delivery('dlv-000001'));
  expect(answer.status).toBe(409);
  expect(answer.body.code).toBe('DELIVERY_IN_PROGRESS');
  expect(receiver.received).toHaveLength(1);
});

it('refuses to redeliver a delivery still PENDING behind an earlier one (409)', async () => {
  await using receiver = await startReceiver(() => 503);
  await using h = await createOutboxHarness();
  await h.subscribe(receiver.url);
  await h.emit(1);
  await h.emit(2);
  await h.outbox.idle();

  const answer = await h.invoke('sandboxRedeliver', delivery('dlv-000002'));
  expect(answer.status).toBe(409);
});

it('answers 404 for an unknown delivery or sandbox', async () => {
  await using h = await createOutboxHarness();

  const unknown = await h.invoke('sandboxGetDelivery', delivery('dlv-000999'));
  expect(unknown.status).toBe(404);
  expect(unknown.body.code).toBe('DELIVERY_NOT_FOUND');
  expect((await h.invoke('sandboxRedeliver', delivery('dlv-000999'))).status).toBe(404);
  const noSandbox = await h.invoke('sandboxListDeliveries', { params: { sandboxId: 'nope' } });
  expect(noSandbox.status).toBe(404);
  expect(noSandbox.body.code).toBe('SANDBOX_NOT_FOUND');
});

it('lists deliveries newest first, filtered by state and dossier, page by page', async () => {
  const other = '000.00.00.H38-260915-0009';
  await using receiver = await startReceiver((event) => (event.maHoSo === other ? 503 : 204));
  await using h = await createOutboxHarness();
  await h.subscribe(receiver.url);
  for (const n of [1, 2, 3]) await h.emit(n);
  await h.emit(1, 'THU_TUC_CON_BAT_DAU', other);
  await h.outbox.idle();

  const first = await h.invoke('sandboxListDeliveries', {
    params: { sandboxId: 'test' },
    query: { limit: 3 },
  });
  expect(first.body.items.map((d: { deliveryId: string }) => d.deliveryId)).toEqual([
    'dlv-000004',
    'dlv-000003',
    'dlv-000002',
  ]);
  const second = await h.invoke('sandboxListDeliveries', {
    params: { sandboxId: 'test' },
    query: { limit: 3, cursor: first.body.nextCursor },
  });
  expect(second.body).toMatchObject({ items: [{ deliveryId: 'dlv-000001' }], nextCursor: null });

  const retrying = await h.invoke('sandboxListDeliveries', {
    params: { sandboxId: 'test' },
    query: { state: 'RETRYING' },
  });
  expect(retrying.body.items.map((d: { maHoSo: string }) => d.maHoSo)).toEqual([other]);
  const ofDossier = await h.invoke('sandboxListDeliveries', {
    params: { sandboxId: 'test' },
    query: { maHoSo: DOSSIER, state: 'DELIVERED' },
  });
  expect(ofDossier.body.items).toHaveLength(3);
});
