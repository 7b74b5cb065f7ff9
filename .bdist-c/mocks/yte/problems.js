import { problemType } from '../../contracts/problems.js';
/**
 * Problem codes of the health-facility mock (problem `code` values; the business reasons go in
 * `lyDo`, see {@link YTE_REASONS}).
 * @see specs/yte.yaml (operation descriptions)
 */
export const YTE_CODES = {
    birthCertificateRefused: 'BIRTH_CERTIFICATE_REFUSED',
    birthCertificateDuplicate: 'GIAY_CHUNG_SINH_TRUNG_LAP',
    birthCertificateNotFound: 'BIRTH_CERTIFICATE_NOT_FOUND',
    deathNoticeRefused: 'DEATH_NOTICE_REFUSED',
    deathNoticeDuplicate: 'GIAY_BAO_TU_TRUNG_LAP',
    deathNoticeNotFound: 'DEATH_NOTICE_NOT_FOUND',
};
/**
 * Business reason codes (`lyDo[].ma`) with their Vietnamese wording.
 * @see specs/yte.yaml `yteIssueBirthCertificate`, `yteIssueDeathNotice`
 */
export const YTE_REASONS = {
    CO_SO_KCB_KHONG_TON_TAI: 'Cơ sở khám bệnh, chữa bệnh không tồn tại',
    THOI_DIEM_SINH_TRONG_TUONG_LAI: 'Thời điểm sinh ở tương lai',
    THU_TU_CON_VUOT_SO_CON: 'Thứ tự con vượt quá số con trong lần sinh',
    QUA_HAN_KHAI_BAO_SINH_NGOAI_CO_SO: 'Quá 30 ngày khai báo trẻ sinh ngoài cơ sở y tế',
    NOI_SINH_KHAC_CO_SO_CAP: 'Trẻ sinh tại cơ sở khác với cơ sở cấp giấy chứng sinh',
    ME_KHONG_CO_TRONG_CSDL_DAN_CU: 'Không tìm thấy người mẹ trong CSDLQG về dân cư',
    THONG_TIN_ME_KHONG_KHOP: 'Thông tin người mẹ không khớp CSDLQG về dân cư',
    KHONG_XAC_MINH_DUOC_ME: 'Không xác minh được thông tin người mẹ',
    THOI_DIEM_CHET_TRONG_TUONG_LAI: 'Thời điểm chết ở tương lai',
    THOI_DIEM_CHET_TRUOC_VAO_VIEN: 'Thời điểm chết trước thời điểm vào viện',
    THOI_DIEM_VAO_VIEN_KHONG_PHU_HOP: 'Thời điểm vào viện không phù hợp với việc chết trên đường cấp cứu',
    NGUOI_CHET_KHONG_CO_TRONG_CSDL_DAN_CU: 'Không tìm thấy người chết trong CSDLQG về dân cư',
    THONG_TIN_NGUOI_CHET_KHONG_KHOP: 'Thông tin người chết không khớp CSDLQG về dân cư',
    KHONG_XAC_MINH_DUOC_NGUOI_CHET: 'Không xác minh được thông tin người chết',
    TU_CHOI_THEO_YEU_CAU: 'Từ chối theo yêu cầu mô phỏng',
};
/** A page cursor that is malformed or belongs to another listing (400). */
export const INVALID_CURSOR = {
    type: problemType('invalid-cursor'),
    title: 'Con trỏ trang không hợp lệ',
    status: 400,
    code: 'INVALID_CURSOR',
};
