/**
 * Who may read what: the purposes, the 20 basic fields and the allow-lists per purpose and per
 * procedure (TTHC) code. Pure functions over data tables.
 * @see SECURITY.md §2 (GW-06, GW-07, GW-16), §3
 */
import type { components } from '../../contracts/generated/dancu.js';
import { parseDossierCode, type DossierLeg } from '../domain/identifiers/index.js';
import { procedureFor, regimeAt, type GroupId } from '../domain/regimes/index.js';
import { rememberRecent } from '../domain/remember.js';

/** The wire name of one of the 20 basic citizen fields. */
export type CitizenField = components['schemas']['CitizenField'];

/** A purpose of use (`X-Muc-Dich`). */
export type Purpose = components['schemas']['Purpose'];

/**
 * The 20 basic fields, in the order of SECURITY.md §3 (also the order of answers).
 * @see SECURITY.md §3 "The 20 basic fields"; GW-07
 */
export const CITIZEN_FIELDS: readonly CitizenField[] = [
  'soDinhDanh', 'soCmnd', 'hoTen', 'ngaySinh', 'gioiTinh', 'noiDangKyKhaiSinh', 'queQuan',
  'danToc', 'tonGiao', 'quocTich', 'tinhTrangHonNhan', 'diaChiThuongTru', 'diaChiTamTru',
  'noiOHienTai', 'nhomMau', 'cha', 'me', 'voChong', 'chuHo', 'ngayMat',
]; // prettier-ignore

/** One purpose: its fields (numbers of §3) and the TTHC codes it serves (`null`: any). */
interface PurposeRule {
  readonly fields: readonly number[];
  readonly procedures: readonly string[] | null;
}

/**
 * The allow-lists of SECURITY.md §3 (SANDBOX DEFAULT), field numbers 1–20 as listed there.
 * @see SECURITY.md §3 table "Purpose / Allowed for maTTHC / Fields"
 */
const PURPOSES: Readonly<Record<Purpose, PurposeRule>> = {
  XAC_THUC_NGUOI_NOP: { fields: [1, 3, 4, 5, 12, 14], procedures: null },
  KHAI_SINH: {
    fields: [1, 3, 4, 7, 8, 10, 11, 12, 14, 18],
    procedures: ['2.000986', '3.000722', '1.001193'],
  },
  DK_THUONG_TRU: { fields: [1, 3, 4, 5, 12, 19], procedures: ['2.000986', '3.000722'] },
  CAP_THE_BHYT: { fields: [1, 3, 4, 5, 8, 10, 12, 16, 17], procedures: ['2.000986', '3.000722'] },
  CAP_CAN_CUOC: { fields: [1, 3, 4, 5, 6, 7, 8, 10, 12, 16, 17], procedures: ['3.000722'] },
  KHAI_TU: {
    fields: [1, 2, 3, 4, 5, 8, 10, 12, 14, 20],
    procedures: ['2.002622', '2.002913', '1.000656'],
  },
  XOA_THUONG_TRU: { fields: [1, 3, 4, 12, 19, 20], procedures: ['2.002622', '2.002913'] },
  MAI_TANG_TU_TUAT: {
    fields: [1, 3, 4, 5, 12, 16, 17, 18, 20],
    procedures: ['2.002622', '2.002913'],
  },
};

/**
 * Household members are returned for this purpose only, at most this many (head included).
 * @see SECURITY.md §2 GW-16, §3 (DK_THUONG_TRU)
 */
export const HOUSEHOLD_PURPOSE: Purpose = 'DK_THUONG_TRU';

/** At most this many household members in one answer. @see SECURITY.md §2 GW-16 */
export const MAX_HOUSEHOLD_MEMBERS = 20;

/**
 * The fields a purpose allows, in the order of the 20 basic fields.
 * @see SECURITY.md §3
 */
export function allowedFields(purpose: Purpose): readonly CitizenField[] {
  return allowedOf(purpose).list;
}

/** The allow-list of each purpose as a list and a set, built on first use. */
const ALLOWED = new Map<Purpose, { list: readonly CitizenField[]; set: ReadonlySet<string> }>();

function allowedOf(purpose: Purpose): { list: readonly CitizenField[]; set: ReadonlySet<string> } {
  let allowed = ALLOWED.get(purpose);
  if (!allowed) {
    const list = Object.freeze(
      PURPOSES[purpose].fields.map((n) => CITIZEN_FIELDS[n - 1] as CitizenField),
    );
    ALLOWED.set(purpose, (allowed = { list, set: new Set(list) }));
  }
  return allowed;
}

/**
 * The requested fields that the purpose does not allow (empty: all allowed).
 * @see SECURITY.md §2 GW-07 ("an explicit request for a field outside the list → FIELD_NOT_PERMITTED")
 */
export function fieldsOutsidePurpose(
  purpose: Purpose,
  requested: readonly string[],
): readonly string[] {
  const allowed = allowedOf(purpose).set;
  return requested.filter((field) => !allowed.has(field));
}

/**
 * The fields of an answer: the requested ones (all allowed by then) or the whole allow-list,
 * in the order of the 20 basic fields.
 * @see specs/dancu.yaml dancuLookupCitizen ("Without truong, every field allowed")
 */
export function answerFields(
  purpose: Purpose,
  requested: readonly CitizenField[] | undefined,
): readonly CitizenField[] {
  const allowed = allowedFields(purpose);
  if (requested === undefined) return allowed;
  return allowed.filter((field) => requested.includes(field));
}

const GROUP_OF_LEG: Readonly<Record<DossierLeg, GroupId>> = {
  KS: 'NHOM_1', TT: 'NHOM_1', BHYT: 'NHOM_1', CC: 'NHOM_1',
  KT: 'NHOM_2', XTT: 'NHOM_2', MT: 'NHOM_2', TU: 'NHOM_2',
}; // prettier-ignore

/**
 * The TTHC code of the linked group a dossier code belongs to, when it can be told: the leg suffix
 * gives the group (DOMAIN.md §6.5) and the dossier date the regime (DOMAIN.md §1); `undefined`
 * for a code without a leg, in another format or dated before any regime.
 * @see DOMAIN.md §1 ("the regime is chosen by the submission timestamp"), §6.5
 */
export const dossierProcedure: (maHoSo: string) => string | undefined =
  rememberRecent(procedureOfCode);

function procedureOfCode(maHoSo: string): string | undefined {
  const parsed = parseDossierCode(maHoSo);
  if (!parsed.ok || parsed.value.leg === undefined) return undefined;
  const regime = regimeAt(parsed.value.date);
  if (!regime.ok) return undefined;
  return procedureFor(regime.value, GROUP_OF_LEG[parsed.value.leg]).procedureCode;
}

/**
 * Whether the purpose is allowed for the dossier's procedure. A dossier whose procedure cannot
 * be told from its code passes: the gateway, which knows the dossier, checks it (GW-06).
 * @see SECURITY.md §2 GW-06, §3 column "Allowed for maTTHC"
 */
export function purposeAllowedFor(
  purpose: Purpose,
  maHoSo: string,
): { readonly allowed: true } | { readonly allowed: false; readonly procedure: string } {
  const procedures = PURPOSES[purpose].procedures;
  const procedure = dossierProcedure(maHoSo);
  if (procedures === null || procedure === undefined || procedures.includes(procedure)) {
    return { allowed: true };
  }
  return { allowed: false, procedure };
}
