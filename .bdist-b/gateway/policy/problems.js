import { problemType } from '../../contracts/problems.js';
function template(code, status, title) {
    return { type: problemType(code.toLowerCase().replace(/_/g, '-')), title, status, code };
}
/**
 * Problems of the policy stage, with the codes of SECURITY.md §4. `PURPOSE_NOT_PERMITTED` and
 * `RATE_LIMITED` share type, title and status with the agency mocks' templates of the same code.
 * @see SECURITY.md §4 (gateway error catalogue); GW-04, GW-06, GW-15, GW-16, GW-17
 */
export const POLICY_PROBLEMS = {
    officerRequired: template('OFFICER_REQUIRED', 401, 'Thiếu tài khoản cán bộ thực hiện'),
    officerNotPermitted: template('OFFICER_NOT_PERMITTED', 403, 'Tài khoản cán bộ không được phép khai thác'),
    deviceNotRegistered: template('DEVICE_NOT_REGISTERED', 403, 'Máy trạm chưa được đăng ký'),
    dossierRequired: template('DOSSIER_REQUIRED', 400, 'Thiếu mục đích khai thác hoặc mã hồ sơ'),
    dossierNotActive: template('DOSSIER_NOT_ACTIVE', 403, 'Hồ sơ không tồn tại, đã đóng hoặc do đơn vị khác xử lý'),
    purposeNotPermitted: template('PURPOSE_NOT_PERMITTED', 403, 'Mục đích khai thác không được phép'),
    rateLimited: template('RATE_LIMITED', 429, 'Vượt giới hạn tần suất truy vấn'),
    bulkLimitExceeded: template('BULK_LIMIT_EXCEEDED', 429, 'Vượt giới hạn số công dân được tra cứu'),
};
