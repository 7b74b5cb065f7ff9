import { beforeEach, describe, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from '../../test/support/sandbox.js';
import type { Person } from '../domain/population/index.js';

const OFFICER = { 'x-officer-id': 'cb.yte.80001' };
const READ = { ...OFFICER, 'x-muc-dich': 'KHAI_SINH', 'x-ma-ho-so': '000.00.00.H80-260915-0007' };

let sandbox: TestSandbox;
beforeEach(async () => {
  sandbox = await createTestSandbox();
});

function expectingMother(): Person {
  const [mother] = sandbox.population.byTrait.get('EXPECTING_MOTHER') ?? [];
  if (!mother) throw new Error('the population has no expecting mother');
  return mother;
}

function facilityOf(mother: Person): string {
  return `${mother.currentAddress.provinceCode}001`;
}

/** A valid request for a baby of `mother`, born two days before the sandbox "today". */
function birthRequest(mother: Person, overrides: Record<string, unknown> = {}) {
  const address = mother.permanentAddress ?? mother.currentAddress;
  const facility = facilityOf(mother);
  return {
    maCoSoKcb: facility,
    me: {
      hoTen: mother.fullName.toLocaleUpperCase('vi'),
      ngaySinh: mother.birthDate,
      danToc: mother.ethnicity,
      soDinhDanh: mother.id,
      diaChiThuongTru: {
        chiTiet: address.detail,
        maXa: address.communeCode,
        maTinh: address.provinceCode,
      },
      maSoBhxh: '0000000000',
    },
    thoiDiemSinh: '2026-09-13T06:30:00+07:00',
    noiSinh: { loaiNoi: 'CO_SO_KCB', maCoSoKcb: facility, tenCoSo: 'Bệnh viện' },
    soCon: 1,
    gioiTinh: 'NU',
    canNang: 3100,
    nguoiDoDe: { hoTen: 'Đỗ Thị Kim Oanh', chucDanh: 'Hộ sinh' },
    ...overrides,
  };
}

function issue(body: unknown, headers: Record<string, string> = {}) {
  return sandbox.invoke('yteIssueBirthCertificate', { headers: { ...OFFICER, ...headers }, body });
}

function reasonsOf(answer: { body: { lyDo?: { ma: string }[] } }): string[] {
  return (answer.body.lyDo ?? []).map((r) => r.ma);
}

describe('issuing a birth certificate', () => {
  it('issues a signed certificate numbered after the facility’s seeded yearly sequence', async () => {
    const mother = expectingMother();
    const facility = facilityOf(mother);
    const answer = await issue(birthRequest(mother));
    expect(answer.status).toBe(201);
    const code: string = answer.body.maGiayChungSinh;
    expect(code).toMatch(new RegExp(`^\\d{5}\\.GCS\\.${facility}\\.26$`));
    const seeded = sandbox.population.sequences.get(`GCS.${facility}.2026`) ?? 0;
    expect(Number(code.slice(0, 5))).toBe(seeded + 1);
    expect(answer.headers?.location).toBe(`/yte/v1/giay-chung-sinh/${code}`);
    const verified = sandbox.keys.verify(answer.body.giayTo.jws);
    expect(verified.ok && verified.payload.maGiayTo).toBe(code);
    expect(answer.body.giayTo.loaiGiayTo).toBe('GIAY_CHUNG_SINH');
    expect(answer.body.giayTo.coQuanCap).toBe(`000.00.00.H${facility.slice(0, 2)}`);
  });

  it('serves an issued certificate by its code', async () => {
    const issued = await issue(birthRequest(expectingMother()));
    const read = await sandbox.invoke('yteGetBirthCertificate', {
      params: { maGiayChungSinh: issued.body.maGiayChungSinh },
      headers: READ,
    });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(issued.body);
  });

  it('gives twins one certificate each', async () => {
    const mother = expectingMother();
    const first = await issue(birthRequest(mother, { soCon: 2, thuTuCon: 1 }));
    const second = await issue(birthRequest(mother, { soCon: 2, thuTuCon: 2 }));
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body.maGiayChungSinh).not.toBe(second.body.maGiayChungSinh);
  });

  it('refuses a facility that is not in the catalogue', async () => {
    const answer = await issue(birthRequest(expectingMother(), { maCoSoKcb: '99999' }));
    expect(answer.status).toBe(422);
    expect(reasonsOf(answer)).toEqual(['CO_SO_KCB_KHONG_TON_TAI']);
  });

  it('refuses a time of birth in the future', async () => {
    const body = birthRequest(expectingMother(), { thoiDiemSinh: '2026-09-16T08:00:00+07:00' });
    const answer = await issue(body);
    expect(answer.status).toBe(422);
    expect(reasonsOf(answer)).toContain('THOI_DIEM_SINH_TRONG_TUONG_LAI');
  });

  it('refuses a birth order beyond the number of babies', async () => {
    const answer = await issue(birthRequest(expectingMother(), { soCon: 1, thuTuCon: 2 }));
    expect(answer.status).toBe(422);
    expect(reasonsOf(answer)).toEqual(['THU_TU_CON_VUOT_SO_CON']);
  });

  it('refuses to certify a facility birth at another facility', async () => {
    const mother = expectingMother();
    const other = `${mother.currentAddress.provinceCode}002`;
    const body = birthRequest(mother, {
      noiSinh: { loaiNoi: 'CO_SO_KCB', maCoSoKcb: other, tenCoSo: 'Bệnh viện Sản - Nhi' },
    });
    const answer = await issue(body);
    expect(reasonsOf(answer)).toEqual(['NOI_SINH_KHAC_CO_SO_CAP']);
  });

  it('certifies a home birth declared within 30 days and refuses one declared later', async () => {
    const mother = expectingMother();
    const home = {
      loaiNoi: 'NHA_RIENG',
      diaChi: {
        chiTiet: 'Ấp Bình Trung',
        maXa: mother.currentAddress.communeCode,
        maTinh: mother.currentAddress.provinceCode,
      },
    };
    const recent = await issue(
      birthRequest(mother, { noiSinh: home, thoiDiemSinh: '2026-08-20T22:00:00+07:00' }),
    );
    expect(recent.status).toBe(201);
    const late = await issue(
      birthRequest(mother, { noiSinh: home, thoiDiemSinh: '2026-08-10T22:00:00+07:00' }),
    );
    expect(late.status).toBe(422);
    expect(reasonsOf(late)).toEqual(['QUA_HAN_KHAI_BAO_SINH_NGOAI_CO_SO']);
  });

  it('refuses a mother whose ID number is not in the population database', async () => {
    const mother = expectingMother();
    const body = birthRequest(mother);
    const unknownId = '001300999999';
    expect(sandbox.population.byId.has(unknownId)).toBe(false);
    const answer = await issue({ ...body, me: { ...body.me, soDinhDanh: unknownId } });
    expect(answer.status).toBe(422);
    expect(reasonsOf(answer)).toEqual(['ME_KHONG_CO_TRONG_CSDL_DAN_CU']);
  });

  it('refuses a mother whose name does not match the population database', async () => {
    const body = birthRequest(expectingMother());
    const answer = await issue({ ...body, me: { ...body.me, hoTen: 'NGƯỜI KHÁC HẲN' } });
    expect(answer.status).toBe(422);
    expect(reasonsOf(answer)).toEqual(['THONG_TIN_ME_KHONG_KHOP']);
  });

  it('certifies a mother identified by a passport without asking the register', async () => {
    const body = birthRequest(expectingMother());
    const withoutId: Record<string, unknown> = { ...body.me };
    delete withoutId.soDinhDanh;
    const me = {
      ...withoutId,
      hoTen: 'ANNA SCHMIDT',
      giayToKhac: { loai: 'HO_CHIEU', so: 'C1234567' },
    };
    const answer = await issue({ ...body, me });
    expect(answer.status).toBe(201);
  });

  it('refuses to certify the same baby twice', async () => {
    const body = birthRequest(expectingMother());
    expect((await issue(body)).status).toBe(201);
    const again = await issue(body);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('GIAY_CHUNG_SINH_TRUNG_LAP');
  });

  it('refuses to certify again a baby the population already certified', async () => {
    const mother = expectingMother();
    const seeded = sandbox.population.pendingBirthByMother.get(mother.id);
    if (!seeded) throw new Error('expecting mother without a pending certificate');
    const body = birthRequest(mother, {
      maCoSoKcb: seeded.facilityCode,
      thoiDiemSinh: seeded.birthTime,
      noiSinh: { loaiNoi: 'CO_SO_KCB', maCoSoKcb: seeded.facilityCode, tenCoSo: 'Bệnh viện' },
    });
    const answer = await issue(body);
    expect(answer.status).toBe(409);
  });

  it('issues whatever the rules say when Prefer forces outcome=issue', async () => {
    const body = birthRequest(expectingMother(), { soCon: 1, thuTuCon: 3 });
    const answer = await issue(body, { prefer: 'outcome=issue' });
    expect(answer.status).toBe(201);
  });

  it('refuses with the reason Prefer forces', async () => {
    const answer = await issue(birthRequest(expectingMother()), {
      prefer: 'outcome=refuse; reason=THONG_TIN_ME_KHONG_KHOP',
    });
    expect(answer.status).toBe(422);
    expect(reasonsOf(answer)).toEqual(['THONG_TIN_ME_KHONG_KHOP']);
  });

  it('answers a duplicate when Prefer forces outcome=duplicate', async () => {
    const answer = await issue(birthRequest(expectingMother()), { prefer: 'outcome=duplicate' });
    expect(answer.status).toBe(409);
  });

  it('answers 400 to a malformed or unknown Prefer and 503 to Prefer code=503', async () => {
    const body = birthRequest(expectingMother());
    expect((await issue(body, { prefer: 'outcome' })).status).toBe(400);
    expect((await issue(body, { prefer: 'outcome=approve' })).status).toBe(400);
    expect((await issue(body, { prefer: 'code=503' })).status).toBe(503);
  });
});

describe('reading a birth certificate', () => {
  it('serves the pending certificate of an expecting mother with her register data', async () => {
    const mother = expectingMother();
    const seeded = sandbox.population.pendingBirthByMother.get(mother.id);
    if (!seeded) throw new Error('expecting mother without a pending certificate');
    const read = await sandbox.invoke('yteGetBirthCertificate', {
      params: { maGiayChungSinh: seeded.code },
      headers: READ,
    });
    expect(read.status).toBe(200);
    expect(read.body.me.soDinhDanh).toBe(mother.id);
    expect(read.body.thoiDiemSinh).toBe(seeded.birthTime);
    expect(read.body.canNang).toBe(seeded.weightGrams);
    expect(read.body.ngayCap).toBe(seeded.issuedAt);
    expect(read.body.giayTo.ngayCap).toBe(seeded.issuedAt);
    expect(sandbox.keys.verify(read.body.giayTo.jws).ok).toBe(true);
  });

  it('answers 404 for a code no facility issued', async () => {
    const read = await sandbox.invoke('yteGetBirthCertificate', {
      params: { maGiayChungSinh: '99999.GCS.80001.26' },
      headers: READ,
    });
    expect(read.status).toBe(404);
  });

  it('answers 400 when the purpose and dossier headers are missing', async () => {
    const [seeded] = sandbox.population.birthCertificates;
    const read = await sandbox.invoke('yteGetBirthCertificate', {
      params: { maGiayChungSinh: seeded?.code ?? '00001.GCS.80001.26' },
      headers: OFFICER,
    });
    expect(read.status).toBe(400);
  });
});
