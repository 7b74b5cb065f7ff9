import { expect, it } from 'vitest';
import { subscriptionOf } from './state.js';
import { createOutboxHarness, startReceiver } from './test-harness.js';

const body = {
  diaChiNhan: 'https://motcua.thanhhoa.gov.vn/lienthong/su-kien',
  loaiSuKien: ['HO_SO_DA_TIEP_NHAN', 'HO_SO_HOAN_THANH'],
};
const put = (key: string, b: unknown = body) => ({ headers: { 'idempotency-key': key }, body: b });
const del = (key: string) => ({ headers: { 'idempotency-key': key } });

it('creates the calling client subscription with 201 and shows it with GET', async () => {
  await using h = await createOutboxHarness();

  const created = await h.invoke('lienthongPutSubscription', put('key-00000001'));
  expect(created.status).toBe(201);
  expect(created.body).toEqual({
    maKhachHang: 'tinh-demo',
    ...body,
    diaChiJwks: '/.well-known/jwks.json',
    thoiDiemDangKy: '2026-09-15T09:30:00+07:00',
    thoiDiemCapNhat: '2026-09-15T09:30:00+07:00',
  });
  const shown = await h.invoke('lienthongGetSubscription');
  expect(shown.status).toBe(200);
  expect(shown.body).toEqual(created.body);
});

it('replaces the subscription with 200, keeping when it was first registered', async () => {
  await using h = await createOutboxHarness();
  await h.invoke('lienthongPutSubscription', put('key-00000001'));
  await h.sandbox.clock.advance(3_600_000);

  const replaced = await h.invoke(
    'lienthongPutSubscription',
    put('key-00000002', { ...body, diaChiTinh: 'https://motcua.thanhhoa.gov.vn' }),
  );
  expect(replaced.status).toBe(200);
  expect(replaced.body).toMatchObject({
    diaChiTinh: 'https://motcua.thanhhoa.gov.vn',
    thoiDiemDangKy: '2026-09-15T09:30:00+07:00',
    thoiDiemCapNhat: '2026-09-15T10:30:00+07:00',
  });
  expect((await subscriptionOf(h.sandbox.store, 'tinh-demo'))?.diaChiTinh).toBe(
    'https://motcua.thanhhoa.gov.vn',
  );
});

it('keeps one subscription per client', async () => {
  await using h = await createOutboxHarness();
  await h.invoke('lienthongPutSubscription', put('key-00000001'));

  expect((await h.invoke('lienthongGetSubscription', {}, 'hcm-demo')).status).toBe(404);
  expect((await h.invoke('lienthongPutSubscription', put('key-00000001'), 'hcm-demo')).status).toBe(
    201,
  );
});

it('answers a repeated Idempotency-Key with the first answer, and 409 when the body differs', async () => {
  await using h = await createOutboxHarness();
  const first = await h.invoke('lienthongPutSubscription', put('key-00000001'));

  const again = await h.invoke('lienthongPutSubscription', put('key-00000001'));
  expect(again.status).toBe(201);
  expect(again.body).toEqual(first.body);
  const reused = await h.invoke(
    'lienthongPutSubscription',
    put('key-00000001', { ...body, loaiSuKien: ['HO_SO_QUA_HAN'] }),
  );
  expect(reused.status).toBe(409);
  expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
});

it('refuses a plain-http callback URL other than loopback (400)', async () => {
  await using h = await createOutboxHarness();

  const answer = await h.invoke(
    'lienthongPutSubscription',
    put('key-00000001', { ...body, diaChiNhan: 'http://motcua.thanhhoa.gov.vn/su-kien' }),
  );
  expect(answer.status).toBe(400);
});

it('deletes the subscription with 204, after which GET and DELETE answer 404', async () => {
  await using h = await createOutboxHarness();
  await h.invoke('lienthongPutSubscription', put('key-00000001'));

  expect((await h.invoke('lienthongDeleteSubscription', del('key-00000002'))).status).toBe(204);
  const missing = await h.invoke('lienthongGetSubscription');
  expect(missing.status).toBe(404);
  expect(missing.body.code).toBe('SUBSCRIPTION_NOT_FOUND');
  expect((await h.invoke('lienthongDeleteSubscription', del('key-00000003'))).status).toBe(404);
  expect((await h.invoke('lienthongDeleteSubscription', del('key-00000002'))).status).toBe(204);
});

it('drops the pending deliveries of a deleted subscription and sends nothing more', async () => {
  await using receiver = await startReceiver(() => 503);
  await using h = await createOutboxHarness();
  await h.invoke(
    'lienthongPutSubscription',
    put('key-00000001', { ...body, diaChiNhan: receiver.url, loaiSuKien: ['THU_TUC_CON_BAT_DAU'] }),
  );
  await h.emit(1);
  await h.emit(2);
  await h.outbox.idle();

  await h.invoke('lienthongDeleteSubscription', del('key-00000002'));
  await h.sandbox.clock.advance(86_400_000);
  await h.emit(3);
  await h.outbox.idle();

  expect(receiver.received).toHaveLength(1);
  expect(await h.outbox.backlog()).toBe(0);
  const list = await h.invoke('sandboxListDeliveries', { params: { sandboxId: 'test' } });
  expect(list.body.items).toEqual([]);
});

it('starts delivering to a subscription registered through the API', async () => {
  await using receiver = await startReceiver();
  await using h = await createOutboxHarness();
  await h.invoke(
    'lienthongPutSubscription',
    put('key-00000001', {
      diaChiNhan: `${receiver.url}/hooks`,
      loaiSuKien: ['THU_TUC_CON_BAT_DAU'],
    }),
  );
  await h.emit(1);
  await h.outbox.idle();

  expect(receiver.received.map((r) => r.url)).toEqual(['/hooks']);
});
