/**
 * The simulated province's stable codes: problem codes of its answers to the hub and the business
 * reasons (`lyDo[].ma`) it adds of its own.
 * @see specs/tinh.yaml (409, 422 answers); DOMAIN.md §3 "Withdrawal"
 */
import { problem, problemType } from '../../contracts/problems.js';
import { businessRule, conflict, notFound } from '../kit/index.js';
/**
 * Problem codes of the province.
 * @see specs/tinh.yaml `tinhReceiveDossier`, `tinhReceiveSupplement`, `tinhReceiveWithdrawal`
 */
export const TINH_CODES = {
    idempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
    notInJurisdiction: 'KHONG_THUOC_DIA_BAN',
    dossierInvalid: 'HO_SO_KHONG_HOP_LE',
    dossierDuplicate: 'HO_SO_TRUNG_LAP',
    dossierUnknown: 'HO_SO_KHONG_TON_TAI',
    notAwaitingSupplement: 'KHONG_CHO_BO_SUNG',
    legMismatch: 'THU_TUC_CON_KHONG_KHOP',
    registrationDone: 'REGISTRATION_ALREADY_DONE',
    dossierClosed: 'HO_SO_DA_KET_THUC',
    eventIdMismatch: 'EVENT_ID_MISMATCH',
    signatureInvalid: 'SIGNATURE_INVALID',
};
/**
 * Business reasons the province itself gives (the civil-status software gives its own).
 * @see specs/tinh.yaml; specs/common.yaml `Reason`
 */
export const TINH_REASONS = {
    XA_KHONG_TON_TAI: 'Mã xã không có trong danh mục đơn vị hành chính',
    KHAC_TINH: 'Nơi cư trú thuộc tỉnh khác với cơ quan tiếp nhận',
    NHOM_KHONG_KHOP: 'Nhóm thủ tục của hồ sơ và tờ khai không khớp',
    THIEU_THU_TUC_HO_TICH: 'Hồ sơ không có thủ tục hộ tịch (KS hoặc KT)',
    THIEU_CHUNG_CU: 'Thiếu giấy chứng sinh/người làm chứng hoặc giấy báo tử/giấy tờ thay thế',
    LOI_PHAN_MEM_HO_TICH: 'Phần mềm hộ tịch không tiếp nhận yêu cầu',
    MO_PHONG_THEO_YEU_CAU: 'Kết quả mô phỏng theo yêu cầu (Prefer)',
};
/**
 * A province reason with its wording, optionally pointing at the field of the push.
 * @see specs/common.yaml `Reason`
 */
export function reason(ma, truong) {
    return { ma, moTa: TINH_REASONS[ma], ...(truong !== undefined ? { truong } : {}) };
}
const EVENT_ID_MISMATCH = {
    type: problemType('event-id-mismatch'),
    title: 'Mã sự kiện không khớp',
    status: 400,
    code: TINH_CODES.eventIdMismatch,
};
/** 409: the same `Idempotency-Key` came with another body. @see specs/common.yaml `IdempotencyKey` */
export const keyReused = () => conflict(TINH_CODES.idempotencyKeyReused, 'This Idempotency-Key was used with another body.');
/** 404: the province never received this dossier. */
export const unknownDossier = () => notFound(TINH_CODES.dossierUnknown, 'The province never received this dossier.');
/** 422: the dossier is not this province's to handle, or does not hold together. */
export const notAcceptable = (code, lyDo) => businessRule(code, `Dossier not accepted: ${lyDo.map((r) => r.ma).join(', ')}.`, lyDo);
/** 400: `X-Lienthong-Event-Id` differs from `maSuKien`. */
export const eventIdMismatch = () => problem(EVENT_ID_MISMATCH, 'X-Lienthong-Event-Id must equal maSuKien.');
const SIGNATURE_INVALID = {
    type: problemType('signature-invalid'),
    title: 'Chữ ký sự kiện không hợp lệ',
    status: 401,
    code: TINH_CODES.signatureInvalid,
};
/** 401: `X-Lienthong-Signature` does not verify over the event with the hub's keys. */
export const signatureInvalid = () => problem(SIGNATURE_INVALID, 'X-Lienthong-Signature does not verify over the event body.');
