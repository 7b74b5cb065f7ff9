/**
 * Verification of declared data against the register, field by field, never revealing the
 * register's values.
 * @see SECURITY.md §2 GW-08; specs/dancu.yaml dancuVerifyCitizen
 */
import type { components } from '../../contracts/generated/dancu.js';
import { namesEqual, normalizeName } from '../domain/identifiers/index.js';
import { CITIZEN_FIELDS, type CitizenField } from './access-rules.js';
import type { CitizenRecord } from './mapping.js';

type Schemas = components['schemas'];

/** What a caller declares. */
export type VerificationRequest = Schemas['CitizenVerificationRequest'];

/** The outcome for one declared field. */
export type FieldVerification = Schemas['FieldVerification'];

/** The overall outcome. */
export type VerificationOutcome = Schemas['CitizenVerificationResult']['ketQua'];

/**
 * The declared fields, in the order of the 20 basic fields.
 * @see SECURITY.md §3
 */
export function declaredFields(request: VerificationRequest): readonly CitizenField[] {
  return CITIZEN_FIELDS.filter((field) => request[field] !== undefined);
}

const samePlace = (
  a: { readonly maXa: string; readonly maTinh: string },
  b: { readonly maXa: string; readonly maTinh: string },
): boolean => a.maXa === b.maXa && a.maTinh === b.maTinh;

/** Street details compared up to case and spacing: clerks type them differently. */
const sameDetail = (a: string, b: string): boolean =>
  normalizeName(a).toLocaleLowerCase('vi') === normalizeName(b).toLocaleLowerCase('vi');

const samePerson = (declared: Schemas['PersonRef'], held: Schemas['PersonRef']): boolean =>
  namesEqual(declared.hoTen, held.hoTen) &&
  (declared.soDinhDanh === undefined || declared.soDinhDanh === held.soDinhDanh);

/**
 * Whether one declared value matches the register's (`null`: the register holds none, which
 * never matches a declared value). Names match up to case, spacing and tone placement; places
 * by their codes; addresses by codes and detail; people by name and, when declared, ID number.
 * @see SECURITY.md §2 GW-08; mocks/domain/identifiers/vietnamese-name.ts
 */
export function fieldMatches(field: CitizenField, declared: unknown, held: unknown): boolean {
  if (held === null || held === undefined) return false;
  switch (field) {
    case 'hoTen':
      return namesEqual(declared as string, held as string);
    case 'noiDangKyKhaiSinh':
    case 'queQuan':
      return samePlace(declared as Schemas['Locality'], held as Schemas['Locality']);
    case 'diaChiThuongTru':
    case 'diaChiTamTru':
    case 'noiOHienTai': {
      const [d, h] = [declared as Schemas['Address'], held as Schemas['Address']];
      return samePlace(d, h) && sameDetail(d.chiTiet, h.chiTiet);
    }
    case 'cha':
    case 'me':
    case 'voChong':
      return samePerson(declared as Schemas['PersonRef'], held as Schemas['PersonRef']);
    case 'chuHo': {
      const [d, h] = [declared as Schemas['HouseholdHeadRef'], held as Schemas['HouseholdHeadRef']];
      return samePerson(d, h) && d.quanHeVoiChuHo === h.quanHeVoiChuHo;
    }
    default:
      return declared === held;
  }
}

/**
 * Field-by-field verification: `KHOP` when every declared field matches, else `KHONG_KHOP`;
 * a mismatch echoes what was declared (`giaTriKhaiBao`), never the register's value.
 * @see specs/dancu.yaml dancuVerifyCitizen, FieldVerification
 */
export function verifyFields(
  request: VerificationRequest,
  register: CitizenRecord,
): { readonly ketQua: VerificationOutcome; readonly chiTiet: readonly FieldVerification[] } {
  const chiTiet = declaredFields(request).map((truong): FieldVerification => {
    const declared = request[truong];
    return fieldMatches(truong, declared, register[truong])
      ? { truong, ketQua: 'KHOP' }
      : { truong, ketQua: 'KHONG_KHOP', giaTriKhaiBao: declared };
  });
  const allMatch = chiTiet.every((item) => item.ketQua === 'KHOP');
  return { ketQua: allMatch ? 'KHOP' : 'KHONG_KHOP', chiTiet };
}
