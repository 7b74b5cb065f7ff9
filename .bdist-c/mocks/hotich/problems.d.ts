/**
 * The civil-status software's stable codes: business reasons (`lyDo[].ma`), problem codes and
 * the MOJ error codes of status 0.
 * @see specs/hotich.yaml; DOMAIN.md §7 ("MOJ civil-status services")
 */
import { type Problem } from '../../contracts/problems.js';
import type { Reason } from '../kit/index.js';
/**
 * Business reason codes, as the spec lists them per operation.
 * @see specs/hotich.yaml `hotichRegisterBirth`, `hotichRegisterDeath`, supplements
 */
export declare const REASONS: {
    readonly motherUnknown: "ME_KHONG_TON_TAI";
    readonly motherDead: "ME_DA_CHET";
    readonly birthInFuture: "NGAY_SINH_TRONG_TUONG_LAI";
    readonly birthCertificateUnknown: "GIAY_CHUNG_SINH_KHONG_TON_TAI";
    readonly birthCertificateMismatch: "GIAY_CHUNG_SINH_KHONG_KHOP";
    readonly notCompetent: "XA_KHONG_CO_THAM_QUYEN";
    readonly birthDuplicate: "KHAI_SINH_TRUNG_LAP";
    readonly marriageCertificateMissing: "THIEU_GIAY_CHUNG_NHAN_KET_HON";
    readonly motherIdMissing: "THIEU_SO_DINH_DANH_ME";
    readonly deceasedUnknown: "NGUOI_CHET_KHONG_TON_TAI";
    readonly deathInFuture: "THOI_DIEM_CHET_TRONG_TUONG_LAI";
    readonly deathNoticeUnknown: "GIAY_BAO_TU_KHONG_TON_TAI";
    readonly deathNoticeMismatch: "GIAY_BAO_TU_KHONG_KHOP";
    readonly deathDuplicate: "KHAI_TU_TRUNG_LAP";
    readonly agencyIncorrect: "AGENCY_ID_INCORRECT";
    readonly dataIncorrect: "DATA_INCORRECT";
    readonly supplementExpired: "HET_HAN_BO_SUNG";
    readonly notInSupplement: "KHONG_O_TRANG_THAI_BO_SUNG";
    readonly notRegistered: "CHUA_DANG_KY";
    readonly forced: "MO_PHONG_THEO_YEU_CAU";
};
/**
 * MOJ error codes of status 0 (`maLoi`), by name.
 * @see DOMAIN.md §7; specs/hotich.yaml `MojErrorCode`
 */
export declare const MOJ_ERRORS: {
    readonly AUTHEN_ERROR: 100;
    readonly IP_DISALLOWED: 101;
    readonly AGENCY_ID_INCORRECT: 106;
    readonly PROVINCE_ID_INCORRECT: 108;
    readonly RECORD_UNCOMPLETE: 200;
    readonly RECORD_NOT_FOUND: 201;
    readonly DATA_TYPE_INVALID: 302;
    readonly DATA_INCORRECT: 500;
};
/** A MOJ error code as the wire carries it. */
export type MojErrorCode = (typeof MOJ_ERRORS)[keyof typeof MOJ_ERRORS];
/** Every MOJ error code, for checking `Prefer: outcome=error; maLoi=…`. */
export declare const MOJ_ERROR_CODES: readonly number[];
/** A partner system (population database, health system) could not answer. */
export declare const UPSTREAM_UNAVAILABLE: {
    readonly type: string;
    readonly title: "Hệ thống liên quan tạm thời không phục vụ được";
    readonly status: 503;
    readonly code: "UPSTREAM_UNAVAILABLE";
};
/** A `conTro` that this listing did not issue. */
export declare const INVALID_CURSOR: {
    readonly type: string;
    readonly title: "Con trỏ phân trang không hợp lệ";
    readonly status: 400;
    readonly code: "INVALID_CURSOR";
};
/** A reason with an optional JSON pointer into the request. */
export declare function reason(ma: string, moTa: string, truong?: string): Reason;
/** The 503 answered when a partner system fails in a way a retry may fix. */
export declare function upstreamUnavailable(system: string): Problem;
