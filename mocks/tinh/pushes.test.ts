import type { KeyRing } from '../signing/key-ring.js';
import { beforeAll, expect, it } from 'vitest';
import { createTestSandbox } from '../../test/support/sandbox.js';
import { events, exchangesOf } from './state.js';
import { birthPush, expectingMother, provinceSandbox, push, statusOf } from './test-support.js';

beforeAll(() => createTestSandbox(), 60_000);

async function pushed(options: { now?: string; prefer?: string; certificate?: string } = {}) {
  const { s, hub } = await provinceSandbox(options.now);
  const { mother, certificate } = expectingMother(s.population);
  const body = birthPush(s.population, mother, certificate, '0007', options.now);
  const sent =
    options.certificate === undefined
      ? body
      : {
          ...body,
          noiDung: { ...body.noiDung, giayChungSinh: { maGiayChungSinh: options.certificate } },
        };
  const answer = await push(s, hub, sent, `key-${body.hoSo.maHoSo}`, options.prefer);
  return { s, hub, body, certificate, answer, maHoSo: body.hoSo.maHoSo };
}

const UNKNOWN_CERTIFICATE = '99999.GCS.01001.26';

function supplement(code: string, thuTucCon: 'KS' | 'KT' = 'KS') {
  return {
    thuTucCon,
    boSung: { noiDung: 'Bổ sung giấy chứng sinh', giayChungSinh: { maGiayChungSinh: code } },
    thoiDiemTiepNhan: '2026-09-15T10:00:00+07:00',
  };
}

const withdrawal = {
  rut: { lyDo: 'Gia đình muốn đặt lại tên cho cháu' },
  thoiDiem: '2026-09-15T11:15:00+07:00',
};

function event(
  maHoSo: string,
  soThuTu: number,
  loaiSuKien = 'THU_TUC_CON_BAT_DAU',
  trangThaiHoSo = 4,
) {
  return {
    maSuKien: `3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e${String(soThuTu).padStart(2, '0')}`,
    loaiSuKien,
    maHoSo,
    soThuTu,
    thoiDiem: '2026-09-15T10:06:00+07:00',
    trangThaiHoSo,
    duLieu: {},
  };
}

/** The headers the hub sends with an event: its id and the signature over the exact body. */
function eventHeaders(s: { keys: KeyRing }, e: { maSuKien: string }, id = e.maSuKien) {
  return {
    'x-lienthong-signature': s.keys.signDetached(JSON.stringify(e)),
    'x-lienthong-event-id': id,
  };
}

it('passes a supplement to the civil-status software and reports the registration', async () => {
  const { s, hub, maHoSo, certificate } = await pushed({ certificate: UNKNOWN_CERTIFICATE });
  const answer = await s.invoke('tinhReceiveSupplement', {
    params: { maHoSo },
    headers: { 'idempotency-key': 'supplement-0001' },
    body: supplement(certificate.code),
  });
  expect(answer.status).toBe(202);
  expect(answer.body.maHoSo).toBe(maHoSo);
  const outcomes = (hub.reports() as Array<{ ketQua: string }>).map((r) => r.ketQua);
  expect(outcomes).toEqual(['YEU_CAU_BO_SUNG', 'HOAN_THANH']);
  const status = await statusOf(s, maHoSo);
  expect(status.body.trangThai).toBe(4);
  expect(status.body.thuTucHoTich).toMatchObject({ trangThai: 'HOAN_THANH', daBaoCao: true });
});

it('refuses a supplement for a dossier that is not waiting for one', async () => {
  const { s, maHoSo, certificate } = await pushed();
  const answer = await s.invoke('tinhReceiveSupplement', {
    params: { maHoSo },
    headers: { 'idempotency-key': 'supplement-0002' },
    body: supplement(certificate.code),
  });
  expect(answer.status).toBe(409);
  expect(answer.body.code).toBe('KHONG_CHO_BO_SUNG');
});

it('refuses a supplement naming a leg the province does not handle', async () => {
  const { s, maHoSo, certificate } = await pushed({ certificate: UNKNOWN_CERTIFICATE });
  const answer = await s.invoke('tinhReceiveSupplement', {
    params: { maHoSo },
    headers: { 'idempotency-key': 'supplement-0003' },
    body: supplement(certificate.code, 'KT'),
  });
  expect(answer.status).toBe(409);
  expect(answer.body.code).toBe('THU_TUC_CON_KHONG_KHOP');
});

it('answers 404 to a supplement for an unknown dossier', async () => {
  const { s } = await provinceSandbox();
  const answer = await s.invoke('tinhReceiveSupplement', {
    params: { maHoSo: '000.00.00.H01-260915-9999' },
    headers: { 'idempotency-key': 'supplement-0004' },
    body: supplement('00001.GCS.01001.26'),
  });
  expect(answer.status).toBe(404);
});

it('accepts a withdrawal before the birth is registered and stops reporting', async () => {
  const { s, hub, maHoSo } = await pushed({ now: '2026-09-15T16:00:00+07:00' });
  const answer = await s.invoke('tinhReceiveWithdrawal', {
    params: { maHoSo },
    headers: { 'idempotency-key': 'withdraw-0001' },
    body: withdrawal,
  });
  expect(answer.status).toBe(202);
  await s.clock.set(new Date('2026-09-16T17:00:00+07:00'));
  expect(hub.reports()).toEqual([]);
  const status = await statusOf(s, maHoSo);
  expect(status.body.trangThai).toBe(7);
  expect(status.body.thuTucHoTich.trangThai).toBe('DA_HUY');
  const last = hub.calls.at(-1)?.body as { TrangThai: number };
  expect(last.TrangThai).toBe(7);
});

it('refuses a withdrawal once the birth is registered', async () => {
  const { s, maHoSo } = await pushed();
  const answer = await s.invoke('tinhReceiveWithdrawal', {
    params: { maHoSo },
    headers: { 'idempotency-key': 'withdraw-0002' },
    body: withdrawal,
  });
  expect(answer.status).toBe(409);
  expect(answer.body.code).toBe('REGISTRATION_ALREADY_DONE');
  expect((await statusOf(s, maHoSo)).body.trangThai).toBe(4);
});

it('refuses a withdrawal when a registration received after the cut-off was registered meanwhile', async () => {
  const { s, hub, maHoSo } = await pushed({ now: '2026-09-15T16:00:00+07:00' });
  await s.clock.set(new Date('2026-09-16T08:00:00+07:00'));
  const answer = await s.invoke('tinhReceiveWithdrawal', {
    params: { maHoSo },
    headers: { 'idempotency-key': 'withdraw-0003' },
    body: withdrawal,
  });
  expect(answer.status).toBe(409);
  expect(answer.body.code).toBe('REGISTRATION_ALREADY_DONE');
  expect((hub.reports() as Array<{ ketQua: string }>).map((r) => r.ketQua)).toEqual(['HOAN_THANH']);
});

it('forces a refused withdrawal with Prefer without changing the dossier', async () => {
  const { s, maHoSo } = await pushed({ now: '2026-09-15T16:00:00+07:00' });
  const answer = await s.invoke('tinhReceiveWithdrawal', {
    params: { maHoSo },
    headers: { 'idempotency-key': 'withdraw-0004', prefer: 'outcome=refuse' },
    body: withdrawal,
  });
  expect(answer.status).toBe(409);
  expect((await statusOf(s, maHoSo)).body.trangThai).toBe(4);
});

it('passes a forced civil-status outcome on to the civil-status software', async () => {
  const { hub, answer } = await pushed({ prefer: 'outcome=supplement; reason=THIEU_GIAY_TO' });
  expect(answer.status).toBe(202);
  const [report] = hub.reports() as Array<{ ketQua: string; lyDo: Array<{ ma: string }> }>;
  expect(report?.ketQua).toBe('YEU_CAU_BO_SUNG');
  expect(report?.lyDo[0]?.ma).toBe('THIEU_GIAY_TO');
});

it('forces a rejected dossier with Prefer', async () => {
  const { hub, answer } = await pushed({ prefer: 'outcome=reject' });
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('KHONG_THUOC_DIA_BAN');
  expect(hub.calls).toEqual([]);
});

it('answers 400 to a malformed Prefer header', async () => {
  const { answer } = await pushed({ prefer: 'outcome' });
  expect(answer.status).toBe(400);
  expect(answer.body.code).toBe('PREFER_INVALID');
});

it('answers 400 to an outcome the province does not know', async () => {
  const { answer } = await pushed({ prefer: 'outcome=duplicate' });
  expect(answer.status).toBe(400);
});

it('retries a report the hub did not acknowledge with the same idempotency key', async () => {
  const { s, hub } = await provinceSandbox();
  hub.failReports(1, 503);
  const { mother, certificate } = expectingMother(s.population);
  const body = birthPush(s.population, mother, certificate);
  await push(s, hub, body);
  const maHoSo = body.hoSo.maHoSo;
  expect((await statusOf(s, maHoSo)).body.thuTucHoTich.daBaoCao).toBe(false);
  await s.clock.advance(5 * 60_000);
  const reports = hub.calls.filter((c) => c.operationId === 'lienthongReportLegResult');
  expect(reports.map((c) => c.status)).toEqual([503, 200]);
  expect(reports[0]?.headers['idempotency-key']).toBe(reports[1]?.headers['idempotency-key']);
  expect((await statusOf(s, maHoSo)).body.thuTucHoTich.daBaoCao).toBe(true);
  const log = (await exchangesOf(s.store, maHoSo)).filter((e) => e.kind === 'REPORT');
  expect(log).toHaveLength(1);
  expect(log[0]?.attempts.map((a) => a.status)).toEqual([503, 200]);
});

it('retries an unacknowledged report when the next event arrives', async () => {
  const { s, hub } = await provinceSandbox();
  hub.failReports(1, 404);
  const { mother, certificate } = expectingMother(s.population);
  const body = birthPush(s.population, mother, certificate);
  await push(s, hub, body);
  const e = event(body.hoSo.maHoSo, 1, 'HO_SO_DA_TIEP_NHAN', 2);
  await s.invoke('tinhReceiveEvent', { headers: eventHeaders(s, e), body: e });
  const statuses = hub.calls.filter((c) => c.operationId === 'lienthongReportLegResult');
  expect(statuses.map((c) => c.status)).toEqual([404, 200]);
});

it('gives up a report after five unacknowledged attempts', async () => {
  const { s, hub } = await provinceSandbox();
  hub.failReports(10, 503);
  const { mother, certificate } = expectingMother(s.population);
  const body = birthPush(s.population, mother, certificate);
  await push(s, hub, body);
  await s.clock.advance(24 * 60 * 60_000);
  const log = (await exchangesOf(s.store, body.hoSo.maHoSo)).filter((e) => e.kind === 'REPORT');
  expect(log[0]?.state).toBe('FAILED');
  expect(log[0]?.attempts).toHaveLength(5);
});

it('accepts a redelivered event once', async () => {
  const { s, maHoSo } = await pushed();
  const e = event(maHoSo, 1);
  const first = await s.invoke('tinhReceiveEvent', { headers: eventHeaders(s, e), body: e });
  const again = await s.invoke('tinhReceiveEvent', { headers: eventHeaders(s, e), body: e });
  expect([first.status, again.status]).toEqual([204, 204]);
  expect(await events(s.store).count()).toBe(1);
});

it('accepts and logs an event for a dossier it does not hold', async () => {
  const { s } = await provinceSandbox();
  const e = event('000.00.00.H01-260915-9999', 3);
  const answer = await s.invoke('tinhReceiveEvent', { headers: eventHeaders(s, e), body: e });
  expect(answer.status).toBe(204);
  const log = await exchangesOf(s.store, e.maHoSo);
  expect(log.map((x) => x.operationId)).toEqual(['tinhReceiveEvent']);
});

it('takes the final group status from a completion event', async () => {
  const { s, maHoSo } = await pushed();
  const e = event(maHoSo, 5, 'HO_SO_HOAN_THANH', 9);
  await s.invoke('tinhReceiveEvent', { headers: eventHeaders(s, e), body: e });
  expect((await statusOf(s, maHoSo)).body.trangThai).toBe(9);
});

it('answers 400 when the event id header differs from maSuKien', async () => {
  const { s, maHoSo } = await pushed();
  const e = event(maHoSo, 1);
  const headers = eventHeaders(s, e, '3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4eff');
  const answer = await s.invoke('tinhReceiveEvent', { headers, body: e });
  expect(answer.status).toBe(400);
  expect(answer.body.code).toBe('EVENT_ID_MISMATCH');
});

it('refuses an event whose signature does not verify over its body', async () => {
  const { s, maHoSo } = await pushed();
  const e = event(maHoSo, 1);
  const signedForAnother = { ...e, soThuTu: 2 };
  const headers = eventHeaders(s, signedForAnother, e.maSuKien);
  const answer = await s.invoke('tinhReceiveEvent', { headers, body: e });
  expect(answer.status).toBe(401);
  expect(answer.body.code).toBe('SIGNATURE_INVALID');
  expect(await events(s.store).count()).toBe(0);
});
