import { beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox } from '../../test/support/sandbox.js';
import { OFFICER, deathRequest, pendingFacilityDeath } from './test-requests.js';

// Generating the population takes seconds on a loaded machine; do it once, outside the tests.
beforeAll(() => createTestSandbox(), 60_000);

const sandbox = (now?: string) => createTestSandbox(now !== undefined ? { now } : {});

async function facilityDeath(now?: string) {
  const s = await sandbox(now);
  const { person, notice } = pendingFacilityDeath(s.population);
  const request = {
    ...deathRequest(person, notice.deathTime),
    noiChet: { loaiNoi: 'CO_SO_KCB', maCoSoKcb: notice.facilityCode, tenCoSo: 'Bệnh viện' },
    giayBaoTu: { maGiayBaoTu: notice.code },
  };
  return { s, person, notice, request };
}

const substitute = {
  loai: 'GIAY_BAO_TU_UBND_XA',
  so: '09/GBT-UBND',
  ngayCap: '2026-09-14',
  coQuanCap: 'UBND xã nơi người đó chết',
};

describe('hotichRegisterDeath', () => {
  it('registers a death on the facility death notice and records it in the population database', async () => {
    const { s, person, request } = await facilityDeath();
    const answer = await s.invoke('hotichRegisterDeath', { headers: OFFICER, body: request });
    expect(answer.status).toBe(201);
    expect(answer.body.trangThai).toBe(4);
    expect(answer.body.maDangKy).toMatch(/^KT-\d{2}-2026-000001$/);
    expect(answer.body.trichLucKhaiTu.loaiGiayTo).toBe('TRICH_LUC_KHAI_TU');
    const citizen = await s.invoke('dancuLookupCitizen', {
      headers: { ...OFFICER, 'x-muc-dich': 'KHAI_TU', 'x-ma-ho-so': request.maHoSo },
      body: { soDinhDanh: person.id },
    });
    expect(citizen.body.meta.trangThaiSong).toBe('DA_CHET');
  });

  it('registers a death on a document replacing the death notice', async () => {
    const { s, person, notice } = await facilityDeath();
    const body = { ...deathRequest(person, notice.deathTime), giayToThayThe: substitute };
    const answer = await s.invoke('hotichRegisterDeath', { headers: OFFICER, body });
    expect(answer.body.trangThai).toBe(4);
  });

  it('issues a Giấy chứng tử instead of a trích lục from 01/03/2027', async () => {
    const { s, request } = await facilityDeath();
    s.clock.set(new Date('2027-03-02T09:00:00+07:00'));
    const answer = await s.invoke('hotichRegisterDeath', { headers: OFFICER, body: request });
    expect(answer.body.trichLucKhaiTu.loaiGiayTo).toBe('GIAY_CHUNG_TU');
  });

  it('refuses a deceased person unknown to the population database', async () => {
    const { s, person, notice } = await facilityDeath();
    const body = deathRequest(person, notice.deathTime);
    const unknown = {
      ...body,
      nguoiChet: { ...body.nguoiChet, soDinhDanh: '001300999999' },
      giayToThayThe: substitute,
    };
    const answer = await s.invoke('hotichRegisterDeath', { headers: OFFICER, body: unknown });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('NGUOI_CHET_KHONG_TON_TAI');
  });

  it('refuses a death already registered before the sandbox started', async () => {
    const s = await sandbox();
    const dead = s.population.people.find((p) => p.death?.registeredOn);
    if (!dead?.death) throw new Error('no registered death in the population');
    const body = {
      ...deathRequest(dead, `${dead.death.date}T08:00:00+07:00`),
      giayToThayThe: substitute,
    };
    const answer = await s.invoke('hotichRegisterDeath', { headers: OFFICER, body });
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('KHAI_TU_TRUNG_LAP');
  });

  it('refuses to register the same death twice', async () => {
    const { s, request } = await facilityDeath();
    await s.invoke('hotichRegisterDeath', { headers: OFFICER, body: request });
    const again = await s.invoke('hotichRegisterDeath', { headers: OFFICER, body: request });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('KHAI_TU_TRUNG_LAP');
  });

  it('refuses a death notice that gives another day of death', async () => {
    const { s, request } = await facilityDeath();
    const answer = await s.invoke('hotichRegisterDeath', {
      headers: OFFICER,
      body: { ...request, thoiDiemChet: '2026-08-01T08:00:00+07:00' },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('GIAY_BAO_TU_KHONG_KHOP');
  });

  it('refuses a time of death in the future', async () => {
    const { s, request } = await facilityDeath();
    const answer = await s.invoke('hotichRegisterDeath', {
      headers: OFFICER,
      body: { ...request, thoiDiemChet: '2026-09-16T08:00:00+07:00' },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('THOI_DIEM_CHET_TRONG_TUONG_LAI');
  });

  it('asks for a supplement when the health system has no such death notice, then registers it', async () => {
    const { s, request } = await facilityDeath();
    const answer = await s.invoke('hotichRegisterDeath', {
      headers: OFFICER,
      body: { ...request, giayBaoTu: { maGiayBaoTu: '99999.GBT.80012.26' } },
    });
    expect(answer.body.trangThai).toBe(2);
    expect(answer.body.lyDo[0].ma).toBe('GIAY_BAO_TU_KHONG_TON_TAI');
    const params = { maDangKy: answer.body.maDangKy };
    const supplemented = await s.invoke('hotichSupplementDeath', {
      params,
      headers: OFFICER,
      body: { noiDung: 'Bổ sung giấy báo tử do UBND xã cấp', giayToThayThe: substitute },
    });
    expect(supplemented.body.trangThai).toBe(4);
    const extract = await s.invoke('hotichGetDeathExtract', { params, headers: OFFICER });
    expect(extract.body.loaiGiayTo).toBe('TRICH_LUC_KHAI_TU');
  });

  it('serves the extract only once a death received after the cut-off is registered', async () => {
    const { s, request } = await facilityDeath('2026-09-15T15:30:00+07:00');
    const answer = await s.invoke('hotichRegisterDeath', { headers: OFFICER, body: request });
    expect(answer.body.trangThai).toBe(3);
    const params = { maDangKy: answer.body.maDangKy };
    const early = await s.invoke('hotichGetDeathExtract', { params, headers: OFFICER });
    expect(early.status).toBe(409);
    s.clock.set(new Date('2026-09-16T07:30:00+07:00'));
    expect((await s.invoke('hotichGetDeath', { params, headers: OFFICER })).body.trangThai).toBe(4);
  });

  it('answers 404 for an unknown death registration', async () => {
    const s = await sandbox();
    const params = { maDangKy: 'KT-80-2026-999999' };
    expect((await s.invoke('hotichGetDeath', { params, headers: OFFICER })).status).toBe(404);
    expect((await s.invoke('hotichGetDeathExtract', { params, headers: OFFICER })).status).toBe(
      404,
    );
  });

  it('answers 400 when neither a death notice nor a replacing document is given', async () => {
    const { s, person, notice } = await facilityDeath();
    const answer = await s.invoke('hotichRegisterDeath', {
      headers: OFFICER,
      body: deathRequest(person, notice.deathTime),
    });
    expect(answer.status).toBe(400);
  });
});
