/**
 * The problems Vietnam Social Security answers with: stable codes and business reasons (`lyDo`).
 * @see specs/bhxh.yaml (422 and 409 answers of bhxhIssueChildCard and bhxhClaimDeathBenefits)
 */
import { type Problem } from '../../contracts/problems.js';
import type { Reason } from '../kit/index.js';
/**
 * Business reasons (`lyDo[].ma`) of BHXH refusals, with their Vietnamese wording.
 * @see specs/bhxh.yaml bhxhIssueChildCard, bhxhClaimDeathBenefits
 */
export declare const BHXH_REASONS: {
    readonly TRE_QUA_72_THANG: "Trẻ đã đủ 72 tháng tuổi, không thuộc đối tượng cấp thẻ BHYT trẻ em";
    readonly KHONG_TIM_THAY_TRE_EM: "Không tìm thấy trẻ em trong Cơ sở dữ liệu quốc gia về dân cư";
    readonly THONG_TIN_TRE_EM_KHONG_KHOP: "Thông tin trẻ em không khớp với Cơ sở dữ liệu quốc gia về dân cư";
    readonly TRE_EM_DA_CHET: "Trẻ em đã được ghi nhận là đã chết";
    readonly CO_SO_KCB_KHONG_HOP_LE: "Nơi đăng ký khám bệnh, chữa bệnh ban đầu không hợp lệ";
    readonly DIA_CHI_KHONG_HOP_LE: "Địa chỉ không thuộc danh mục đơn vị hành chính";
    readonly KHONG_THUOC_DOI_TUONG: "Người chết không có quá trình tham gia BHXH";
    readonly NGUOI_CHET_KHONG_XAC_DINH: "Không xác định được người chết trong cơ sở dữ liệu";
    readonly MA_SO_BHXH_KHONG_KHOP: "Mã số BHXH không khớp với người chết";
    readonly CHUA_GHI_NHAN_DA_CHET: "Cơ sở dữ liệu quốc gia về dân cư chưa ghi nhận người này đã chết";
    readonly THIEU_THOA_THUAN_THAN_NHAN: "Thiếu thỏa thuận của thân nhân về người đại diện nhận trợ cấp";
    readonly THIEU_NGUOI_DAI_DIEN: "Chưa có người đại diện nhận trợ cấp tuất một lần";
    readonly NGUOI_DAI_DIEN_KHONG_THUOC_THAN_NHAN: "Người đại diện không có trong danh sách thân nhân";
    readonly THIEU_DANH_SACH_THAN_NHAN: "Thiếu danh sách thân nhân khi đề nghị tử tuất";
    readonly CHE_DO_TU_TUAT_TRUNG: "Chỉ được chọn một trong tuất một lần hoặc tuất hằng tháng";
    readonly TU_TUAT_KHONG_AP_DUNG: "Sandbox không cung cấp chế độ tử tuất";
    readonly KHONG_DU_THOI_GIAN_DONG: "Không đủ thời gian đóng BHXH để hưởng trợ cấp mai táng";
    readonly KHONG_DU_DIEU_KIEN_TUAT_HANG_THANG: "Người chết không đủ điều kiện để thân nhân hưởng tuất hằng tháng";
    readonly KHONG_CO_THAN_NHAN_DU_DIEU_KIEN: "Không có thân nhân đủ điều kiện hưởng trợ cấp tuất hằng tháng";
    readonly MUC_HUONG_CHUA_MO_HINH_HOA: "Sandbox chưa cấu hình mức hưởng cho chế độ này";
    readonly TEN_CHU_TAI_KHOAN_KHONG_KHOP: "Tên chủ tài khoản không khớp với người nhận tiền";
};
/** A reason code of {@link BHXH_REASONS}. */
export type BhxhReasonCode = keyof typeof BHXH_REASONS;
/**
 * A business reason with its wording, optionally pointing at the request field.
 * @see specs/common.yaml `Reason`
 */
export declare function reason(ma: BhxhReasonCode, truong?: string): Reason;
/** A 400 for a malformed page cursor or one from another listing. */
export declare function cursorInvalid(): Problem;
