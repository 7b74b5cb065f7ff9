/**
 * The problems Vietnam Social Security answers with: stable codes and business reasons (`lyDo`).
 * @see specs/bhxh.yaml (422 and 409 answers of bhxhIssueChildCard and bhxhClaimDeathBenefits)
 */
import { problem, problemType } from '../../contracts/problems.js';
/**
 * Business reasons (`lyDo[].ma`) of BHXH refusals, with their Vietnamese wording.
 * @see specs/bhxh.yaml bhxhIssueChildCard, bhxhClaimDeathBenefits
 */
export const BHXH_REASONS = {
    TRE_QUA_72_THANG: 'Trẻ đã đủ 72 tháng tuổi, không thuộc đối tượng cấp thẻ BHYT trẻ em',
    KHONG_TIM_THAY_TRE_EM: 'Không tìm thấy trẻ em trong Cơ sở dữ liệu quốc gia về dân cư',
    THONG_TIN_TRE_EM_KHONG_KHOP: 'Thông tin trẻ em không khớp với Cơ sở dữ liệu quốc gia về dân cư',
    TRE_EM_DA_CHET: 'Trẻ em đã được ghi nhận là đã chết',
    CO_SO_KCB_KHONG_HOP_LE: 'Nơi đăng ký khám bệnh, chữa bệnh ban đầu không hợp lệ',
    DIA_CHI_KHONG_HOP_LE: 'Địa chỉ không thuộc danh mục đơn vị hành chính',
    KHONG_THUOC_DOI_TUONG: 'Người chết không có quá trình tham gia BHXH',
    NGUOI_CHET_KHONG_XAC_DINH: 'Không xác định được người chết trong cơ sở dữ liệu',
    MA_SO_BHXH_KHONG_KHOP: 'Mã số BHXH không khớp với người chết',
    CHUA_GHI_NHAN_DA_CHET: 'Cơ sở dữ liệu quốc gia về dân cư chưa ghi nhận người này đã chết',
    THIEU_THOA_THUAN_THAN_NHAN: 'Thiếu thỏa thuận của thân nhân về người đại diện nhận trợ cấp',
    THIEU_NGUOI_DAI_DIEN: 'Chưa có người đại diện nhận trợ cấp tuất một lần',
    NGUOI_DAI_DIEN_KHONG_THUOC_THAN_NHAN: 'Người đại diện không có trong danh sách thân nhân',
    THIEU_DANH_SACH_THAN_NHAN: 'Thiếu danh sách thân nhân khi đề nghị tử tuất',
    CHE_DO_TU_TUAT_TRUNG: 'Chỉ được chọn một trong tuất một lần hoặc tuất hằng tháng',
    TU_TUAT_KHONG_AP_DUNG: 'Sandbox không cung cấp chế độ tử tuất',
    KHONG_DU_THOI_GIAN_DONG: 'Không đủ thời gian đóng BHXH để hưởng trợ cấp mai táng',
    KHONG_DU_DIEU_KIEN_TUAT_HANG_THANG: 'Người chết không đủ điều kiện để thân nhân hưởng tuất hằng tháng',
    KHONG_CO_THAN_NHAN_DU_DIEU_KIEN: 'Không có thân nhân đủ điều kiện hưởng trợ cấp tuất hằng tháng',
    MUC_HUONG_CHUA_MO_HINH_HOA: 'Sandbox chưa cấu hình mức hưởng cho chế độ này',
    TEN_CHU_TAI_KHOAN_KHONG_KHOP: 'Tên chủ tài khoản không khớp với người nhận tiền',
};
/**
 * A business reason with its wording, optionally pointing at the request field.
 * @see specs/common.yaml `Reason`
 */
export function reason(ma, truong) {
    return { ma, moTa: BHXH_REASONS[ma], ...(truong !== undefined ? { truong } : {}) };
}
const CURSOR_INVALID = {
    type: problemType('cursor-invalid'),
    title: 'Con trỏ trang không hợp lệ',
    status: 400,
    code: 'INVALID_CURSOR',
};
/** A 400 for a malformed page cursor or one from another listing. */
export function cursorInvalid() {
    return problem(CURSOR_INVALID, 'The page cursor is malformed or belongs to another listing.');
}
