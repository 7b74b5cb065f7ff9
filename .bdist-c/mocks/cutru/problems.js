/**
 * The residence system's problems (HTTP errors) and refusal reasons (business outcomes, carried
 * on the CT06 slip or a refused deregistration).
 * @see specs/cutru.yaml (operation descriptions list the codes); STYLE.md rule 5
 */
import { problem, problemType } from '../../contracts/problems.js';
import { businessRule, conflict, MOCK_PROBLEMS, notFound } from '../kit/index.js';
/** A 404 for an unknown registration, deregistration, household or citizen. */
export const NOT_FOUND = {
    registration: (id) => notFound('REGISTRATION_NOT_FOUND', `No permanent-residence registration has the id ${id}.`),
    deregistration: (id) => notFound('DEREGISTRATION_NOT_FOUND', `No deregistration has the id ${id}.`),
    household: (id) => notFound('HOUSEHOLD_NOT_FOUND', `No household has the id ${id}.`),
    emptyHousehold: (id) => notFound('HOUSEHOLD_NOT_FOUND', `Household ${id} has no registered member any more.`),
    citizen: () => notFound('CITIZEN_NOT_FOUND', 'The population database has no citizen with this ID number.'),
};
/** 409s: duplicates and state conflicts. */
export const CONFLICTS = {
    registrationExists: (dossier) => conflict('REGISTRATION_EXISTS', `Dossier ${dossier} already has a registration.`),
    deregistrationExists: (dossier) => conflict('DEREGISTRATION_EXISTS', `Dossier ${dossier} already has a deregistration.`),
    notRegistered: () => conflict('NOT_REGISTERED', 'The citizen has no permanent residence to deregister.'),
    alreadyDeregistered: () => conflict('ALREADY_DEREGISTERED', 'The permanent residence was already deregistered.'),
};
/** 422s: input that cannot be processed. */
export const UNPROCESSABLE = {
    citizenNotFound: (pointer) => businessRule('CITIZEN_NOT_FOUND', `The population database has no citizen at ${pointer}.`),
    citizenDeceased: () => businessRule('CITIZEN_DECEASED', 'The population database records the registrant as dead.'),
    householdHeadNotFound: (detail) => businessRule('HOUSEHOLD_HEAD_NOT_FOUND', detail),
    confirmationNotFound: (detail) => businessRule('CONFIRMATION_NOT_FOUND', detail),
    consentModeMismatch: () => businessRule('CONSENT_MODE_MISMATCH', 'cheDoDongY CT01 takes the consent from the signed form: maXacNhanVneid must be absent.'),
    deathNotRecorded: (detail) => businessRule('DEATH_NOT_RECORDED', detail),
    groundDescriptionRequired: () => businessRule('GROUND_DESCRIPTION_REQUIRED', 'lyDo KHAC needs moTaLyDo.'),
};
/** 403 for a household read under another purpose than DK_THUONG_TRU (GW-16). */
export function purposeNotPermitted(purpose) {
    return {
        ...problem({
            type: problemType('purpose-not-permitted'),
            title: 'Mục đích không được phép',
            status: 403,
            code: 'PURPOSE_NOT_PERMITTED',
        }, `Household members are returned for the purpose DK_THUONG_TRU only, not ${purpose}.`),
    };
}
/** 503 when a system this one depends on (population database, VNeID) cannot answer. */
export function upstreamUnavailable(system) {
    return problem({
        type: problemType('service-unavailable'),
        title: 'Hệ thống tạm thời không phục vụ được',
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
    }, `${system} did not give a usable answer; retry later.`);
}
/**
 * Refusal reasons with their Vietnamese descriptions.
 * @see specs/cutru.yaml `ResidenceRefusalSlip.lyDo`; TT 66/2023/TT-BCA (CT06)
 */
export const REFUSAL_REASONS = {
    DIA_CHI_KHONG_TON_TAI: 'Địa chỉ đăng ký thường trú không tồn tại trong danh mục đơn vị hành chính',
    CHU_HO_CHUA_DONG_Y: 'Chủ hộ chưa đồng ý cho đăng ký thường trú vào hộ gia đình',
    DA_DANG_KY_THUONG_TRU_NOI_KHAC: 'Công dân đang có nơi thường trú khác',
    DA_DANG_KY_THUONG_TRU_TAI_HO_NAY: 'Công dân đã đăng ký thường trú trong hộ gia đình này',
    CHO_O_KHONG_HOP_PHAP: 'Chỗ ở không hợp pháp',
    THONG_TIN_KHONG_KHOP_CSDL_DAN_CU: 'Thông tin kê khai không khớp với Cơ sở dữ liệu quốc gia về dân cư',
};
/** Whether a string is a refusal code (for `Prefer: reason=`). */
export function isRefusalCode(value) {
    return Object.hasOwn(REFUSAL_REASONS, value);
}
/** A refusal reason, with the field concerned when there is one. */
export function reason(ma, truong, moTa) {
    return { ma, moTa: moTa ?? REFUSAL_REASONS[ma], ...(truong !== undefined ? { truong } : {}) };
}
/** 400 for `Prefer: reason=` naming no refusal code of this system. */
export function preferReasonUnknown(value) {
    return problem(MOCK_PROBLEMS.preferInvalid, `Prefer: reason "${value}" is not a refusal code here.`);
}
