/**
 * The residence system's problems (HTTP errors) and refusal reasons (business outcomes, carried
 * on the CT06 slip or a refused deregistration).
 * @see specs/cutru.yaml (operation descriptions list the codes); STYLE.md rule 5
 */
import { type Problem } from '../../contracts/problems.js';
import { type Reason } from '../kit/index.js';
/** A 404 for an unknown registration, deregistration, household or citizen. */
export declare const NOT_FOUND: {
    readonly registration: (id: string) => Problem;
    readonly deregistration: (id: string) => Problem;
    readonly household: (id: string) => Problem;
    readonly emptyHousehold: (id: string) => Problem;
    readonly citizen: () => Problem;
};
/** 409s: duplicates and state conflicts. */
export declare const CONFLICTS: {
    readonly registrationExists: (dossier: string) => Problem;
    readonly deregistrationExists: (dossier: string) => Problem;
    readonly notRegistered: () => Problem;
    readonly alreadyDeregistered: () => Problem;
};
/** 422s: input that cannot be processed. */
export declare const UNPROCESSABLE: {
    readonly citizenNotFound: (pointer: string) => Problem;
    readonly citizenDeceased: () => Problem;
    readonly householdHeadNotFound: (detail: string) => Problem;
    readonly confirmationNotFound: (detail: string) => Problem;
    readonly consentModeMismatch: () => Problem;
    readonly deathNotRecorded: (detail: string) => Problem;
    readonly groundDescriptionRequired: () => Problem;
};
/** 403 for a household read under another purpose than DK_THUONG_TRU (GW-16). */
export declare function purposeNotPermitted(purpose: string): Problem;
/** 503 when a system this one depends on (population database, VNeID) cannot answer. */
export declare function upstreamUnavailable(system: string): Problem;
/**
 * Refusal reasons with their Vietnamese descriptions.
 * @see specs/cutru.yaml `ResidenceRefusalSlip.lyDo`; TT 66/2023/TT-BCA (CT06)
 */
export declare const REFUSAL_REASONS: {
    readonly DIA_CHI_KHONG_TON_TAI: "Địa chỉ đăng ký thường trú không tồn tại trong danh mục đơn vị hành chính";
    readonly CHU_HO_CHUA_DONG_Y: "Chủ hộ chưa đồng ý cho đăng ký thường trú vào hộ gia đình";
    readonly DA_DANG_KY_THUONG_TRU_NOI_KHAC: "Công dân đang có nơi thường trú khác";
    readonly DA_DANG_KY_THUONG_TRU_TAI_HO_NAY: "Công dân đã đăng ký thường trú trong hộ gia đình này";
    readonly CHO_O_KHONG_HOP_PHAP: "Chỗ ở không hợp pháp";
    readonly THONG_TIN_KHONG_KHOP_CSDL_DAN_CU: "Thông tin kê khai không khớp với Cơ sở dữ liệu quốc gia về dân cư";
};
/** A refusal reason code. */
export type RefusalCode = keyof typeof REFUSAL_REASONS;
/** Whether a string is a refusal code (for `Prefer: reason=`). */
export declare function isRefusalCode(value: string): value is RefusalCode;
/** A refusal reason, with the field concerned when there is one. */
export declare function reason(ma: RefusalCode, truong?: string, moTa?: string): Reason;
/** 400 for `Prefer: reason=` naming no refusal code of this system. */
export declare function preferReasonUnknown(value: string): Problem;
