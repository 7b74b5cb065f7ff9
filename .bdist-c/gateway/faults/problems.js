/**
 * The problems of fault injection: those the control plane answers with, the 504 of a simulated
 * timeout, and the problems an error rule answers with instead of the agency (by HTTP status, or
 * for `hotich` by MOJ civil-status error code, kept apart from the gateway's own codes).
 * @see specs/sandbox.yaml `sandboxPutFaultRule`, `FaultError`; DOMAIN.md §7, §10; SECURITY.md §4
 */
import { problem, problemType, } from '../../contracts/problems.js';
function template(code, status, title) {
    return { type: problemType(code.toLowerCase().replace(/_/g, '-')), title, status, code };
}
/**
 * Problems raised by fault injection and its control plane.
 * @see specs/sandbox.yaml (faults)
 */
export const FAULT_PROBLEMS = {
    ruleInvalid: template('FAULT_RULE_INVALID', 422, 'Quy tắc lỗi giả lập không hợp lệ'),
    ruleNotFound: template('FAULT_RULE_NOT_FOUND', 404, 'Không tìm thấy quy tắc lỗi giả lập'),
    invalidCursor: template('INVALID_CURSOR', 400, 'Con trỏ phân trang không hợp lệ'),
    /** Same code as a real upstream timeout of dispatch: a simulated one must look the same. */
    upstreamTimeout: template('UPSTREAM_TIMEOUT', 504, 'Hệ thống cơ quan không trả lời trong thời gian chờ'),
};
/**
 * Default code and title of an injected error, by HTTP status (a rule's `problemCode` overrides
 * the code). Statuses not listed use `INJECTED_<status>` and a generic title.
 * @see specs/sandbox.yaml#/components/schemas/FaultError
 */
export const INJECTED_ERRORS = {
    400: { code: 'BAD_REQUEST', title: 'Yêu cầu không hợp lệ' },
    401: { code: 'UNAUTHORIZED', title: 'Chưa xác thực' },
    403: { code: 'FORBIDDEN', title: 'Không có quyền truy cập' },
    404: { code: 'NOT_FOUND', title: 'Không tìm thấy' },
    409: { code: 'CONFLICT', title: 'Xung đột dữ liệu' },
    422: { code: 'BUSINESS_RULE_VIOLATED', title: 'Không đáp ứng điều kiện nghiệp vụ' },
    429: { code: 'RATE_LIMITED', title: 'Vượt giới hạn tần suất truy vấn' },
    500: { code: 'INTERNAL_ERROR', title: 'Lỗi nội bộ' },
    502: { code: 'BAD_GATEWAY', title: 'Hệ thống liên quan trả lời không hợp lệ' },
    503: { code: 'SERVICE_UNAVAILABLE', title: 'Hệ thống tạm thời không phục vụ được' },
    504: { code: 'UPSTREAM_TIMEOUT', title: 'Hệ thống cơ quan không trả lời trong thời gian chờ' },
};
/**
 * The MOJ civil-status service errors (`maLoi`) with their names and Vietnamese titles. Their
 * problem codes are prefixed `MOJ_` so they never collide with the gateway catalogue.
 * @see DOMAIN.md §7 ("MOJ civil-status services"); SECURITY.md §4 (keep them separate)
 */
export const MOJ_FAULT_ERRORS = {
    100: { name: 'AUTHEN_ERROR', title: 'Lỗi xác thực với dịch vụ hộ tịch' },
    101: { name: 'IP_DISALLOWED', title: 'Địa chỉ IP không được phép kết nối' },
    106: { name: 'AGENCY_ID_INCORRECT', title: 'Mã đơn vị không đúng' },
    108: { name: 'PROVINCE_ID_INCORRECT', title: 'Mã tỉnh không đúng' },
    200: { name: 'RECORD_UNCOMPLETE', title: 'Hồ sơ chưa đầy đủ thông tin' },
    201: { name: 'RECORD_NOT_FOUND', title: 'Không tìm thấy hồ sơ' },
    302: { name: 'DATA_TYPE_INVALID', title: 'Kiểu dữ liệu không hợp lệ' },
    500: { name: 'DATA_INCORRECT', title: 'Dữ liệu không chính xác' },
};
/**
 * The problem an error rule answers with: its status, the rule's `problemCode` or the default of
 * the status, or the MOJ error (`code` `MOJ_<NAME>`, extension `maLoi`). `type` follows the code.
 * @see specs/sandbox.yaml#/components/schemas/FaultError
 */
export function injectedProblem(effect, ruleId) {
    const detail = `Simulated failure (fault rule ${ruleId}).`;
    if (effect.mojErrorCode !== undefined) {
        const moj = MOJ_FAULT_ERRORS[effect.mojErrorCode];
        const code = effect.problemCode ?? `MOJ_${moj.name}`;
        return problem(template(code, effect.status, moj.title), detail, {
            maLoi: effect.mojErrorCode,
        });
    }
    const known = INJECTED_ERRORS[effect.status];
    const code = effect.problemCode ?? known?.code ?? `INJECTED_${effect.status}`;
    return problem(template(code, effect.status, known?.title ?? 'Lỗi giả lập'), detail);
}
/**
 * The 504 a timeout rule (or a latency beyond the upstream timeout) ends with.
 * @see specs/sandbox.yaml#/components/schemas/FaultTimeout
 */
export function timeoutProblem(ruleId, timeoutMs) {
    return problem(FAULT_PROBLEMS.upstreamTimeout, `The agency did not answer within ${timeoutMs} ms (fault rule ${ruleId}).`);
}
