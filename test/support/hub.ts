/**
 * Test support for the hub: e-forms (Mẫu số 01 and 02) of real people of a sandbox population,
 * and a client that submits and reads linked dossiers over HTTP with the demo province client.
 * @see specs/lienthong.yaml `Group1Submission`, `Group2Submission`
 */
import type { components } from '../../contracts/generated/lienthong.js';
import type {
  MedicalBirthCertificate,
  Person,
  Population,
} from '../../mocks/domain/population/index.js';
import { addressOf, birthRequest, deathRequest } from '../../mocks/hotich/test-requests.js';

type Schemas = components['schemas'];
export type Group1Submission = Extract<Schemas['DossierSubmission'], { nhomThuTuc: 'NHOM_1' }>;
export type Group2Submission = Extract<Schemas['DossierSubmission'], { nhomThuTuc: 'NHOM_2' }>;
export type LinkedDossier = Schemas['LinkedDossier'];
export type BenefitBranch = Schemas['BenefitBranch'];

/** An expecting mother in a household someone else heads, who can consent in VNeID. */
export function newbornFamily(population: Population, skip = 0) {
  const childOf = { WIFE: 'CON', CHILD: 'CHAU', CHILD_IN_LAW: 'CHAU' } as const;
  let seen = 0;
  for (const mother of population.byTrait.get('EXPECTING_MOTHER') ?? []) {
    const certificate = population.pendingBirthByMother.get(mother.id);
    const household = population.householdById.get(mother.householdId ?? '');
    const head = population.byId.get(household?.headId ?? '');
    const relation = childOf[mother.relationshipToHead as keyof typeof childOf] as
      'CON' | 'CHAU' | undefined;
    const canConfirm = head?.vneid.level === 2 && head.vneid.status === 'ACTIVE';
    const motherOnline = mother.vneid.level === 2 && mother.vneid.status === 'ACTIVE';
    if (
      certificate &&
      household &&
      head &&
      relation &&
      canConfirm &&
      motherOnline &&
      head.death === null
    ) {
      if (seen++ < skip) continue;
      return { mother, certificate, household, head, relation };
    }
  }
  throw new Error('no expecting mother in another head’s household');
}

/** The group-1 e-form of an expecting mother's family. */
export function group1Submission(
  population: Population,
  options: {
    readonly maTTHC?: Group1Submission['maTTHC'];
    readonly thuTucCon?: Group1Submission['thuTucCon'];
    readonly skip?: number;
    readonly family?: ReturnType<typeof newbornFamily>;
  } = {},
): {
  submission: Group1Submission;
  mother: Person;
  head: Person;
  certificate: MedicalBirthCertificate;
} {
  const family = options.family ?? newbornFamily(population, options.skip);
  const { mother, certificate, household, head, relation } = family;
  const birth = birthRequest(mother, certificate);
  const address = addressOf(mother);
  const facility =
    population.facilities.find((f) => f.provinceCode === address.maTinh) ??
    population.facilities[0];
  if (!facility) throw new Error('no health facility');
  const maTTHC = options.maTTHC ?? '3.000722';
  const submission: Group1Submission = {
    nhomThuTuc: 'NHOM_1',
    maTTHC,
    thuTucCon:
      options.thuTucCon ??
      (maTTHC === '3.000722' ? ['KS', 'TT', 'BHYT', 'CC'] : ['KS', 'TT', 'BHYT']),
    kenhTiepNhan: 2,
    nguoiYeuCau: { hoTen: mother.fullName, soDinhDanh: mother.id, quanHe: 'ME' },
    hinhThucNhanKetQua: 'TRUC_TUYEN',
    treEm: birth.treEm as Group1Submission['treEm'],
    me: birth.me as Group1Submission['me'],
    giayChungSinh: birth.giayChungSinh as Group1Submission['giayChungSinh'],
    thuongTru: {
      cheDoDongY: 'VNEID',
      chuHo: { hoTen: head.fullName, soDinhDanh: head.id, quanHeVoiChuHo: relation },
      diaChi: {
        chiTiet: household.address.detail,
        maXa: household.address.communeCode,
        maTinh: household.address.provinceCode,
      },
    },
    bhyt: { noiKcbBanDau: { maCoSoKcb: facility.code, tenCoSoKcb: facility.name } },
  };
  return { submission, mother, head, certificate };
}

/** The options of {@link group2Submission}: the benefit branches claimed. */
export interface DeathOptions {
  readonly maTTHC?: Group2Submission['maTTHC'];
  readonly mt?: BenefitBranch;
  readonly tu?: BenefitBranch;
  /** Whether the spouse confirms the representative in VNeID (else Form 09-HSB). */
  readonly vneid?: boolean;
  /** The time of death when the population has none (default 2026-09-12 04:20). */
  readonly thoiDiemChet?: string;
}

/** The group-2 e-form of a person's death, asked for by the spouse (or a relative). */
export function group2Submission(
  person: Person,
  requester: Person,
  relation: 'VO' | 'CHONG' | 'CON' | 'KHAC',
  options: DeathOptions = {},
): Group2Submission {
  const deathTime = person.death
    ? `${person.death.date}T04:20:00+07:00`
    : (options.thoiDiemChet ?? '2026-09-12T04:20:00+07:00');
  const request = deathRequest(person, deathTime);
  const thuTucCon: Group2Submission['thuTucCon'] = ['KT', 'XTT'];
  if (options.mt) thuTucCon.push('MT');
  if (options.tu) thuTucCon.push('TU');
  const branches = [options.mt, options.tu].filter((b): b is BenefitBranch => b !== undefined);
  const holder = requester.fullName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toUpperCase();
  return {
    nhomThuTuc: 'NHOM_2',
    maTTHC: options.maTTHC ?? '2.002913',
    thuTucCon,
    kenhTiepNhan: 2,
    nguoiYeuCau: { hoTen: requester.fullName, soDinhDanh: requester.id, quanHe: relation },
    hinhThucNhanKetQua: 'TRUC_TUYEN',
    nguoiChet: request.nguoiChet as Group2Submission['nguoiChet'],
    thoiDiemChet: deathTime,
    noiChet: request.noiChet as Group2Submission['noiChet'],
    nguyenNhanChet: request.nguyenNhanChet,
    giayToThayThe: {
      loai: 'GIAY_BAO_TU_UBND_XA',
      so: '09/GBT-UBND',
      ngayCap: deathTime.slice(0, 10),
      coQuanCap: 'UBND xã nơi người đó chết',
    },
    chuHo: { hoTen: person.fullName, soDinhDanh: person.id, quanHeVoiChuHo: 'CHU_HO' },
    ...(branches.length > 0
      ? {
          cheDoHuong: branches,
          nguoiLoMaiTang: { hoTen: requester.fullName, soDinhDanh: requester.id, quanHe: relation },
          taiKhoanNganHang: {
            soTaiKhoan: '1023456784821',
            nganHang: 'Vietcombank',
            chuTaiKhoan: holder,
          },
        }
      : {}),
    ...(options.tu
      ? {
          thanNhan: [
            {
              hoTen: requester.fullName,
              soDinhDanh: requester.id,
              ngaySinh: requester.birthDate,
              quanHe: relation,
              xacNhanVneid: options.vneid ?? false,
            },
          ],
          nguoiDaiDienNhan: { hoTen: requester.fullName, soDinhDanh: requester.id },
        }
      : {}),
  } as Group2Submission;
}

/** A deceased person with an insurance record and a living spouse who can confirm in VNeID. */
export function insuredDeceased(
  population: Population,
  skip = 0,
): { person: Person; spouse: Person } {
  let seen = 0;
  for (const person of [
    ...(population.byTrait.get('DECEASED_PENDING_REGISTRATION') ?? []),
    ...(population.byTrait.get('PENSIONER') ?? []),
  ]) {
    const insurance = population.insuranceByPerson.get(person.id);
    const spouse = population.byId.get(person.spouseId ?? '');
    const usable =
      spouse?.death === null && spouse.vneid.level === 2 && spouse.vneid.status === 'ACTIVE';
    if (
      insurance &&
      insurance.category !== 'NOT_PARTICIPATING' &&
      person.permanentAddress &&
      usable
    ) {
      if (seen++ < skip) continue;
      return { person, spouse };
    }
  }
  throw new Error('no insured deceased with a spouse');
}
