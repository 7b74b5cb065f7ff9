/**
 * Business reasons (`lyDo[].ma`) with their Vietnamese wording.
 * @see specs/xahoi.yaml xahoiClaimFuneralSupport
 */
export const XAHOI_REASONS = {
    KHONG_THUOC_DOI_TUONG: 'Người chết không thuộc diện được hỗ trợ mai táng theo chế độ này',
    NGUOI_CHET_KHONG_XAC_DINH: 'Không xác định được người chết trong cơ sở dữ liệu',
    CHUA_GHI_NHAN_DA_CHET: 'Cơ sở dữ liệu quốc gia về dân cư chưa ghi nhận người này đã chết',
    MUC_HO_TRO_CHUA_CAU_HINH: 'Sandbox chưa cấu hình mức hỗ trợ cho chế độ này',
};
/**
 * A business reason with its wording, optionally pointing at the request field.
 * @see specs/common.yaml `Reason`
 */
export function reason(ma, truong) {
    return { ma, moTa: XAHOI_REASONS[ma], ...(truong !== undefined ? { truong } : {}) };
}
