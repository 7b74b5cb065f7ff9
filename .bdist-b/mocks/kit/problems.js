import { problem, problemType, } from '../../contracts/problems.js';
function template(code, status, title) {
    return { type: problemType(code.toLowerCase().replace(/_/g, '-')), title, status, code };
}
/** Problems every mock can raise; each system adds its own beside its handlers. */
export const MOCK_PROBLEMS = {
    preferInvalid: template('PREFER_INVALID', 400, 'Tiêu đề Prefer không hợp lệ'),
    notFound: template('NOT_FOUND', 404, 'Không tìm thấy'),
    conflict: template('CONFLICT', 409, 'Xung đột dữ liệu'),
    businessRule: template('BUSINESS_RULE_VIOLATED', 422, 'Không đáp ứng điều kiện nghiệp vụ'),
    tooManyRequests: template('RATE_LIMITED', 429, 'Vượt giới hạn tần suất truy vấn'),
    serviceUnavailable: template('SERVICE_UNAVAILABLE', 503, 'Hệ thống tạm thời không phục vụ được'),
    upstreamUnavailable: template('UPSTREAM_UNAVAILABLE', 503, 'Hệ thống liên quan tạm thời không phục vụ được'),
    purposeNotPermitted: template('PURPOSE_NOT_PERMITTED', 403, 'Mục đích khai thác không được phép'),
};
/** A 404 for a missing resource, with a stable code (`CITIZEN_NOT_FOUND`). */
export function notFound(code, detail) {
    return { ...problem(MOCK_PROBLEMS.notFound, detail), code };
}
/** A 409 for a duplicate or a state conflict, with its business reasons. */
export function conflict(code, detail, lyDo = []) {
    return { ...problem(MOCK_PROBLEMS.conflict, detail), code, ...(lyDo.length > 0 ? { lyDo } : {}) };
}
/** A 422 for a business rule the request breaks, with its business reasons. */
export function businessRule(code, detail, lyDo = []) {
    return {
        ...problem(MOCK_PROBLEMS.businessRule, detail),
        code,
        ...(lyDo.length > 0 ? { lyDo } : {}),
    };
}
/** A 503 when a system this one depends on (the population database…) gives no usable answer. */
export function upstreamUnavailable(detail) {
    return problem(MOCK_PROBLEMS.upstreamUnavailable, detail);
}
/**
 * A 403 when the declared purpose does not allow the read.
 * @see SECURITY.md §3 (purposes and field allow-lists)
 */
export function purposeNotPermitted(detail) {
    return problem(MOCK_PROBLEMS.purposeNotPermitted, detail);
}
/** The problem a `Prefer: code=NNN` forces, shaped like the real failure of that status. */
export function forcedProblem(status) {
    if (status === 503)
        return problem(MOCK_PROBLEMS.serviceUnavailable, 'Forced by Prefer: code=503.');
    if (status === 429)
        return problem(MOCK_PROBLEMS.tooManyRequests, 'Forced by Prefer: code=429.');
    const code = `FORCED_${status}`;
    return {
        type: problemType(`forced-${status}`),
        title: 'Lỗi mô phỏng theo yêu cầu',
        status,
        code,
        detail: `Forced by Prefer: code=${status}.`,
    };
}
