/** The permanent URN of a problem type. */
export function problemType(slug) {
    return `urn:lienthong-sandbox:problem:${slug}`;
}
function template(code, status, title) {
    return { type: problemType(code.toLowerCase().replace(/_/g, '-')), title, status, code };
}
/**
 * Problems raised by the contract layer (routing and validation). Each module declares its own
 * templates beside its code; docs/problems.md lists them all.
 */
export const CONTRACT_PROBLEMS = {
    validationFailed: template('VALIDATION_FAILED', 400, 'Dữ liệu không hợp lệ'),
    malformedJson: template('MALFORMED_JSON', 400, 'Nội dung JSON không đọc được'),
    routeNotFound: template('ROUTE_NOT_FOUND', 404, 'Không có thao tác nào tại đường dẫn này'),
    methodNotAllowed: template('METHOD_NOT_ALLOWED', 405, 'Phương thức không được hỗ trợ'),
    payloadTooLarge: template('PAYLOAD_TOO_LARGE', 413, 'Nội dung yêu cầu quá lớn'),
    unsupportedMediaType: template('UNSUPPORTED_MEDIA_TYPE', 415, 'Kiểu nội dung không được hỗ trợ'),
    responseContractViolated: template('RESPONSE_CONTRACT_VIOLATED', 502, 'Phản hồi không đúng hợp đồng'),
    internalError: template('INTERNAL_ERROR', 500, 'Lỗi nội bộ'),
};
/** Builds a problem from a template with an English detail and optional extensions. */
export function problem(from, detail, extensions = {}) {
    return { ...extensions, ...from, detail };
}
/** The 400 problem listing every violation of a request, each with its JSON pointer. */
export function validationProblem(violations) {
    const count = violations.length;
    const detail = `The request has ${count} contract violation${count === 1 ? '' : 's'}.`;
    return problem(CONTRACT_PROBLEMS.validationFailed, detail, { errors: violations });
}
/** True for a value shaped like a {@link Problem} (a handler's refusal rather than its answer). */
export function isProblem(value) {
    return (typeof value === 'object' &&
        value !== null &&
        'type' in value &&
        'code' in value &&
        'title' in value);
}
/** A problem as a handler's answer (`application/problem+json`, its own status). */
export function problemAnswer(p) {
    return { status: p.status, contentType: 'application/problem+json', body: p };
}
