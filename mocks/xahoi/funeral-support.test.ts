import { beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from '../../test/support/sandbox.js';
import { dossierCode, OFFICER, readHeaders, recordDeath } from '../../test/support/benefits.js';
import type { Person, SocialCategory } from '../domain/population/index.js';

beforeAll(() => createTestSandbox(), 60_000);

function beneficiary(sandbox: TestSandbox, category: SocialCategory): Person {
  const person = sandbox.population.people.find(
    (p) =>
      p.death === null &&
      sandbox.population.socialByPerson
        .get(p.id)
        ?.entitlements.some((e) => e.category === category),
  );
  if (!person) throw new Error(`no living ${category} beneficiary`);
  return person;
}

function claim(deceased: Person, cheDo: string) {
  return {
    maHoSo: dossierCode('MT', '80', '0021'),
    cheDo,
    nguoiChet: { hoTen: deceased.fullName, soDinhDanh: deceased.id, ngayMat: '2026-09-12' },
    trichLucKhaiTu: { maGiayTo: '52/2026/TLKT' },
    nguoiLoMaiTang: { hoTen: 'Võ Thị Hạnh', soDinhDanh: '072175003344', quanHe: 'EM' },
    taiKhoanNganHang: {
      soTaiKhoan: '7302205123456',
      nganHang: 'Agribank',
      chuTaiKhoan: 'VO THI HANH',
    },
  };
}

function file(sandbox: TestSandbox, body: unknown, headers: Record<string, string> = {}) {
  return sandbox.invoke('xahoiClaimFuneralSupport', { headers: { ...OFFICER, ...headers }, body });
}

describe('xahoiClaimFuneralSupport', () => {
  it('grants 20 × the 540,000 đ standard level to a social-assistance beneficiary, decided by the commune', async () => {
    const sandbox = await createTestSandbox();
    const deceased = beneficiary(sandbox, 'SOCIAL_ASSISTANCE');
    await recordDeath(sandbox, deceased);
    const answer = await file(sandbox, claim(deceased, 'HO_TRO_MAI_TANG'));
    expect(answer.status).toBe(201);
    expect(answer.body.trangThai).toBe('DA_GIAI_QUYET');
    expect(answer.body.quyetDinh).toMatchObject({
      ketQua: 'DUOC_HUONG',
      soTien: 10_800_000,
      coSoTinh: { mucChuan: 540_000, heSo: 20 },
    });
    expect(answer.body.coQuanQuyetDinh.cap).toBe('XA');
    expect(answer.body.giayTo[0].loaiGiayTo).toBe('QUYET_DINH_HO_TRO_MAI_TANG');
  });

  it('sends a person with merit to the Department of Home Affairs with the configured amount', async () => {
    const sandbox = await createTestSandbox({
      regime: {
        benefits: {
          variants: { MAI_TANG_NCC: { amount: { formula: 'STANDARD_MULTIPLE', multiple: 30 } } },
        },
      },
    });
    const deceased = beneficiary(sandbox, 'PERSON_WITH_MERIT');
    await recordDeath(sandbox, deceased);
    const answer = await file(sandbox, claim(deceased, 'MAI_TANG_NCC'));
    expect(answer.status).toBe(201);
    expect(answer.body.quyetDinh.soTien).toBe(16_200_000);
    expect(answer.body.coQuanQuyetDinh).toMatchObject({ cap: 'TINH' });
    expect(answer.body.coQuanQuyetDinh.ten).toMatch(/^Sở Nội vụ/);
    expect(answer.body.giayTo[0].loaiGiayTo).toBe('QUYET_DINH_MAI_TANG_PHI');
  });

  it('grants a veteran 10 × the reference amount, decided by the Department of Home Affairs', async () => {
    const sandbox = await createTestSandbox();
    const deceased = beneficiary(sandbox, 'VETERAN');
    await recordDeath(sandbox, deceased);
    const answer = await file(sandbox, claim(deceased, 'MAI_TANG_KHAC'));
    expect(answer.status).toBe(201);
    expect(answer.body.quyetDinh).toMatchObject({ ketQua: 'DUOC_HUONG', soTien: 23_400_000 });
    expect(answer.body.coQuanQuyetDinh.ten).toMatch(/^Sở Nội vụ/);
  });

  it('refuses a variant whose amount the sandbox is configured not to model', async () => {
    const sandbox = await createTestSandbox({
      regime: {
        benefits: {
          variants: { MAI_TANG_KHAC: { amount: { formula: 'NOT_MODELLED', multiple: 0 } } },
        },
      },
    });
    const deceased = beneficiary(sandbox, 'VETERAN');
    await recordDeath(sandbox, deceased);
    const answer = await file(sandbox, claim(deceased, 'MAI_TANG_KHAC'));
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('AMOUNT_NOT_MODELLED');
  });

  it('refuses a person who is not in the category the variant requires', async () => {
    const sandbox = await createTestSandbox();
    const deceased = beneficiary(sandbox, 'VETERAN');
    const answer = await file(sandbox, claim(deceased, 'HO_TRO_MAI_TANG'));
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('KHONG_THUOC_DOI_TUONG');
  });

  it('refuses a beneficiary the population database still shows alive', async () => {
    const sandbox = await createTestSandbox();
    const answer = await file(
      sandbox,
      claim(beneficiary(sandbox, 'SOCIAL_ASSISTANCE'), 'HO_TRO_MAI_TANG'),
    );
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('DECEASED_NOT_RECORDED');
  });

  it('answers 409 CLAIM_DUPLICATE to a second claim for the same deceased', async () => {
    const sandbox = await createTestSandbox();
    const deceased = beneficiary(sandbox, 'SOCIAL_ASSISTANCE');
    await recordDeath(sandbox, deceased);
    const first = await file(sandbox, claim(deceased, 'HO_TRO_MAI_TANG'));
    const second = await file(sandbox, claim(deceased, 'HO_TRO_MAI_TANG'));
    expect(second.status).toBe(409);
    expect(second.body.detail).toContain(first.body.maHoSoHuong);
  });

  it('decides the claim TU_CHOI with the reason Prefer forces', async () => {
    const sandbox = await createTestSandbox();
    const deceased = beneficiary(sandbox, 'SOCIAL_ASSISTANCE');
    const answer = await file(sandbox, claim(deceased, 'HO_TRO_MAI_TANG'), {
      prefer: 'outcome=refuse; reason=DA_HUONG_CHE_DO_MAI_TANG_KHAC',
    });
    expect(answer.body.trangThai).toBe('TU_CHOI');
    expect(answer.body.quyetDinh.lyDo[0].ma).toBe('DA_HUONG_CHE_DO_MAI_TANG_KHAC');
  });

  it('answers 400 to a malformed Prefer header', async () => {
    const sandbox = await createTestSandbox();
    const deceased = beneficiary(sandbox, 'SOCIAL_ASSISTANCE');
    const answer = await file(sandbox, claim(deceased, 'HO_TRO_MAI_TANG'), {
      prefer: 'outcome=maybe',
    });
    expect(answer.status).toBe(400);
  });
});

describe('xahoiGetBeneficiary and xahoiGetClaim', () => {
  it('reads a person with merit from the population’s social-affairs records', async () => {
    const sandbox = await createTestSandbox();
    const person = beneficiary(sandbox, 'PERSON_WITH_MERIT');
    const answer = await sandbox.invoke('xahoiGetBeneficiary', {
      params: { soDinhDanh: person.id },
      headers: readHeaders('MAI_TANG_TU_TUAT'),
    });
    expect(answer.status).toBe(200);
    expect(answer.body.loaiDoiTuong[0]).toBe('NGUOI_CO_CONG');
    expect(answer.body.coQuanQuanLy.cap).toBe('TINH');
  });

  it('answers an empty category list for a known person in no category', async () => {
    const sandbox = await createTestSandbox();
    const person = sandbox.population.people.find(
      (p) => !sandbox.population.socialByPerson.has(p.id),
    );
    const answer = await sandbox.invoke('xahoiGetBeneficiary', {
      params: { soDinhDanh: person?.id ?? '' },
      headers: readHeaders('MAI_TANG_TU_TUAT'),
    });
    expect(answer.body).toMatchObject({ loaiDoiTuong: [], dangHuong: false });
  });

  it('answers 404 outside the population and 400 without purpose headers', async () => {
    const sandbox = await createTestSandbox();
    const unknown = await sandbox.invoke('xahoiGetBeneficiary', {
      params: { soDinhDanh: '072071999999' },
      headers: readHeaders('MAI_TANG_TU_TUAT'),
    });
    expect(unknown.status).toBe(404);
    const bare = await sandbox.invoke('xahoiGetBeneficiary', {
      params: { soDinhDanh: '072071999999' },
      headers: OFFICER,
    });
    expect(bare.status).toBe(400);
  });

  it('reads back a filed claim and answers 404 for an unknown one', async () => {
    const sandbox = await createTestSandbox();
    const deceased = beneficiary(sandbox, 'SOCIAL_ASSISTANCE');
    await recordDeath(sandbox, deceased);
    const filed = await file(sandbox, claim(deceased, 'HO_TRO_MAI_TANG'));
    const read = await sandbox.invoke('xahoiGetClaim', {
      params: { maHoSoHuong: filed.body.maHoSoHuong },
      headers: OFFICER,
    });
    expect(read.body).toEqual(filed.body);
    const missing = await sandbox.invoke('xahoiGetClaim', {
      params: { maHoSoHuong: 'HT-80-2026-999999' },
      headers: OFFICER,
    });
    expect(missing.status).toBe(404);
  });
});
