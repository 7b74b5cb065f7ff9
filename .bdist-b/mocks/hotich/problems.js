/**
 * The civil-status software's stable codes: business reasons (`lyDo[].ma`), problem codes and
 * the MOJ error codes of status 0.
 * @see specs/hotich.yaml; DOMAIN.md §7 ("MOJ civil-status services")
 */
import { problem, problemType } from '../../contracts/problems.js';
/**
 * Business reason codes, as the spec lists them per operation.
 * @see specs/hotich.yaml `hotichRegisterBirth`, `hotichRegisterDeath`, supplements
 */
export const REASONS = {
    motherUnknown: 'ME_KHONG_TON_TAI',
    motherDead: 'ME_DA_CHET',
    birthInFuture: 'NGAY_SINH_TRONG_TUONG_LAI',
    birthCertificateUnknown: 'GIAY_CHUNG_SINH_KHONG_TON_TAI',
    birthCertificateMismatch: 'GIAY_CHUNG_SINH_KHONG_KHOP',
    notCompetent: 'XA_KHONG_CO_THAM_QUYEN',
    birthDuplicate: 'KHAI_SINH_TRUNG_LAP',
    marriageCertificateMissing: 'THIEU_GIAY_CHUNG_NHAN_KET_HON',
    motherIdMissing: 'THIEU_SO_DINH_DANH_ME',
    deceasedUnknown: 'NGUOI_CHET_KHONG_TON_TAI',
    deathInFuture: 'THOI_DIEM_CHET_TRONG_TUONG_LAI',
    deathNoticeUnknown: 'GIAY_BAO_TU_KHONG_TON_TAI',
    deathNoticeMismatch: 'GIAY_BAO_TU_KHONG_KHOP',
    deathDuplicate: 'KHAI_TU_TRUNG_LAP',
    agencyIncorrect: 'AGENCY_ID_INCORRECT',
    dataIncorrect: 'DATA_INCORRECT',
    supplementExpired: 'HET_HAN_BO_SUNG',
    notInSupplement: 'KHONG_O_TRANG_THAI_BO_SUNG',
    notRegistered: 'CHUA_DANG_KY',
    forced: 'MO_PHONG_THEO_YEU_CAU',
};
/**
 * MOJ error codes of status 0 (`maLoi`), by name.
 * @see DOMAIN.md §7; specs/hotich.yaml `MojErrorCode`
 */
export const MOJ_ERRORS = {
    AUTHEN_ERROR: 100,
    IP_DISALLOWED: 101,
    AGENCY_ID_INCORRECT: 106,
    PROVINCE_ID_INCORRECT: 108,
    RECORD_UNCOMPLETE: 200,
    RECORD_NOT_FOUND: 201,
    DATA_TYPE_INVALID: 302,
    DATA_INCORRECT: 500,
};
/** Every MOJ error code, for checking `Prefer: outcome=error; maLoi=…`. */
export const MOJ_ERROR_CODES = Object.values(MOJ_ERRORS);
/** A partner system (population database, health system) could not answer. */
export const UPSTREAM_UNAVAILABLE = {
    type: problemType('upstream-unavailable'),
    title: 'Hệ thống liên quan tạm thời không phục vụ được',
    status: 503,
    code: 'UPSTREAM_UNAVAILABLE',
};
/** A `conTro` that this listing did not issue. */
export const INVALID_CURSOR = {
    type: problemType('invalid-cursor'),
    title: 'Con trỏ phân trang không hợp lệ',
    status: 400,
    code: 'INVALID_CURSOR',
};
/** A reason with an optional JSON pointer into the request. */
export function reason(ma, moTa, truong) {
    return truong === undefined ? { ma, moTa } : { ma, moTa, truong };
}
/** The 503 answered when a partner system fails in a way a retry may fix. */
export function upstreamUnavailable(system) {
    return problem(UPSTREAM_UNAVAILABLE, `The ${system} system did not answer usably; nothing was recorded, retry later.`);
}
