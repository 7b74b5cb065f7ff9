import { beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox } from '../../test/support/sandbox.js';
import { communesOf } from '../domain/admin-units/index.js';
import { OFFICER, birthRequest, expectingMother, witnessRequest } from './test-requests.js';

// Generating the population takes seconds on a loaded machine; do it once, outside the tests.
beforeAll(() => createTestSandbox(), 60_000);

const sandbox = (now?: string) => createTestSandbox(now !== undefined ? { now } : {});

async function register(now?: string, build?: (r: ReturnType<typeof birthRequest>) => object) {
  const s = await sandbox(now);
  const { mother, certificate } = expectingMother(s.population);
  const request = birthRequest(mother, certificate);
  const body = build ? build(request) : request;
  const answer = await s.invoke('hotichRegisterBirth', { headers: OFFICER, body });
  return { s, mother, certificate, request, answer };
}

describe('hotichRegisterBirth', () => {
  it('registers a birth at once when received on a working day before the 15:00 cut-off', async () => {
    const { answer, request } = await register();
    expect(answer.status).toBe(201);
    expect(answer.body.trangThai).toBe(4);
    expect(answer.body.maDangKy).toMatch(
      new RegExp(`^KS-${request.me.diaChiThuongTru.maTinh}-2026-000001$`),
    );
    expect(answer.body.soDinhDanh).toMatch(/^\d{12}$/);
    expect(answer.body.giayKhaiSinh.loaiGiayTo).toBe('GIAY_KHAI_SINH');
    expect(answer.body.giayKhaiSinh.noiDung.soDinhDanh).toBe(answer.body.soDinhDanh);
    expect(answer.headers?.location).toBe(`/hotich/v1/khai-sinh/${answer.body.maDangKy}`);
  });

  it('accepts a birth received after the cut-off and registers it on the next working day', async () => {
    const { s, answer } = await register('2026-09-15T16:00:00+07:00');
    expect(answer.body.trangThai).toBe(3);
    expect(answer.body.hanXuLy).toBe('2026-09-16T17:00:00+07:00');
    const params = { maDangKy: answer.body.maDangKy };
    expect((await s.invoke('hotichGetBirth', { params, headers: OFFICER })).body.trangThai).toBe(3);
    s.clock.set(new Date('2026-09-16T08:00:00+07:00'));
    const later = await s.invoke('hotichGetBirth', { params, headers: OFFICER });
    expect(later.body.trangThai).toBe(4);
    expect(later.body.ngayDangKy).toBe('2026-09-16');
  });

  it('accepts a birth received on a Saturday and registers it on Monday', async () => {
    const { s, answer } = await register('2026-09-19T10:00:00+07:00');
    expect(answer.body.trangThai).toBe(3);
    s.clock.set(new Date('2026-09-20T12:00:00+07:00'));
    const params = { maDangKy: answer.body.maDangKy };
    expect((await s.invoke('hotichGetBirth', { params, headers: OFFICER })).body.trangThai).toBe(3);
    s.clock.set(new Date('2026-09-21T07:45:00+07:00'));
    const monday = await s.invoke('hotichGetBirth', { params, headers: OFFICER });
    expect(monday.body.trangThai).toBe(4);
  });

  it('registers a birth on a witness statement when there is no medical certificate', async () => {
    const s = await sandbox();
    const { mother } = expectingMother(s.population, 1);
    const answer = await s.invoke('hotichRegisterBirth', {
      headers: OFFICER,
      body: witnessRequest(mother, '2026-09-12'),
    });
    expect(answer.status).toBe(201);
    expect(answer.body.trangThai).toBe(4);
  });

  it('refuses a birth whose mother is unknown to the population database', async () => {
    const s = await sandbox();
    const { mother } = expectingMother(s.population);
    const body = witnessRequest(mother, '2026-09-12');
    const unknown = { ...body, me: { ...body.me, soDinhDanh: '001300999999' } };
    const answer = await s.invoke('hotichRegisterBirth', { headers: OFFICER, body: unknown });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('ME_KHONG_TON_TAI');
  });

  it('refuses a birth whose mother is recorded dead', async () => {
    const s = await sandbox();
    const dead = s.population.people.find((p) => p.sex === 'FEMALE' && p.death?.registeredOn);
    if (!dead) throw new Error('no registered dead woman in the population');
    const answer = await s.invoke('hotichRegisterBirth', {
      headers: OFFICER,
      body: witnessRequest(dead, '2026-09-12'),
    });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('ME_DA_CHET');
  });

  it('refuses a birth whose medical certificate gives another date of birth', async () => {
    const { answer } = await register(undefined, (r) => ({
      ...r,
      treEm: { ...r.treEm, ngaySinh: '2026-08-01' },
    }));
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('GIAY_CHUNG_SINH_KHONG_KHOP');
    expect(answer.body.lyDo[0].truong).toBe('/treEm/ngaySinh');
  });

  it('refuses a date of birth in the future', async () => {
    const s = await sandbox();
    const { mother } = expectingMother(s.population);
    const answer = await s.invoke('hotichRegisterBirth', {
      headers: OFFICER,
      body: witnessRequest(mother, '2026-10-01'),
    });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('NGAY_SINH_TRONG_TUONG_LAI');
  });

  it('refuses a commune that is not where a parent resides', async () => {
    const s = await sandbox();
    const { mother, certificate } = expectingMother(s.population);
    const request = birthRequest(mother, certificate);
    const elsewhere = communesOf(request.me.diaChiThuongTru.maTinh).find(
      (c) => c.code !== request.maXaDangKy && c.code !== mother.currentAddress.communeCode,
    );
    if (!elsewhere) throw new Error('the province has a single commune');
    const answer = await s.invoke('hotichRegisterBirth', {
      headers: OFFICER,
      body: { ...request, maXaDangKy: elsewhere.code },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('XA_KHONG_CO_THAM_QUYEN');
  });

  it('records an unknown registering commune in status 0 with AGENCY_ID_INCORRECT', async () => {
    const { answer } = await register(undefined, (r) => ({ ...r, maXaDangKy: '99999' }));
    expect(answer.status).toBe(201);
    expect(answer.body.trangThai).toBe(0);
    expect(answer.body.maLoi).toBe(106);
    expect(answer.body.lyDo[0].ma).toBe('AGENCY_ID_INCORRECT');
  });

  it('records an agency code that is not the commune province in status 0', async () => {
    const { answer } = await register(undefined, (r) => ({
      ...r,
      maDonVi: r.maDonVi === '000.00.00.H01' ? '000.00.00.H79' : '000.00.00.H01',
    }));
    expect(answer.body.trangThai).toBe(0);
    expect(answer.body.maLoi).toBe(106);
  });

  it('refuses to register the same child twice', async () => {
    const { s, request } = await register();
    const again = await s.invoke('hotichRegisterBirth', { headers: OFFICER, body: request });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('KHAI_SINH_TRUNG_LAP');
  });

  it('refuses a certificate already used for a registration before the sandbox started', async () => {
    const s = await sandbox();
    const used = s.population.birthCertificates.find((c) => c.status === 'REGISTERED');
    const mother = used && s.population.byId.get(used.motherId);
    if (!used || !mother) throw new Error('no registered certificate in the population');
    const answer = await s.invoke('hotichRegisterBirth', {
      headers: OFFICER,
      body: birthRequest(mother, used),
    });
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('KHAI_SINH_TRUNG_LAP');
  });

  it('asks for the marriage certificate when a father is declared without one', async () => {
    const { answer } = await register(undefined, (r) => ({
      ...r,
      cha: { ...r.me, hoTen: 'Nguyễn Văn Hùng' },
    }));
    expect(answer.body.trangThai).toBe(2);
    expect(answer.body.lyDo[0].ma).toBe('THIEU_GIAY_CHUNG_NHAN_KET_HON');
    expect(answer.body.hanBoSung).toBe('2026-09-24T17:00:00+07:00');
  });

  it('asks for a supplement when the health system has no such birth certificate', async () => {
    const { answer } = await register(undefined, (r) => ({
      ...r,
      giayChungSinh: { maGiayChungSinh: '99999.GCS.80012.26' },
    }));
    expect(answer.status).toBe(201);
    expect(answer.body.trangThai).toBe(2);
    expect(answer.body.lyDo[0].ma).toBe('GIAY_CHUNG_SINH_KHONG_TON_TAI');
  });

  it('answers 400 without the officer header', async () => {
    const s = await sandbox();
    const { mother, certificate } = expectingMother(s.population);
    const answer = await s.invoke('hotichRegisterBirth', {
      body: birthRequest(mother, certificate),
    });
    expect(answer.status).toBe(400);
  });
});

describe('hotichSupplementBirth', () => {
  it('moves a registration waiting for a supplement to registered', async () => {
    const { s, certificate, answer } = await register(undefined, (r) => ({
      ...r,
      giayChungSinh: { maGiayChungSinh: '99999.GCS.80012.26' },
    }));
    const supplemented = await s.invoke('hotichSupplementBirth', {
      params: { maDangKy: answer.body.maDangKy },
      headers: OFFICER,
      body: {
        noiDung: 'Bổ sung giấy chứng sinh',
        giayChungSinh: { maGiayChungSinh: certificate.code },
      },
    });
    expect(supplemented.status).toBe(200);
    expect(supplemented.body.trangThai).toBe(4);
  });

  it('refuses a supplement to a registration that is not waiting for one', async () => {
    const { s, answer } = await register();
    const supplemented = await s.invoke('hotichSupplementBirth', {
      params: { maDangKy: answer.body.maDangKy },
      headers: OFFICER,
      body: { noiDung: 'Bổ sung', tepDinhKem: [] },
    });
    expect(supplemented.status).toBe(409);
    expect(supplemented.body.code).toBe('KHONG_O_TRANG_THAI_BO_SUNG');
  });

  it('ends a registration in status 0 when the 7-working-day supplement deadline passes', async () => {
    const { s, answer } = await register(undefined, (r) => ({
      ...r,
      cha: { ...r.me, hoTen: 'Nguyễn Văn Hùng' },
    }));
    s.clock.set(new Date('2026-09-25T08:00:00+07:00'));
    const params = { maDangKy: answer.body.maDangKy };
    const late = await s.invoke('hotichSupplementBirth', {
      params,
      headers: OFFICER,
      body: { noiDung: 'Bổ sung', tepDinhKem: [] },
    });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('HET_HAN_BO_SUNG');
    const read = await s.invoke('hotichGetBirth', { params, headers: OFFICER });
    expect(read.body.trangThai).toBe(0);
    expect(read.body.maLoi).toBe(200);
  });

  it('answers 404 for an unknown registration', async () => {
    const s = await sandbox();
    const answer = await s.invoke('hotichSupplementBirth', {
      params: { maDangKy: 'KS-80-2026-999999' },
      headers: OFFICER,
      body: { noiDung: 'Bổ sung', tepDinhKem: [] },
    });
    expect(answer.status).toBe(404);
  });
});

describe('hotichGetBirthCertificateCopy', () => {
  it('serves the signed Giấy khai sinh only once the birth is registered', async () => {
    const { s, answer } = await register('2026-09-15T16:30:00+07:00');
    const params = { maDangKy: answer.body.maDangKy };
    const early = await s.invoke('hotichGetBirthCertificateCopy', { params, headers: OFFICER });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('CHUA_DANG_KY');
    s.clock.set(new Date('2026-09-16T09:00:00+07:00'));
    const copy = await s.invoke('hotichGetBirthCertificateCopy', { params, headers: OFFICER });
    expect(copy.status).toBe(200);
    expect(copy.body.loaiGiayTo).toBe('GIAY_KHAI_SINH');
    expect(copy.body.jws.split('.')).toHaveLength(3);
  });

  it('answers 404 for an unknown registration', async () => {
    const s = await sandbox();
    const params = { maDangKy: 'KS-80-2026-999999' };
    expect((await s.invoke('hotichGetBirth', { params, headers: OFFICER })).status).toBe(404);
  });
});
