/**
 * The simulated province's stable codes: problem codes of its answers to the hub and the business
 * reasons (`lyDo[].ma`) it adds of its own.
 * @see specs/tinh.yaml (409, 422 answers); DOMAIN.md §3 "Withdrawal"
 */
import { type Problem } from '../../contracts/problems.js';
import { type Reason } from '../kit/index.js';
/**
 * Problem codes of the province.
 * @see specs/tinh.yaml `tinhReceiveDossier`, `tinhReceiveSupplement`, `tinhReceiveWithdrawal`
 */
export declare const TINH_CODES: {
    readonly idempotencyKeyReused: "IDEMPOTENCY_KEY_REUSED";
    readonly notInJurisdiction: "KHONG_THUOC_DIA_BAN";
    readonly dossierInvalid: "HO_SO_KHONG_HOP_LE";
    readonly dossierDuplicate: "HO_SO_TRUNG_LAP";
    readonly dossierUnknown: "HO_SO_KHONG_TON_TAI";
    readonly notAwaitingSupplement: "KHONG_CHO_BO_SUNG";
    readonly legMismatch: "THU_TUC_CON_KHONG_KHOP";
    readonly registrationDone: "REGISTRATION_ALREADY_DONE";
    readonly dossierClosed: "HO_SO_DA_KET_THUC";
    readonly eventIdMismatch: "EVENT_ID_MISMATCH";
    readonly signatureInvalid: "SIGNATURE_INVALID";
};
/**
 * Business reasons the province itself gives (the civil-status software gives its own).
 * @see specs/tinh.yaml; specs/common.yaml `Reason`
 */
export declare const TINH_REASONS: {
    readonly XA_KHONG_TON_TAI: "Mã xã không có trong danh mục đơn vị hành chính";
    readonly KHAC_TINH: "Nơi cư trú thuộc tỉnh khác với cơ quan tiếp nhận";
    readonly NHOM_KHONG_KHOP: "Nhóm thủ tục của hồ sơ và tờ khai không khớp";
    readonly THIEU_THU_TUC_HO_TICH: "Hồ sơ không có thủ tục hộ tịch (KS hoặc KT)";
    readonly THIEU_CHUNG_CU: "Thiếu giấy chứng sinh/người làm chứng hoặc giấy báo tử/giấy tờ thay thế";
    readonly LOI_PHAN_MEM_HO_TICH: "Phần mềm hộ tịch không tiếp nhận yêu cầu";
    readonly MO_PHONG_THEO_YEU_CAU: "Kết quả mô phỏng theo yêu cầu (Prefer)";
};
/** A reason code of {@link TINH_REASONS}. */
export type TinhReasonCode = keyof typeof TINH_REASONS;
/**
 * A province reason with its wording, optionally pointing at the field of the push.
 * @see specs/common.yaml `Reason`
 */
export declare function reason(ma: TinhReasonCode, truong?: string): Reason;
/** 409: the same `Idempotency-Key` came with another body. @see specs/common.yaml `IdempotencyKey` */
export declare const keyReused: () => Problem;
/** 404: the province never received this dossier. */
export declare const unknownDossier: () => Problem;
/** 422: the dossier is not this province's to handle, or does not hold together. */
export declare const notAcceptable: (code: string, lyDo: readonly Reason[]) => Problem;
/** 400: `X-Lienthong-Event-Id` differs from `maSuKien`. */
export declare const eventIdMismatch: () => Problem;
/** 401: `X-Lienthong-Signature` does not verify over the event with the hub's keys. */
export declare const signatureInvalid: () => Problem;
