import { beforeEach, describe, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from '../../test/support/sandbox.js';
import type { Person } from '../domain/population/index.js';

const OFFICER = { 'x-officer-id': 'cb.yte.80001' };
const READ = { ...OFFICER, 'x-muc-dich': 'KHAI_TU', 'x-ma-ho-so': '000.00.00.H80-260915-0009' };

let sandbox: TestSandbox;
beforeEach(async () => {
  sandbox = await createTestSandbox();
});

/** A living pensioner without a death notice: the person who dies in these tests. */
function patient(): Person {
  const person = (sandbox.population.byTrait.get('PENSIONER') ?? []).find(
    (p) => !sandbox.population.deathNoticeByPerson.has(p.id),
  );
  if (!person) throw new Error('the population has no pensioner');
  return person;
}

function noticeRequest(person: Person, overrides: Record<string, unknown> = {}) {
  const address = person.permanentAddress ?? person.currentAddress;
  return {
    maCoSoKcb: `${person.currentAddress.provinceCode}001`,
    nguoiChet: {
      hoTen: person.fullName.toLocaleUpperCase('vi'),
      ngaySinh: person.birthDate,
      gioiTinh: person.sex === 'MALE' ? 'NAM' : 'NU',
      danToc: person.ethnicity,
      quocTich: 'VN',
      diaChiThuongTru: {
        chiTiet: address.detail,
        maXa: address.communeCode,
        maTinh: address.provinceCode,
      },
      soDinhDanh: person.id,
    },
    thoiDiemVaoVien: '2026-09-13T19:30:00+07:00',
    thoiDiemChet: '2026-09-14T04:20:00+07:00',
    nguyenNhanChet: 'Suy hô hấp cấp',
    chetTrenDuongCapCuu: false,
    soSo: '128/2026',
    ...overrides,
  };
}

function issue(body: unknown, headers: Record<string, string> = {}) {
  return sandbox.invoke('yteIssueDeathNotice', { headers: { ...OFFICER, ...headers }, body });
}

function reasonsOf(answer: { body: { lyDo?: { ma: string }[] } }): string[] {
  return (answer.body.lyDo ?? []).map((r) => r.ma);
}

describe('issuing a death notice', () => {
  it('issues a signed notice numbered after the facility’s seeded yearly sequence', async () => {
    const person = patient();
    const facility = `${person.currentAddress.provinceCode}001`;
    const answer = await issue(noticeRequest(person));
    expect(answer.status).toBe(201);
    const code: string = answer.body.maGiayBaoTu;
    const seeded = sandbox.population.sequences.get(`GBT.${facility}.2026`) ?? 0;
    expect(code).toBe(`${String(seeded + 1).padStart(5, '0')}.GBT.${facility}.26`);
    const verified = sandbox.keys.verify(answer.body.giayTo.jws);
    expect(verified.ok && verified.payload.loaiGiayTo).toBe('GIAY_BAO_TU');
    const read = await sandbox.invoke('yteGetDeathNotice', {
      params: { maGiayBaoTu: code },
      headers: READ,
    });
    expect(read.body).toEqual(answer.body);
  });

  it('notifies a death on the way to emergency care without an admission time', async () => {
    const body: Record<string, unknown> = noticeRequest(patient(), { chetTrenDuongCapCuu: true });
    delete body.thoiDiemVaoVien;
    expect((await issue(body)).status).toBe(201);
  });

  it('refuses an admission time for a death on the way to emergency care', async () => {
    const answer = await issue(noticeRequest(patient(), { chetTrenDuongCapCuu: true }));
    expect(reasonsOf(answer)).toEqual(['THOI_DIEM_VAO_VIEN_KHONG_PHU_HOP']);
  });

  it('refuses a death before the admission', async () => {
    const body = noticeRequest(patient(), { thoiDiemVaoVien: '2026-09-14T05:00:00+07:00' });
    const answer = await issue(body);
    expect(answer.status).toBe(422);
    expect(reasonsOf(answer)).toEqual(['THOI_DIEM_CHET_TRUOC_VAO_VIEN']);
  });

  it('refuses a death in the future', async () => {
    const body = noticeRequest(patient(), { thoiDiemChet: '2026-09-15T10:00:00+07:00' });
    expect(reasonsOf(await issue(body))).toEqual(['THOI_DIEM_CHET_TRONG_TUONG_LAI']);
  });

  it('refuses a facility that is not in the catalogue', async () => {
    const answer = await issue(noticeRequest(patient(), { maCoSoKcb: '99998' }));
    expect(reasonsOf(answer)).toEqual(['CO_SO_KCB_KHONG_TON_TAI']);
  });

  it('refuses an identified deceased who is not in the population database', async () => {
    const body = noticeRequest(patient());
    const answer = await issue({
      ...body,
      nguoiChet: { ...body.nguoiChet, soDinhDanh: '001300999998' },
    });
    expect(answer.status).toBe(422);
    expect(reasonsOf(answer)).toEqual(['NGUOI_CHET_KHONG_CO_TRONG_CSDL_DAN_CU']);
  });

  it('refuses an identified deceased whose date of birth does not match the register', async () => {
    const body = noticeRequest(patient());
    const answer = await issue({
      ...body,
      nguoiChet: { ...body.nguoiChet, ngaySinh: '1901-01-01' },
    });
    expect(reasonsOf(answer)).toEqual(['THONG_TIN_NGUOI_CHET_KHONG_KHOP']);
  });

  it('notifies the death of an unidentified person', async () => {
    const body = noticeRequest(patient());
    const unidentified: Record<string, unknown> = { ...body.nguoiChet };
    delete unidentified.soDinhDanh;
    const answer = await issue({ ...body, nguoiChet: { ...unidentified, hoTen: 'KHÔNG RÕ' } });
    expect(answer.status).toBe(201);
  });

  it('refuses a second notice for the same person', async () => {
    const body = noticeRequest(patient());
    expect((await issue(body)).status).toBe(201);
    const again = await issue({ ...body, soSo: '129/2026' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('GIAY_BAO_TU_TRUNG_LAP');
  });

  it('refuses a notice for a person the population already has one for', async () => {
    const [seeded] = sandbox.population.deathNotices;
    const person = seeded && sandbox.population.byId.get(seeded.personId);
    if (!person) throw new Error('the population has no death notice');
    const answer = await issue(noticeRequest(person));
    expect(answer.status).toBe(409);
  });

  it('follows the outcome Prefer forces', async () => {
    const body = noticeRequest(patient(), { thoiDiemChet: '2026-09-20T10:00:00+07:00' });
    expect((await issue(body, { prefer: 'outcome=issue' })).status).toBe(201);
    const refused = await issue(noticeRequest(patient()), { prefer: 'outcome=refuse' });
    expect(reasonsOf(refused)).toEqual(['TU_CHOI_THEO_YEU_CAU']);
    expect((await issue(noticeRequest(patient()), { prefer: 'outcome=duplicate' })).status).toBe(
      409,
    );
    expect(
      (await issue(noticeRequest(patient()), { prefer: 'outcome=refuse; reason=x y' })).status,
    ).toBe(400);
  });
});

describe('reading a death notice', () => {
  it('serves a notice of the population signed at its time of issue', async () => {
    const [seeded] = sandbox.population.deathNotices;
    if (!seeded) throw new Error('the population has no death notice');
    const read = await sandbox.invoke('yteGetDeathNotice', {
      params: { maGiayBaoTu: seeded.code },
      headers: READ,
    });
    expect(read.status).toBe(200);
    expect(read.body.nguoiChet.soDinhDanh).toBe(seeded.personId);
    expect(read.body.thoiDiemChet).toBe(seeded.deathTime);
    expect(read.body.giayTo.ngayCap).toBe(seeded.issuedAt);
  });

  it('answers 404 for an unknown code and 400 without purpose headers', async () => {
    const params = { maGiayBaoTu: '99999.GBT.80001.26' };
    expect((await sandbox.invoke('yteGetDeathNotice', { params, headers: READ })).status).toBe(404);
    expect((await sandbox.invoke('yteGetDeathNotice', { params, headers: OFFICER })).status).toBe(
      400,
    );
  });
});

describe('the facility catalogue', () => {
  it('pages through the facilities of one province', async () => {
    const province = '80';
    const expected = sandbox.population.facilities.filter((f) => f.provinceCode === province);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = { maTinh: province, soLuong: 50 };
      if (cursor !== null) query.conTro = cursor;
      const page = await sandbox.invoke('yteListFacilities', { query });
      expect(page.status).toBe(200);
      seen.push(...page.body.danhSach.map((f: { maCoSoKcb: string }) => f.maCoSoKcb));
      cursor = page.body.conTroTiep;
    } while (cursor !== null);
    expect(seen.sort()).toEqual(expected.map((f) => f.code).sort());
  });

  it('answers 400 to a cursor that is not one of its own', async () => {
    const page = await sandbox.invoke('yteListFacilities', { query: { conTro: 'not-a-cursor' } });
    expect(page.status).toBe(400);
  });
});
