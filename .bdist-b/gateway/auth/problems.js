import { problemType } from '../../contracts/problems.js';
function template(code, status, title) {
    return { type: problemType(code.toLowerCase().replace(/_/g, '-')), title, status, code };
}
/**
 * Problems of the auth stage and the client-system registry, declared once as data. The 401s
 * travel with a `WWW-Authenticate` challenge (see {@link bearerChallenge}).
 * @see ../shared/domain/SECURITY.md §4 (gateway error catalogue), GW-01..GW-04, GW-13, GW-14
 * @see specs/common.yaml#/components/responses/Unauthorized, Forbidden
 */
export const AUTH_PROBLEMS = {
    tokenMissing: template('TOKEN_MISSING', 401, 'Thiếu mã truy cập'),
    tokenInvalid: template('TOKEN_INVALID', 401, 'Mã truy cập không hợp lệ'),
    tokenExpired: template('TOKEN_EXPIRED', 401, 'Mã truy cập đã hết hạn'),
    tokenAudienceInvalid: template('TOKEN_AUDIENCE_INVALID', 401, 'Mã truy cập không dành cho hệ thống này'),
    insufficientScope: template('INSUFFICIENT_SCOPE', 403, 'Không đủ phạm vi truy cập'),
    clientUnknown: template('CLIENT_UNKNOWN', 401, 'Hệ thống kết nối chưa được đăng ký'),
    clientNotApproved: template('CLIENT_NOT_APPROVED', 403, 'Hệ thống kết nối chưa được phê duyệt'),
    clientReapprovalRequired: template('CLIENT_REAPPROVAL_REQUIRED', 403, 'Hệ thống kết nối cần được phê duyệt lại'),
    connectionSuspended: template('CONNECTION_SUSPENDED_BY_DATA_OWNER', 403, 'Kết nối đã bị chủ quản dữ liệu tạm ngừng'),
    officerRequired: template('OFFICER_REQUIRED', 401, 'Thiếu tài khoản cán bộ thực hiện'),
    officerNotPermitted: template('OFFICER_NOT_PERMITTED', 403, 'Tài khoản cán bộ không được phép'),
    credentialHolderNotPermitted: template('CREDENTIAL_HOLDER_NOT_PERMITTED', 403, 'Không được giao bí mật cho đơn vị này'),
    illegalStateTransition: template('ILLEGAL_STATE_TRANSITION', 409, 'Không thể chuyển trạng thái'),
    roleNotPermitted: template('ROLE_NOT_PERMITTED', 403, 'Vai trò không được thực hiện thao tác'),
    statePreconditionFailed: template('STATE_PRECONDITION_FAILED', 422, 'Chưa đủ điều kiện chuyển trạng thái'),
    clientNotFound: template('CLIENT_NOT_FOUND', 404, 'Không tìm thấy hệ thống kết nối'),
    clientExists: template('CLIENT_EXISTS', 409, 'Mã hệ thống kết nối đã được dùng'),
    clientDisconnected: template('CLIENT_DISCONNECTED', 409, 'Hệ thống kết nối đã ngắt hẳn'),
    officerNotFound: template('OFFICER_NOT_FOUND', 404, 'Không tìm thấy tài khoản cán bộ'),
    officerExists: template('OFFICER_EXISTS', 409, 'Mã tài khoản cán bộ đã được dùng'),
    roleConflict: template('ROLE_CONFLICT', 422, 'Một người không được giữ cả hai vai trò này'),
    officerUnitMismatch: template('OFFICER_UNIT_MISMATCH', 422, 'Cán bộ không thuộc cơ quan chủ quản'),
};
/** The realm every challenge names. */
export const AUTH_REALM = 'lienthong-sandbox';
/**
 * A `WWW-Authenticate` value for the Bearer scheme. Without `error` (no token was sent) only the
 * realm is named, as RFC 6750 §3.1 asks; quotes and backslashes in values are escaped.
 * @see RFC 6750 §3
 */
export function bearerChallenge(error, description, scope) {
    const parts = [`realm="${AUTH_REALM}"`];
    if (error !== undefined)
        parts.push(`error="${error}"`);
    if (description !== undefined)
        parts.push(`error_description="${quoted(description)}"`);
    if (scope !== undefined)
        parts.push(`scope="${quoted(scope)}"`);
    return `Bearer ${parts.join(', ')}`;
}
function quoted(value) {
    // RFC 6750 §3: error_description is limited to %x20-21 / %x23-5B / %x5D-7E.
    return value.replace(/[^\x20-\x7e]/g, '?').replace(/["\\]/g, "'");
}
