/**
 * Problems of the client, officer and confirmation operations of the control plane, declared
 * once as data. Client and officer failures come from the auth registries (`AUTH_PROBLEMS`);
 * these are the ones only the control plane raises.
 * @see specs/sandbox.yaml (tags clients, officers, processing); STYLE.md rule 5
 */
import { problemType } from '../../contracts/problems.js';
import { SANDBOX_NOT_FOUND } from '../../mocks/runtime.js';
function template(code, status, title) {
    return { type: problemType(code.toLowerCase().replace(/_/g, '-')), title, status, code };
}
/**
 * Every problem the admin operations answer with besides the registries' own.
 * @see specs/sandbox.yaml sandboxRegisterClient (422), sandboxDecideConfirmation (404, 409)
 */
export const ADMIN_PROBLEMS = {
    sandboxNotFound: SANDBOX_NOT_FOUND,
    invalidCursor: template('INVALID_CURSOR', 400, 'Con trỏ trang không hợp lệ'),
    scopeUnknown: template('SCOPE_UNKNOWN', 422, 'Phạm vi truy cập không tồn tại'),
    defaultSandboxUnknown: template('DEFAULT_SANDBOX_UNKNOWN', 422, 'Sandbox mặc định của hệ thống không tồn tại'),
    confirmationNotFound: template('CONFIRMATION_NOT_FOUND', 404, 'Không tìm thấy yêu cầu xác nhận'),
    confirmationAlreadyAnswered: template('CONFIRMATION_ALREADY_ANSWERED', 409, 'Yêu cầu xác nhận đã được trả lời'),
    confirmationExpired: template('CONFIRMATION_EXPIRED', 409, 'Yêu cầu xác nhận đã hết hạn'),
};
