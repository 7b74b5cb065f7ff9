/**
 * Problems of the sandbox control plane, declared once as data.
 * @see specs/sandbox.yaml (tags sandboxes, clock, processing, citizens); STYLE.md rule 5
 */
import { problemType } from '../../contracts/problems.js';
import { SANDBOX_NOT_FOUND } from '../../mocks/runtime.js';
function template(code, status, title) {
    return { type: problemType(code.toLowerCase().replace(/_/g, '-')), title, status, code };
}
/**
 * Every problem the sandbox manager and its control-plane handlers answer with.
 * @see specs/sandbox.yaml; docs/problems.md
 */
export const SANDBOX_PROBLEMS = {
    sandboxNotFound: SANDBOX_NOT_FOUND,
    sandboxExists: template('SANDBOX_EXISTS', 409, 'Mã sandbox đã được dùng'),
    defaultSandboxProtected: template('DEFAULT_SANDBOX_PROTECTED', 409, 'Không được xóa sandbox mặc định'),
    provinceBaseUrlRequired: template('PROVINCE_BASE_URL_REQUIRED', 422, 'Chế độ tỉnh kết nối cần địa chỉ hệ thống tỉnh'),
    invalidSandboxConfig: template('INVALID_SANDBOX_CONFIG', 422, 'Cấu hình sandbox không hợp lệ'),
    profileOptionsMismatch: template('PROFILE_OPTIONS_MISMATCH', 422, 'Tùy chọn không khớp với chế độ xử lý'),
    clockMoveOutOfRange: template('CLOCK_MOVE_OUT_OF_RANGE', 422, 'Khoảng tiến đồng hồ không hợp lệ'),
    invalidCursor: template('INVALID_CURSOR', 400, 'Con trỏ trang không hợp lệ'),
    citizenNotFound: template('CITIZEN_NOT_FOUND', 404, 'Không tìm thấy công dân'),
    citizenGenerationFailed: template('CITIZEN_GENERATION_FAILED', 422, 'Không tạo được công dân với đặc điểm này'),
};
