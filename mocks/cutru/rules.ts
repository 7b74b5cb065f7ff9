/**
 * The residence system's decisions as pure functions over its register and the answers of the
 * population database and VNeID. Handlers gather the facts; these functions decide.
 * @see DOMAIN.md §3 step 8a, §4 step 4; specs/cutru.yaml
 */
import type { components } from '../../contracts/generated/cutru.js';
import type { AdminUnitCatalogue } from '../domain/admin-units/index.js';
import { namesEqual } from '../domain/identifiers/index.js';
import type { Reason } from '../kit/index.js';
import { reason } from './problems.js';
import type {
  HouseholdRecord,
  MemberEntry,
  ResidentRecord,
  WireAddress,
  WireRelationship,
} from './state.js';

type Schemas = components['schemas'];
type RegistrationRequest = Schemas['PermanentResidenceRequest'];
type Purpose = Schemas['Purpose'];

/**
 * Refuses an address whose commune is not in the administrative-unit catalogue, or not in the
 * declared province.
 * @see DOMAIN.md §6.6 (post-2025 two-level units); specs/cutru.yaml `DIA_CHI_KHONG_TON_TAI`
 */
export function checkAddress(address: WireAddress, catalogue: AdminUnitCatalogue): Reason | null {
  if (catalogue.getCommune(address.maXa) === undefined) {
    return reason('DIA_CHI_KHONG_TON_TAI', '/diaChi/maXa');
  }
  if (!catalogue.isCommuneInProvince(address.maXa, address.maTinh)) {
    return reason(
      'DIA_CHI_KHONG_TON_TAI',
      '/diaChi/maTinh',
      'Xã, phường đăng ký không thuộc tỉnh, thành phố đã kê khai',
    );
  }
  return null;
}

/**
 * How the household head's consent is obtained:
 * - `DECLARANT_IS_HEAD`: the head declares (signs the CT01) themselves, nothing more to ask;
 * - `CT01_SIGNED` / `CT01_UNSIGNED`: consent mode CT01, with or without the signed form attached;
 * - `VNEID_CHECK`: mode VNEID with a confirmation id to check;
 * - `VNEID_ASK`: mode VNEID without one, this system asks the head in VNeID;
 * - `MODE_MISMATCH`: mode CT01 with a VNeID confirmation id.
 * @see specs/cutru.yaml `cutruRegisterPermanentResidence`; DOMAIN.md §3 step 8a, §8 (CT01 consent
 * blocks); Luật Cư trú 68/2020/QH14 Art. 20(1)
 */
export type ConsentRoute =
  | 'DECLARANT_IS_HEAD'
  | 'CT01_SIGNED'
  | 'CT01_UNSIGNED'
  | 'VNEID_CHECK'
  | 'VNEID_ASK'
  | 'MODE_MISMATCH';

/** Decides the {@link ConsentRoute} of a CT01 request. */
export function consentRoute(request: RegistrationRequest): ConsentRoute {
  if (request.cheDoDongY === 'CT01' && request.maXacNhanVneid !== undefined) return 'MODE_MISMATCH';
  if (request.nguoiKeKhai.soDinhDanh === request.chuHo.soDinhDanh) return 'DECLARANT_IS_HEAD';
  if (request.cheDoDongY === 'CT01') {
    const signed = (request.tepDinhKem ?? []).some((f) => f.maThanhPhanHoSo === 'TP_CT01');
    return signed ? 'CT01_SIGNED' : 'CT01_UNSIGNED';
  }
  return request.maXacNhanVneid === undefined ? 'VNEID_ASK' : 'VNEID_CHECK';
}

/** A VNeID confirmation state (`Confirmation.trangThai` in vneid.yaml). */
export type ConfirmationState = 'CHO_XAC_NHAN' | 'DONG_Y' | 'TU_CHOI' | 'HET_HAN';

/**
 * What a VNeID answer means for the registration: waiting keeps it `CHO_XAC_NHAN_CHU_HO`,
 * agreed lets it proceed, refused or expired refuses it with `CHU_HO_CHUA_DONG_Y`.
 * @see specs/cutru.yaml `cutruRegisterPermanentResidence` (consent modes)
 */
export function consentFromConfirmation(state: ConfirmationState): 'WAITING' | 'AGREED' | Reason {
  switch (state) {
    case 'CHO_XAC_NHAN':
      return 'WAITING';
    case 'DONG_Y':
      return 'AGREED';
    case 'TU_CHOI':
      return reason('CHU_HO_CHUA_DONG_Y', '/maXacNhanVneid', 'Chủ hộ từ chối trên VNeID');
    case 'HET_HAN':
      return reason(
        'CHU_HO_CHUA_DONG_Y',
        '/maXacNhanVneid',
        'Chủ hộ không xác nhận trong thời hạn',
      );
  }
}

/** The parts of a VNeID confirmation that must match the registration. */
export interface ConfirmationFacts {
  readonly loaiXacNhan: string;
  readonly soDinhDanhNguoiXacNhan: string;
  readonly maHoSo: string;
}

/**
 * A confirmation counts only when it is a household-head consent, given by this head, for this
 * dossier; otherwise it is "made for another dossier" (`CONFIRMATION_NOT_FOUND`).
 * @see specs/cutru.yaml `cutruRegisterPermanentResidence` (422 CONFIRMATION_NOT_FOUND)
 */
export function confirmationMatches(
  confirmation: ConfirmationFacts,
  dossier: string,
  headId: string,
): boolean {
  return (
    confirmation.loaiXacNhan === 'DONG_Y_CHU_HO' &&
    confirmation.soDinhDanhNguoiXacNhan === headId &&
    confirmation.maHoSo === dossier
  );
}

/**
 * A person already holding a permanent residence cannot hold a second one: refused with
 * `DA_DANG_KY_THUONG_TRU_NOI_KHAC` (or `…_TAI_HO_NAY` when it is this very household).
 * @see Luật Cư trú 68/2020/QH14 Art. 11 (one permanent residence); specs/cutru.yaml refusal codes
 */
export function residenceConflict(
  resident: ResidentRecord | undefined,
  householdId: string,
  pointer: string,
): Reason | null {
  const current = resident?.permanent;
  if (!current) return null;
  return current.householdId === householdId
    ? reason('DA_DANG_KY_THUONG_TRU_TAI_HO_NAY', pointer)
    : reason('DA_DANG_KY_THUONG_TRU_NOI_KHAC', pointer);
}

/** Identity as declared and as the population database holds it. */
export interface IdentityFacts {
  readonly hoTen: string;
  readonly ngaySinh: string;
  readonly gioiTinh?: string;
}

/**
 * Declared identity must match the population database (names compared without case and
 * tone-mark placement differences), else `THONG_TIN_KHONG_KHOP_CSDL_DAN_CU`.
 * @see SECURITY.md GW-08 (verified data decides residence)
 */
export function identityMismatch(
  declared: IdentityFacts,
  registered: Partial<IdentityFacts>,
  pointer: string,
): Reason | null {
  const differs =
    (registered.hoTen !== undefined && !namesEqual(declared.hoTen, registered.hoTen)) ||
    (registered.ngaySinh !== undefined && declared.ngaySinh !== registered.ngaySinh) ||
    (registered.gioiTinh !== undefined &&
      declared.gioiTinh !== undefined &&
      declared.gioiTinh !== registered.gioiTinh);
  return differs ? reason('THONG_TIN_KHONG_KHOP_CSDL_DAN_CU', pointer) : null;
}

/**
 * How the other members relate to a surviving spouse who takes over as head: children and
 * grandchildren keep their relation, the former head's parents and in-laws become `KHAC`.
 */
const RELATION_TO_SPOUSE: Readonly<Partial<Record<WireRelationship, WireRelationship>>> = {
  CON: 'CON',
  CHAU: 'CHAU',
};

/**
 * The household after a member's permanent residence is deregistered. The household keeps its
 * `maHo` (spec). When the member was the head, SANDBOX DEFAULT: the surviving spouse registered
 * in the household becomes head (children and grandchildren keep their relation, others become
 * `KHAC`); without a spouse the oldest remaining member becomes head and the others keep their
 * recorded relation until the head-change procedure; with no one left the head is vacant.
 * @see specs/cutru.yaml `cutruDeregisterPermanentResidence` ("naming a new head is a separate
 * procedure"); Luật Cư trú 68/2020/QH14 Art. 10(3)
 */
export function householdWithout(
  household: HouseholdRecord,
  personId: string,
  birthDateOf: (id: string) => string,
): HouseholdRecord {
  const members = household.members.filter((m) => m.personId !== personId);
  if (household.headId !== personId) return { ...household, members };
  const spouse = members.find((m) => m.relationship === 'VO' || m.relationship === 'CHONG');
  if (spouse) {
    const remapped = members.map((m): MemberEntry =>
      m === spouse
        ? { personId: m.personId, relationship: 'CHU_HO' }
        : { personId: m.personId, relationship: RELATION_TO_SPOUSE[m.relationship] ?? 'KHAC' },
    );
    return { ...household, headId: spouse.personId, members: headFirst(remapped) };
  }
  const oldest = [...members].sort((a, b) =>
    birthDateOf(a.personId).localeCompare(birthDateOf(b.personId)),
  )[0];
  if (!oldest) return { ...household, headId: null, members };
  const promoted = members.map((m): MemberEntry =>
    m === oldest ? { personId: m.personId, relationship: 'CHU_HO' } : m,
  );
  return { ...household, headId: oldest.personId, members: headFirst(promoted) };
}

function headFirst(members: readonly MemberEntry[]): MemberEntry[] {
  return [
    ...members.filter((m) => m.relationship === 'CHU_HO'),
    ...members.filter((m) => m.relationship !== 'CHU_HO'),
  ];
}

/**
 * Household members are disclosed for the purpose `DK_THUONG_TRU` only.
 * @see SECURITY.md §3, GW-16; specs/cutru.yaml `cutruGetHousehold`
 */
export function householdReadAllowed(purpose: Purpose): boolean {
  return purpose === 'DK_THUONG_TRU';
}

/** Purposes whose allow-list holds `noiOHienTai` (field 14). @see SECURITY.md §3 */
const CURRENT_ADDRESS_PURPOSES: readonly Purpose[] = ['XAC_THUC_NGUOI_NOP', 'KHAI_SINH', 'KHAI_TU'];

/** Purposes whose allow-list holds `diaChiTamTru` (field 13): none by default. @see SECURITY.md §3 */
const TEMPORARY_ADDRESS_PURPOSES: readonly Purpose[] = [];

/**
 * Which optional parts of a citizen's residence a purpose may see: the permanent residence
 * (field 12) is in every purpose's allow-list; the current place (14) and temporary residence
 * (13) only where the list names them.
 * @see SECURITY.md §3 (purposes and field allow-lists)
 */
export function residenceFieldsFor(purpose: Purpose): {
  readonly current: boolean;
  readonly temporary: boolean;
} {
  return {
    current: CURRENT_ADDRESS_PURPOSES.includes(purpose),
    temporary: TEMPORARY_ADDRESS_PURPOSES.includes(purpose),
  };
}

/** The population database's answer on a death, as deregistration needs it. */
export interface DeathFacts {
  readonly dead: boolean;
  readonly deathDate: string | null;
}

/**
 * A deregistration on the ground of death needs the death in the population database
 * (`DEATH_NOT_RECORDED` otherwise); a declared date of death that differs from the recorded one
 * refuses the request with `THONG_TIN_KHONG_KHOP_CSDL_DAN_CU`.
 * @see DOMAIN.md §4 step 4; Luật Cư trú 68/2020/QH14 Art. 24(1)(a); specs/cutru.yaml example
 */
export function deathCheck(
  facts: DeathFacts,
  declaredDate: string | undefined,
): 'NOT_RECORDED' | Reason | 'OK' {
  if (!facts.dead) return 'NOT_RECORDED';
  if (declaredDate !== undefined && facts.deathDate !== null && declaredDate !== facts.deathDate) {
    return reason(
      'THONG_TIN_KHONG_KHOP_CSDL_DAN_CU',
      '/ngayMat',
      'Ngày mất kê khai không khớp với dữ liệu đăng ký khai tử',
    );
  }
  return 'OK';
}
