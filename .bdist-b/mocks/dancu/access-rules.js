import { parseDossierCode } from '../domain/identifiers/index.js';
import { procedureFor, regimeAt } from '../domain/regimes/index.js';
import { rememberRecent } from '../domain/remember.js';
/**
 * The 20 basic fields, in the order of SECURITY.md §3 (also the order of answers).
 * @see SECURITY.md §3 "The 20 basic fields"; GW-07
 */
export const CITIZEN_FIELDS = [
    'soDinhDanh', 'soCmnd', 'hoTen', 'ngaySinh', 'gioiTinh', 'noiDangKyKhaiSinh', 'queQuan',
    'danToc', 'tonGiao', 'quocTich', 'tinhTrangHonNhan', 'diaChiThuongTru', 'diaChiTamTru',
    'noiOHienTai', 'nhomMau', 'cha', 'me', 'voChong', 'chuHo', 'ngayMat',
]; // prettier-ignore
/**
 * The allow-lists of SECURITY.md §3 (SANDBOX DEFAULT), field numbers 1–20 as listed there.
 * @see SECURITY.md §3 table "Purpose / Allowed for maTTHC / Fields"
 */
const PURPOSES = {
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
export const HOUSEHOLD_PURPOSE = 'DK_THUONG_TRU';
/** At most this many household members in one answer. @see SECURITY.md §2 GW-16 */
export const MAX_HOUSEHOLD_MEMBERS = 20;
/**
 * The fields a purpose allows, in the order of the 20 basic fields.
 * @see SECURITY.md §3
 */
export function allowedFields(purpose) {
    return allowedOf(purpose).list;
}
/** The allow-list of each purpose as a list and a set, built on first use. */
const ALLOWED = new Map();
function allowedOf(purpose) {
    let allowed = ALLOWED.get(purpose);
    if (!allowed) {
        const list = Object.freeze(PURPOSES[purpose].fields.map((n) => CITIZEN_FIELDS[n - 1]));
        ALLOWED.set(purpose, (allowed = { list, set: new Set(list) }));
    }
    return allowed;
}
/**
 * The requested fields that the purpose does not allow (empty: all allowed).
 * @see SECURITY.md §2 GW-07 ("an explicit request for a field outside the list → FIELD_NOT_PERMITTED")
 */
export function fieldsOutsidePurpose(purpose, requested) {
    const allowed = allowedOf(purpose).set;
    return requested.filter((field) => !allowed.has(field));
}
/**
 * The fields of an answer: the requested ones (all allowed by then) or the whole allow-list,
 * in the order of the 20 basic fields.
 * @see specs/dancu.yaml dancuLookupCitizen ("Without truong, every field allowed")
 */
export function answerFields(purpose, requested) {
    const allowed = allowedFields(purpose);
    if (requested === undefined)
        return allowed;
    return allowed.filter((field) => requested.includes(field));
}
const GROUP_OF_LEG = {
    KS: 'NHOM_1', TT: 'NHOM_1', BHYT: 'NHOM_1', CC: 'NHOM_1',
    KT: 'NHOM_2', XTT: 'NHOM_2', MT: 'NHOM_2', TU: 'NHOM_2',
}; // prettier-ignore
/**
 * The TTHC code of the linked group a dossier code belongs to, when it can be told: the leg suffix
 * gives the group (DOMAIN.md §6.5) and the dossier date the regime (DOMAIN.md §1); `undefined`
 * for a code without a leg, in another format or dated before any regime.
 * @see DOMAIN.md §1 ("the regime is chosen by the submission timestamp"), §6.5
 */
export const dossierProcedure = rememberRecent(procedureOfCode);
function procedureOfCode(maHoSo) {
    const parsed = parseDossierCode(maHoSo);
    if (!parsed.ok || parsed.value.leg === undefined)
        return undefined;
    const regime = regimeAt(parsed.value.date);
    if (!regime.ok)
        return undefined;
    return procedureFor(regime.value, GROUP_OF_LEG[parsed.value.leg]).procedureCode;
}
/**
 * Whether the purpose is allowed for the dossier's procedure. A dossier whose procedure cannot
 * be told from its code passes: the gateway, which knows the dossier, checks it (GW-06).
 * @see SECURITY.md §2 GW-06, §3 column "Allowed for maTTHC"
 */
export function purposeAllowedFor(purpose, maHoSo) {
    const procedures = PURPOSES[purpose].procedures;
    const procedure = dossierProcedure(maHoSo);
    if (procedures === null || procedure === undefined || procedures.includes(procedure)) {
        return { allowed: true };
    }
    return { allowed: false, procedure };
}
