import { beforeAll, expect, it } from 'vitest';
import { createTestSandbox } from '../../test/support/sandbox.js';
import { exchangesOf } from './state.js';
import {
  birthPush,
  deathPush,
  expectingMother,
  pendingFacilityDeath,
  provinceSandbox,
  push,
  statusOf,
} from './test-support.js';

// Generating the population takes seconds on a loaded machine; do it once, outside the tests.
beforeAll(() => createTestSandbox(), 60_000);

async function birthDossier(now?: string) {
  const { s, hub } = await provinceSandbox(now);
  const { mother, certificate } = expectingMother(s.population);
  const body = birthPush(s.population, mother, certificate, '0007', now);
  return { s, hub, mother, certificate, body, maHoSo: body.hoSo.maHoSo };
}

it('acknowledges a pushed dossier with its own id and receipt number', async () => {
  const { s, hub, body } = await birthDossier();
  const answer = await push(s, hub, body);
  expect(answer.status).toBe(202);
  const province = body.noiDung.me.diaChiThuongTru.maTinh;
  expect(answer.body).toEqual({
    maHoSo: body.hoSo.maHoSo,
    maHoSoTinh: `T${province}-2026-0915-000001`,
    soBienNhan: `${province}-2026-0915-000001`,
    thoiDiemNhan: '2026-09-15T09:00:00+07:00',
  });
});

it('registers the birth the same working day and reports HOAN_THANH with the child ID number', async () => {
  const { s, hub, maHoSo, body } = await birthDossier();
  await push(s, hub, body);
  const [report] = hub.reports() as Array<Record<string, unknown>>;
  expect(report?.ketQua).toBe('HOAN_THANH');
  expect(report?.soDinhDanh).toMatch(/^\d{12}$/);
  const giayTo = report?.giayTo as Array<{ loaiGiayTo: string; noiDung: { soDinhDanh: string } }>;
  expect(giayTo[0]?.loaiGiayTo).toBe('GIAY_KHAI_SINH');
  expect(giayTo[0]?.noiDung.soDinhDanh).toBe(report?.soDinhDanh);
  const reportCall = hub.calls.find((c) => c.operationId === 'lienthongReportLegResult');
  expect(reportCall?.params).toEqual({ maHoSo, maThuTucCon: 'KS' });
  const status = await statusOf(s, maHoSo);
  expect(status.body.trangThai).toBe(4);
  expect(status.body.thuTucHoTich).toMatchObject({
    ma: 'KS',
    maHoSo: `${maHoSo}-KS`,
    trangThai: 'HOAN_THANH',
    daBaoCao: true,
  });
  expect(status.body.thuTucHoTich.maDangKy).toBe(report?.maDangKy);
});

it('forwards the birth leg to the commune of the mother with the sandbox agency code', async () => {
  const { s, hub, maHoSo, body } = await birthDossier();
  await push(s, hub, body);
  const status = await statusOf(s, maHoSo);
  const address = body.noiDung.me.diaChiThuongTru;
  const registration = await s.invoke('hotichGetBirth', {
    params: { maDangKy: status.body.thuTucHoTich.maDangKy },
    headers: { 'x-officer-id': 'hethong.tinh' },
  });
  expect(registration.body.maXaDangKy).toBe(address.maXa);
  expect(registration.body.maDonVi).toBe(`000.00.00.H${address.maTinh}`);
  expect(registration.body.maHoSo).toBe(`${maHoSo}-KS`);
});

it('syncs every step with the hub as progress updates and logs every exchange', async () => {
  const { s, hub, maHoSo, body } = await birthDossier();
  await push(s, hub, body);
  const progress = hub.calls.filter((c) => c.operationId === 'lienthongUpdateProgress');
  expect(progress.map((c) => (c.body as { TrangThai: number }).TrangThai)).toEqual([2, 4, 4]);
  expect((progress[0]?.body as { MaHoSo: string }).MaHoSo).toBe(maHoSo);
  expect((progress[1]?.body as { MaHoSo: string }).MaHoSo).toBe(`${maHoSo}-KS`);
  const log = await exchangesOf(s.store, maHoSo);
  expect(log.map((e) => `${e.direction} ${e.operationId} ${e.state}`)).toEqual([
    'IN tinhReceiveDossier RECEIVED',
    'OUT lienthongUpdateProgress ACKNOWLEDGED',
    'OUT lienthongUpdateProgress ACKNOWLEDGED',
    'OUT lienthongUpdateProgress ACKNOWLEDGED',
    'OUT lienthongReportLegResult ACKNOWLEDGED',
  ]);
});

it('reports a birth received after the 15:00 cut-off when the clock reaches the next working day', async () => {
  const { s, hub, maHoSo, body } = await birthDossier('2026-09-15T16:00:00+07:00');
  expect((await push(s, hub, body)).status).toBe(202);
  expect(hub.reports()).toEqual([]);
  const pending = await statusOf(s, maHoSo);
  expect(pending.body.thuTucHoTich).toMatchObject({
    trangThai: 'DANG_XU_LY',
    hanXuLy: '2026-09-16T17:00:00+07:00',
    daBaoCao: false,
  });
  await s.clock.set(new Date('2026-09-16T17:00:00+07:00'));
  const [report] = hub.reports() as Array<Record<string, unknown>>;
  expect(report?.ketQua).toBe('HOAN_THANH');
  expect((await statusOf(s, maHoSo)).body.thuTucHoTich.daBaoCao).toBe(true);
});

it('reports YEU_CAU_BO_SUNG when the health system does not know the birth certificate', async () => {
  const { s, hub, maHoSo, body } = await birthDossier();
  const unknown = {
    ...body,
    noiDung: { ...body.noiDung, giayChungSinh: { maGiayChungSinh: '99999.GCS.01001.26' } },
  };
  await push(s, hub, unknown);
  const [report] = hub.reports() as Array<Record<string, unknown>>;
  expect(report?.ketQua).toBe('YEU_CAU_BO_SUNG');
  expect((report?.lyDo as Array<{ ma: string }>)[0]?.ma).toBe('GIAY_CHUNG_SINH_KHONG_TON_TAI');
  expect(report?.noiDungBoSung).toBeTypeOf('string');
  const status = await statusOf(s, maHoSo);
  expect(status.body.trangThai).toBe(5);
  expect(status.body.thuTucHoTich.trangThai).toBe('YEU_CAU_BO_SUNG');
});

it('reports TU_CHOI with the reasons when the mother is recorded dead', async () => {
  const { s, hub } = await provinceSandbox();
  const dead = s.population.people.find((p) => p.sex === 'FEMALE' && p.death?.registeredOn);
  const { certificate } = expectingMother(s.population);
  if (!dead) throw new Error('no registered dead woman in the population');
  const body = birthPush(s.population, dead, certificate);
  const witness = {
    ...body,
    noiDung: {
      ...body.noiDung,
      giayChungSinh: undefined,
      nguoiLamChung: { hoTen: 'Huỳnh Thị Bích', noiDungLamChung: 'Tôi là người đỡ đẻ' },
    },
  };
  delete witness.noiDung.giayChungSinh;
  expect((await push(s, hub, witness)).status).toBe(202);
  const [report] = hub.reports() as Array<Record<string, unknown>>;
  expect(report?.ketQua).toBe('TU_CHOI');
  expect((report?.lyDo as Array<{ ma: string }>)[0]?.ma).toBe('ME_DA_CHET');
  const status = await statusOf(s, body.hoSo.maHoSo);
  expect(status.body.trangThai).toBe(8);
  expect(status.body.thuTucHoTich.trangThai).toBe('TU_CHOI');
});

it('registers a death at the last residence and reports the signed death extract', async () => {
  const { s, hub } = await provinceSandbox();
  const { person, notice } = pendingFacilityDeath(s.population);
  const body = deathPush(person, notice.code, notice.deathTime);
  const withFacility = {
    ...body,
    noiDung: {
      ...body.noiDung,
      noiChet: {
        loaiNoi: 'CO_SO_KCB' as const,
        maCoSoKcb: notice.facilityCode,
        tenCoSo: 'Bệnh viện',
      },
    },
  };
  expect((await push(s, hub, withFacility)).status).toBe(202);
  const [report] = hub.reports() as Array<Record<string, unknown>>;
  expect(report?.ketQua).toBe('HOAN_THANH');
  expect((report?.giayTo as Array<{ loaiGiayTo: string }>)[0]?.loaiGiayTo).toBe(
    'TRICH_LUC_KHAI_TU',
  );
  expect(hub.calls.find((c) => c.operationId === 'lienthongReportLegResult')?.params).toEqual({
    maHoSo: body.hoSo.maHoSo,
    maThuTucCon: 'KT',
  });
});

it('gives back the same receipt when the hub retries with the same key and body', async () => {
  const { s, hub, body, maHoSo } = await birthDossier();
  const first = await push(s, hub, body, 'retry-key-0001');
  const again = await push(s, hub, body, 'retry-key-0001');
  expect(again.status).toBe(202);
  expect(again.body).toEqual(first.body);
  expect(hub.reports()).toHaveLength(1);
  expect((await statusOf(s, maHoSo)).body.maHoSoTinh).toBe(first.body.maHoSoTinh);
});

it('refuses a reused idempotency key with another body', async () => {
  const { s, hub, body } = await birthDossier();
  await push(s, hub, body, 'reused-key-0001');
  const other = { ...body, hoSo: { ...body.hoSo, kenhTiepNhan: 1 as const } };
  const answer = await push(s, hub, other, 'reused-key-0001');
  expect(answer.status).toBe(409);
  expect(answer.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
});

it('refuses a second push of the same dossier under another key', async () => {
  const { s, hub, body } = await birthDossier();
  await push(s, hub, body, 'first-key-0001');
  const answer = await push(s, hub, body, 'second-key-0001');
  expect(answer.status).toBe(409);
  expect(answer.body.code).toBe('HO_SO_TRUNG_LAP');
});

it('refuses a dossier whose commune of residence does not exist', async () => {
  const { s, hub, body } = await birthDossier();
  const me = {
    ...body.noiDung.me,
    diaChiThuongTru: { ...body.noiDung.me.diaChiThuongTru, maXa: '99999' },
  };
  const answer = await push(s, hub, { ...body, noiDung: { ...body.noiDung, me } });
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('KHONG_THUOC_DIA_BAN');
  expect(answer.body.lyDo[0].ma).toBe('XA_KHONG_TON_TAI');
});

it('refuses a dossier whose commune of residence is in another province', async () => {
  const { s, hub, body } = await birthDossier();
  const province = body.noiDung.me.diaChiThuongTru.maTinh === '01' ? '79' : '01';
  const hoSo = { ...body.hoSo, coQuanTiepNhan: `000.00.00.H${province}` };
  const answer = await push(s, hub, { ...body, hoSo });
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('KHONG_THUOC_DIA_BAN');
  expect(answer.body.lyDo[0].ma).toBe('KHAC_TINH');
});

it('refuses a dossier whose e-form is of another group than the dossier', async () => {
  const { s, hub, body } = await birthDossier();
  const answer = await push(s, hub, { ...body, hoSo: { ...body.hoSo, nhomThuTuc: 'NHOM_2' } });
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('HO_SO_KHONG_HOP_LE');
});

it('answers 404 for the status of a dossier it never received', async () => {
  const { s } = await provinceSandbox();
  const answer = await statusOf(s, '000.00.00.H01-260915-9999');
  expect(answer.status).toBe(404);
  expect(answer.body.code).toBe('HO_SO_KHONG_TON_TAI');
});

it('answers 400 to a push without an idempotency key', async () => {
  const { s, body } = await birthDossier();
  const answer = await s.invoke('tinhReceiveDossier', { body });
  expect(answer.status).toBe(400);
});
