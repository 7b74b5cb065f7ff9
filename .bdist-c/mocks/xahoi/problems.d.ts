/**
 * The problems and business reasons of the social-affairs line.
 * @see specs/xahoi.yaml (422 and 409 answers of xahoiClaimFuneralSupport)
 */
import type { Reason } from '../kit/index.js';
/**
 * Business reasons (`lyDo[].ma`) with their Vietnamese wording.
 * @see specs/xahoi.yaml xahoiClaimFuneralSupport
 */
export declare const XAHOI_REASONS: {
    readonly KHONG_THUOC_DOI_TUONG: "Người chết không thuộc diện được hỗ trợ mai táng theo chế độ này";
    readonly NGUOI_CHET_KHONG_XAC_DINH: "Không xác định được người chết trong cơ sở dữ liệu";
    readonly CHUA_GHI_NHAN_DA_CHET: "Cơ sở dữ liệu quốc gia về dân cư chưa ghi nhận người này đã chết";
    readonly MUC_HO_TRO_CHUA_CAU_HINH: "Sandbox chưa cấu hình mức hỗ trợ cho chế độ này";
};
/** A reason code of {@link XAHOI_REASONS}. */
export type XahoiReasonCode = keyof typeof XAHOI_REASONS;
/**
 * A business reason with its wording, optionally pointing at the request field.
 * @see specs/common.yaml `Reason`
 */
export declare function reason(ma: XahoiReasonCode, truong?: string): Reason;
