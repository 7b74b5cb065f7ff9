import { beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from '../../test/support/sandbox.js';
import type { Person } from '../domain/population/index.js';
import {
  account,
  dossierCode,
  OFFICER,
  personWith,
  recordDeath,
} from '../../test/support/benefits.js';

beforeAll(() => createTestSandbox(), 60_000);

const AGREED = { maXacNhan: 'XN-000124', trangThai: 'DONG_Y' };

function relative(hoTen: string, soDinhDanh: string, ngaySinh: string, quanHe: string, extra = {}) {
  return { hoTen, soDinhDanh, ngaySinh, quanHe, ...extra };
}

/** A claim for `deceased`, the funeral arranged by Phạm Thị Lan, paid to her account. */
function claim(deceased: Person, cheDo: string[], extra: Record<string, unknown> = {}) {
  return {
    maHoSo: dossierCode('MT'),
    cheDo,
    nguoiChet: { hoTen: deceased.fullName, soDinhDanh: deceased.id, ngayMat: '2026-09-12' },
    trichLucKhaiTu: { maGiayTo: '87/2026/TLKT' },
    nguoiLoMaiTang: { hoTen: 'Phạm Thị Lan', soDinhDanh: '038185004321', quanHe: 'CON' },
    taiKhoanNganHang: account('PHAM THI LAN'),
    ...extra,
  };
}

const LAN = relative('Phạm Thị Lan', '038185004321', '1985-07-02', 'CON', { xacNhanVneid: AGREED });
const THU = relative('Nguyễn Thị Thu', '038162002345', '1962-04-18', 'VO', {
  xacNhanVneid: AGREED,
});

async function deadPensioner(sandbox: TestSandbox): Promise<Person> {
  const pensioner = personWith(sandbox, 'PENSIONER');
  await recordDeath(sandbox, pensioner);
  return pensioner;
}

function file(sandbox: TestSandbox, body: unknown, headers: Record<string, string> = {}) {
  return sandbox.invoke('bhxhClaimDeathBenefits', { headers: { ...OFFICER, ...headers }, body });
}

describe('bhxhClaimDeathBenefits', () => {
  it('grants the funeral allowance of 10 × the reference amount to whoever arranged the funeral', async () => {
    const sandbox = await createTestSandbox();
    const answer = await file(sandbox, claim(await deadPensioner(sandbox), ['MAI_TANG_BHXH']));
    expect(answer.status).toBe(201);
    expect(answer.body.trangThai).toBe('DA_GIAI_QUYET');
    const [decision] = answer.body.quyetDinh;
    expect(decision).toMatchObject({ ketQua: 'DUOC_HUONG', soTien: 23_400_000 });
    expect(decision.coSoTinh).toMatchObject({ canCu: 'MUC_THAM_CHIEU', heSo: 10 });
    expect(decision.nguoiHuong[0].hoTen).toBe('Phạm Thị Lan');
    expect(answer.body.giayTo[0].loaiGiayTo).toBe('QUYET_DINH_MAI_TANG_PHI');
    expect(answer.body.hanXuLy).toBe('2026-09-22T17:00:00+07:00');
  });

  it('refuses a claim for someone the population database still shows alive, and grants it once the death is recorded', async () => {
    const sandbox = await createTestSandbox();
    const pensioner = personWith(sandbox, 'PENSIONER');
    const alive = await file(sandbox, claim(pensioner, ['MAI_TANG_BHXH']));
    expect(alive.status).toBe(422);
    expect(alive.body.code).toBe('DECEASED_NOT_RECORDED');
    await recordDeath(sandbox, pensioner);
    const dead = await file(sandbox, claim(pensioner, ['MAI_TANG_BHXH']));
    expect(dead.status).toBe(201);
  });

  it('refuses a deceased without an insurance record as KHONG_THUOC_DOI_TUONG', async () => {
    const sandbox = await createTestSandbox();
    const never = sandbox.population.people.find(
      (p) => p.death?.registeredOn && !sandbox.population.insuranceByPerson.has(p.id),
    );
    if (!never) throw new Error('no registered death without insurance');
    const answer = await file(sandbox, claim(never, ['MAI_TANG_BHXH']));
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('KHONG_THUOC_DOI_TUONG');
  });

  it('refuses an unknown deceased', async () => {
    const sandbox = await createTestSandbox();
    const pensioner = personWith(sandbox, 'PENSIONER');
    const body = claim(pensioner, ['MAI_TANG_BHXH']);
    const answer = await file(sandbox, {
      ...body,
      nguoiChet: { ...body.nguoiChet, soDinhDanh: '038058999999' },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('DECEASED_UNKNOWN');
  });

  it('answers 409 CLAIM_DUPLICATE to a second claim covering a granted benefit', async () => {
    const sandbox = await createTestSandbox();
    const deceased = await deadPensioner(sandbox);
    const first = await file(sandbox, claim(deceased, ['MAI_TANG_BHXH']));
    const second = await file(sandbox, claim(deceased, ['MAI_TANG_BHXH']));
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('CLAIM_DUPLICATE');
    expect(second.body.detail).toContain(first.body.maHoSoHuong);
  });

  it('refuses the one-time allowance while an adult relative has not agreed on the representative', async () => {
    const sandbox = await createTestSandbox();
    const pending = { ...THU, xacNhanVneid: { maXacNhan: 'XN-000125', trangThai: 'CHO_XAC_NHAN' } };
    const body = claim(await deadPensioner(sandbox), ['MAI_TANG_BHXH', 'TU_TUAT_1LAN'], {
      thanNhan: [LAN, pending],
      nguoiDaiDienNhan: { hoTen: LAN.hoTen, soDinhDanh: LAN.soDinhDanh },
    });
    const answer = await file(sandbox, body);
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('THIEU_THOA_THUAN_THAN_NHAN');
    expect(answer.body.lyDo[0].truong).toBe('/body/thanNhan/1/xacNhanVneid');
  });

  it('accepts Form 09-HSB instead of a VNeID confirmation and pays months of pension once', async () => {
    const sandbox = await createTestSandbox();
    const deceased = await deadPensioner(sandbox);
    const pension = sandbox.population.insuranceByPerson.get(deceased.id)?.monthlyAmount ?? 0;
    const onPaper = {
      hoTen: THU.hoTen,
      soDinhDanh: THU.soDinhDanh,
      ngaySinh: THU.ngaySinh,
      quanHe: 'VO',
      mau09Hsb: true,
    };
    const body = claim(deceased, ['TU_TUAT_1LAN'], {
      maHoSo: dossierCode('TU'),
      thanNhan: [LAN, onPaper],
      nguoiDaiDienNhan: { hoTen: LAN.hoTen, soDinhDanh: LAN.soDinhDanh },
    });
    const answer = await file(sandbox, body);
    expect(answer.status).toBe(201);
    const [decision] = answer.body.quyetDinh;
    expect(decision.coSoTinh).toMatchObject({ canCu: 'LUONG_HUU', mucCanCu: pension });
    expect(decision.coSoTinh.heSo).toBeGreaterThanOrEqual(3);
    expect(decision.soTien).toBe(Math.round(decision.coSoTinh.heSo * pension));
    expect(answer.body.giayTo[0].loaiGiayTo).toBe('QUYET_DINH_TU_TUAT');
  });

  it('grants the monthly allowance to the relatives who qualify by age or incapacity only', async () => {
    const sandbox = await createTestSandbox();
    const body = claim(await deadPensioner(sandbox), ['TU_TUAT_HANGTHANG'], {
      maHoSo: dossierCode('TU'),
      thanNhan: [
        relative('Nguyễn Thị Thu', '038180002345', '1980-04-18', 'VO'), // 46: no
        relative('Phạm Văn An', '038206002346', '2006-01-02', 'CON', { suyGiamKhaNangLaoDong: 85 }), // 20, 85%: yes
        relative('Phạm Văn Bình', '038212002347', '2012-03-04', 'CON'), // 14: yes
        relative('Lê Thị Mai', '038150002348', '1950-05-06', 'ME'), // 76: yes
      ],
    });
    const answer = await file(sandbox, body);
    const [decision] = answer.body.quyetDinh;
    expect(decision).toMatchObject({ ketQua: 'DUOC_HUONG', hangThang: true, tuThang: '2026-10' });
    expect(decision.coSoTinh).toMatchObject({ heSo: 0.5, soNguoiHuong: 3 });
    expect(decision.soTien).toBe(3 * 1_170_000);
  });

  it('refuses the monthly allowance when no relative qualifies', async () => {
    const sandbox = await createTestSandbox();
    const body = claim(await deadPensioner(sandbox), ['TU_TUAT_HANGTHANG'], {
      maHoSo: dossierCode('TU'),
      thanNhan: [relative('Phạm Thị Lan', '038185004321', '1985-07-02', 'CON')],
    });
    const answer = await file(sandbox, body);
    expect(answer.status).toBe(201);
    expect(answer.body.trangThai).toBe('TU_CHOI');
    expect(answer.body.quyetDinh[0].lyDo[0].ma).toBe('KHONG_CO_THAN_NHAN_DU_DIEU_KIEN');
  });

  it('refuses asking for both survivor allowances at once', async () => {
    const sandbox = await createTestSandbox();
    const body = claim(await deadPensioner(sandbox), ['TU_TUAT_1LAN', 'TU_TUAT_HANGTHANG'], {
      thanNhan: [LAN],
      nguoiDaiDienNhan: { hoTen: LAN.hoTen, soDinhDanh: LAN.soDinhDanh },
    });
    const answer = await file(sandbox, body);
    expect(answer.status).toBe(422);
    expect(answer.body.lyDo[0].ma).toBe('CHE_DO_TU_TUAT_TRUNG');
  });

  it('decides the claim TU_CHOI with the reason Prefer forces', async () => {
    const sandbox = await createTestSandbox();
    const body = claim(await deadPensioner(sandbox), ['MAI_TANG_BHXH']);
    const answer = await file(sandbox, body, {
      prefer: 'outcome=refuse; reason=HO_SO_KHONG_HOP_LE',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.trangThai).toBe('TU_CHOI');
    expect(answer.body.quyetDinh[0].lyDo[0].ma).toBe('HO_SO_KHONG_HOP_LE');
  });

  it('answers with the status Prefer: code forces', async () => {
    const sandbox = await createTestSandbox();
    const body = claim(personWith(sandbox, 'PENSIONER'), ['MAI_TANG_BHXH']);
    const answer = await file(sandbox, body, { prefer: 'code=503' });
    expect(answer.status).toBe(503);
  });
});

describe('bhxhGetClaim and bhxhGetClaimPayments', () => {
  it('reads back the claim it filed', async () => {
    const sandbox = await createTestSandbox();
    const filed = await file(sandbox, claim(await deadPensioner(sandbox), ['MAI_TANG_BHXH']));
    const read = await sandbox.invoke('bhxhGetClaim', {
      params: { maHoSoHuong: filed.body.maHoSoHuong },
      headers: OFFICER,
    });
    expect(read.body).toEqual(filed.body);
  });

  it('answers 404 for an unknown claim', async () => {
    const sandbox = await createTestSandbox();
    const read = await sandbox.invoke('bhxhGetClaim', {
      params: { maHoSoHuong: 'TT-38-2026-999999' },
      headers: OFFICER,
    });
    expect(read.status).toBe(404);
  });

  it('pays a one-time benefit on the next working day to the masked account', async () => {
    const sandbox = await createTestSandbox();
    const filed = await file(sandbox, claim(await deadPensioner(sandbox), ['MAI_TANG_BHXH']));
    const params = { maHoSoHuong: filed.body.maHoSoHuong };
    const before = await sandbox.invoke('bhxhGetClaimPayments', { params, headers: OFFICER });
    expect(before.body.danhSach).toHaveLength(1);
    expect(before.body.danhSach[0]).toMatchObject({
      trangThai: 'CHO_CHI',
      ngayDuKienChi: '2026-09-16',
      taiKhoanNhan: '*********4821',
      soTien: 23_400_000,
    });
    await sandbox.clock.advance(26 * 60 * 60 * 1000);
    const after = await sandbox.invoke('bhxhGetClaimPayments', { params, headers: OFFICER });
    expect(after.body.danhSach[0]).toMatchObject({
      trangThai: 'DA_CHI',
      maChiTra: before.body.danhSach[0].maChiTra,
    });
  });

  it('adds one payment per month of the monthly allowance as the clock advances', async () => {
    const sandbox = await createTestSandbox();
    const body = claim(await deadPensioner(sandbox), ['TU_TUAT_HANGTHANG'], {
      maHoSo: dossierCode('TU'),
      thanNhan: [relative('Lê Thị Mai', '038150002348', '1950-05-06', 'ME')],
      taiKhoanNganHang: account('LE THI MAI'),
    });
    const filed = await file(sandbox, body);
    const params = { maHoSoHuong: filed.body.maHoSoHuong };
    await sandbox.clock.set(new Date('2026-12-15T09:00:00+07:00'));
    const paid = await sandbox.invoke('bhxhGetClaimPayments', { params, headers: OFFICER });
    expect(paid.body.danhSach.map((p: { kyChiTra: string }) => p.kyChiTra)).toEqual([
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(paid.body.danhSach.every((p: { trangThai: string }) => p.trangThai === 'DA_CHI')).toBe(
      true,
    );
  });

  it('fails a payment to an account held by someone other than the payee', async () => {
    const sandbox = await createTestSandbox();
    const body = claim(await deadPensioner(sandbox), ['MAI_TANG_BHXH'], {
      taiKhoanNganHang: account('TRAN VAN KHAC'),
    });
    const filed = await file(sandbox, body);
    const list = await sandbox.invoke('bhxhGetClaimPayments', {
      params: { maHoSoHuong: filed.body.maHoSoHuong },
      headers: OFFICER,
    });
    expect(list.body.danhSach[0]).toMatchObject({ trangThai: 'LOI' });
    expect(list.body.danhSach[0].lyDo[0].ma).toBe('TEN_CHU_TAI_KHOAN_KHONG_KHOP');
  });
});
