/**
 * Group 1 end to end through the mocks: a child born during the session is registered by the
 * civil-status software (medical certificate from yte, personal ID from dancu), then registered
 * for permanent residence into the household the mother lives in, with the household head's
 * consent asked in VNeID and given by the simulated head without any manual decision.
 * @see DOMAIN.md §3 steps 5 and 8a; specs/vneid.yaml `ConfirmationRequest.nguoiDeNghi`
 */
import { expect, it } from 'vitest';
import type { Person, Population, Relationship } from '../../mocks/domain/population/index.js';
import { birthRequest } from '../../mocks/hotich/test-requests.js';
import { createTestSandbox } from '../support/sandbox.js';

const OFFICER = { 'x-officer-id': 'cb.cutru.80001' };

/** The child's relationship to the head, from the mother's. */
const CHILD_OF: Readonly<Partial<Record<Relationship, 'CON' | 'CHAU'>>> = {
  WIFE: 'CON',
  CHILD: 'CHAU',
  CHILD_IN_LAW: 'CHAU',
};

/** An expecting mother who lives in a household someone else heads, who can confirm in VNeID. */
function motherInSomeoneElsesHousehold(population: Population) {
  for (const mother of population.byTrait.get('EXPECTING_MOTHER') ?? []) {
    const certificate = population.pendingBirthByMother.get(mother.id);
    const household = population.householdById.get(mother.householdId ?? '');
    const head: Person | undefined = population.byId.get(household?.headId ?? '');
    const relation = CHILD_OF[mother.relationshipToHead ?? 'HEAD'];
    const canConfirm = head?.vneid.level === 2 && head.vneid.status === 'ACTIVE';
    if (certificate && household && head && relation && canConfirm && head.death === null) {
      return { mother, certificate, household, head, relation };
    }
  }
  throw new Error('the population has no expecting mother living in another head’s household');
}

it('registers a newborn into the mother’s household on the head’s automatic VNeID consent', async () => {
  const sandbox = await createTestSandbox();
  const { mother, certificate, household, head, relation } = motherInSomeoneElsesHousehold(
    sandbox.population,
  );
  const birth = birthRequest(mother, certificate);
  const born = await sandbox.invoke('hotichRegisterBirth', { headers: OFFICER, body: birth });
  expect(born.body.trangThai).toBe(4);
  const child: string = born.body.soDinhDanh;
  expect(sandbox.population.byId.has(child)).toBe(false);

  const answer = await sandbox.invoke('cutruRegisterPermanentResidence', {
    headers: OFFICER,
    body: {
      maHoSo: birth.maHoSo.replace(/-KS$/, '-TT'),
      nguoiDangKy: {
        hoTen: birth.treEm.hoTen,
        ngaySinh: birth.treEm.ngaySinh,
        gioiTinh: birth.treEm.gioiTinh,
        soDinhDanh: child,
      },
      diaChi: {
        chiTiet: household.address.detail,
        maXa: household.address.communeCode,
        maTinh: household.address.provinceCode,
      },
      maHo: household.id,
      chuHo: { hoTen: head.fullName, soDinhDanh: head.id, quanHeVoiChuHo: relation },
      cheDoDongY: 'VNEID',
      nguoiKeKhai: { hoTen: mother.fullName, soDinhDanh: mother.id, quanHe: 'ME' },
    },
  });
  expect(answer.status).toBe(201);
  expect(answer.body).toMatchObject({ trangThai: 'DA_DANG_KY', maHo: household.id });

  const consent = await sandbox.invoke('vneidGetConfirmation', {
    params: { maXacNhan: answer.body.maXacNhanVneid },
    headers: OFFICER,
  });
  expect(consent.body).toMatchObject({
    loaiXacNhan: 'DONG_Y_CHU_HO',
    soDinhDanhNguoiXacNhan: head.id,
    trangThai: 'DONG_Y',
    nguoiLienQuan: { soDinhDanh: child, hoTen: birth.treEm.hoTen, ngaySinh: birth.treEm.ngaySinh },
    nguoiDeNghi: { soDinhDanh: mother.id, quanHe: 'ME' },
  });
});
