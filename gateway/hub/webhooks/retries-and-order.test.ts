import { createServer } from 'node:http';
import { expect, it } from 'vitest';
import { closedPortUrl } from '../../../test/support/upstream-server.js';
import { createOutboxHarness, startReceiver } from './test-harness.js';

const MINUTE = 60_000;

it('retries a 503 when the sandbox clock reaches the back-off, then delivers', async () => {
  let status = 503;
  await using receiver = await startReceiver(() => status);
  await using h = await createOutboxHarness();
  await h.subscribe(receiver.url);
  await h.emit(1);
  await h.outbox.idle();

  const retrying = await h.invoke('sandboxGetDelivery', {
    params: { sandboxId: 'test', deliveryId: 'dlv-000001' },
  });
  expect(retrying.body).toMatchObject({
    state: 'RETRYING',
    attempts: 1,
    lastResponseStatus: 503,
    lastError: 'Receiver answered 503 Service Unavailable.',
    nextAttemptAt: '2026-09-15T09:31:00+07:00',
  });

  status = 204;
  const report = await h.sandbox.clock.advance(MINUTE);
  expect(report.fired.map((t) => t.label)).toEqual(['webhook:dlv-000001']);
  const delivered = await h.invoke('sandboxGetDelivery', {
    params: { sandboxId: 'test', deliveryId: 'dlv-000001' },
  });
  expect(delivered.body).toMatchObject({
    state: 'DELIVERED',
    attempts: 2,
    lastResponseStatus: 204,
    lastError: null,
    nextAttemptAt: null,
    deliveredAt: '2026-09-15T09:31:00+07:00',
  });
});

it('does not retry before the back-off has passed on the sandbox clock', async () => {
  await using receiver = await startReceiver(() => 503);
  await using h = await createOutboxHarness();
  await h.subscribe(receiver.url);
  await h.emit(1);
  await h.outbox.idle();
  await h.sandbox.clock.advance(MINUTE - 1_000);

  expect(receiver.received).toHaveLength(1);
});

it('holds later events of a dossier while an earlier one is retried, then sends each once in order', async () => {
  let status = 503;
  await using receiver = await startReceiver(() => status);
  await using h = await createOutboxHarness();
  await h.subscribe(receiver.url);
  const events = [];
  for (const n of [1, 2, 3, 4]) events.push(await h.emit(n));
  await h.outbox.idle();
  await h.sandbox.clock.advance(MINUTE);

  expect(receiver.answered.map((a) => a.soThuTu)).toEqual([1, 1]);
  status = 204;
  await h.sandbox.clock.advance(4 * MINUTE);
  await h.outbox.idle();

  expect(receiver.accepted()).toEqual([1, 2, 3, 4]);
  const ids = receiver.answered.filter((a) => a.status < 300).map((a) => a.eventId);
  expect(ids).toEqual(events.map((e) => e.event.maSuKien));
  expect(await h.outbox.backlog()).toBe(0);
});

it('keeps other dossiers flowing while one dossier is held back', async () => {
  const held = '000.00.00.H38-260915-0001';
  await using receiver = await startReceiver((event) => (event.maHoSo === held ? 503 : 204));
  await using h = await createOutboxHarness();
  await h.subscribe(receiver.url);
  await h.emit(1, 'THU_TUC_CON_BAT_DAU', held);
  await h.emit(2, 'THU_TUC_CON_BAT_DAU', held);
  await h.emit(1, 'THU_TUC_CON_BAT_DAU', '000.00.00.H38-260915-0002');
  await h.emit(2, 'THU_TUC_CON_BAT_DAU', '000.00.00.H38-260915-0002');
  await h.outbox.idle();

  expect(receiver.answered.map((a) => [a.soThuTu, a.status])).toEqual(
    expect.arrayContaining([
      [1, 503],
      [1, 204],
      [2, 204],
    ]),
  );
  expect(receiver.answered).toHaveLength(3);
});

it('retries while the receiver refuses connections, and delivers everything in order once it is up', async () => {
  const url = await closedPortUrl();
  await using h = await createOutboxHarness();
  await h.subscribe(url);
  for (const n of [1, 2, 3]) await h.emit(n);
  await h.outbox.idle();

  const refused = await h.invoke('sandboxGetDelivery', {
    params: { sandboxId: 'test', deliveryId: 'dlv-000001' },
  });
  expect(refused.body).toMatchObject({
    state: 'RETRYING',
    lastResponseStatus: null,
    lastError: 'Connection refused.',
  });

  const arrived: number[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      arrived.push((JSON.parse(body) as { soThuTu: number }).soThuTu);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(Number(new URL(url).port), '127.0.0.1', resolve),
  );
  try {
    await h.sandbox.clock.advance(MINUTE);
    await h.outbox.idle();
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  expect(arrived).toEqual([1, 2, 3]);
});

it('counts an attempt that gets no answer in time as failed', async () => {
  await using silent = await startReceiver();
  await using h = await createOutboxHarness({
    timeoutMs: 100,
    fetch: (url, init) =>
      new Promise((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        void url;
      }),
  });
  await h.subscribe(silent.url);
  await h.emit(1);
  await h.outbox.idle();

  const answer = await h.invoke('sandboxGetDelivery', {
    params: { sandboxId: 'test', deliveryId: 'dlv-000001' },
  });
  expect(answer.body).toMatchObject({
    state: 'RETRYING',
    lastResponseStatus: null,
    lastError: 'No answer within 100 ms.',
  });
});

it('delivers only the event types the subscription lists', async () => {
  await using receiver = await startReceiver();
  await using h = await createOutboxHarness();
  await h.subscribe(receiver.url, ['HO_SO_DA_TIEP_NHAN', 'HO_SO_HOAN_THANH']);
  await h.emit(1, 'HO_SO_DA_TIEP_NHAN');
  await h.emit(2, 'THU_TUC_CON_BAT_DAU');
  await h.emit(3, 'HO_SO_HOAN_THANH');
  await h.outbox.idle();

  expect(receiver.accepted()).toEqual([1, 3]);
  const list = await h.invoke('sandboxListDeliveries', { params: { sandboxId: 'test' } });
  expect(list.body.items.map((d: { eventType: string }) => d.eventType)).toEqual([
    'HO_SO_HOAN_THANH',
    'HO_SO_DA_TIEP_NHAN',
  ]);
});

it('queues nothing for a client without a subscription', async () => {
  await using h = await createOutboxHarness();
  await h.emit(1);

  const list = await h.invoke('sandboxListDeliveries', { params: { sandboxId: 'test' } });
  expect(list.body).toEqual({ items: [], nextCursor: null });
});
