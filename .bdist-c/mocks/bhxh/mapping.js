import { getProvince } from '../domain/admin-units/index.js';
import { isPost2025ProvinceCode, sandboxAgencyCode } from '../domain/identifiers/index.js';
import { WIRE } from '../domain/population/index.js';
/**
 * Sex on the wire (the population's `WIRE.sex`, typed with the spec's enum).
 * @see specs/common.yaml `Sex`
 */
export const WIRE_SEX = {
    MALE: 'NAM',
    FEMALE: 'NU',
};
/**
 * Insurance categories on the wire (the population's `WIRE.insuranceCategory`, typed).
 * @see specs/bhxh.yaml `InsuranceRecordCategory`
 */
export const WIRE_CATEGORY = {
    CONTRIBUTING: 'NGUOI_THAM_GIA',
    PENSIONER: 'NGUOI_HUONG_LUONG_HUU',
    MONTHLY_BENEFIT: 'NGUOI_HUONG_TRO_CAP_HANG_THANG',
    RESERVED: 'BAO_LUU',
    NOT_PARTICIPATING: 'CHUA_THAM_GIA',
};
/**
 * The local social-security office of a province, named after it, with its sandbox agency code.
 * @see DOMAIN.md §2 A8 ("BHXH cơ sở" after 07/2025), §6.4, §11 #9
 */
export function bhxhOffice(provinceCode) {
    const name = getProvince(provinceCode)?.name ?? provinceCode;
    const lowered = name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
    return { ten: `Bảo hiểm xã hội ${lowered}`, maDonVi: sandboxAgencyCode(provinceCode).code };
}
/**
 * Whether BHXH has an office (and an agency code) for a province: one of the 34 post-2025 codes.
 * @see DOMAIN.md §6.6
 */
export function hasOffice(provinceCode) {
    return isPost2025ProvinceCode(provinceCode);
}
/**
 * A person's insurance record as the wire shows it; someone who never took part gets
 * `CHUA_THAM_GIA` with zero months and no code (unless a TE1 card gave them one).
 * @see specs/bhxh.yaml `InsuranceRecord`
 */
export function toInsuranceRecord(p) {
    const r = p.record;
    const office = hasOffice(p.maTinh) ? { coQuanQuanLy: bhxhOffice(p.maTinh) } : {};
    if (r === null) {
        return {
            soDinhDanh: p.id,
            loaiDoiTuong: 'CHUA_THAM_GIA',
            soThangDongBatBuoc: 0,
            soThangDongTong: 0,
            dangDong: false,
            quaTrinh: [],
        };
    }
    return {
        soDinhDanh: p.id,
        maSoBhxh: r.bhxhCode,
        loaiDoiTuong: WIRE_CATEGORY[r.category],
        soThangDongBatBuoc: r.compulsoryMonths,
        soThangDongTong: r.totalMonths,
        dangDong: r.contributing,
        ...(r.monthlyAmount !== null ? { mucLuongHuu: r.monthlyAmount } : {}),
        ...(r.category === 'NOT_PARTICIPATING' ? {} : office),
        quaTrinh: r.periods.map((period) => ({
            tuThang: period.from,
            denThang: period.to,
            loaiHinh: WIRE.contributionScheme[period.scheme],
            donVi: period.employer,
            mucLuong: period.salary,
        })),
    };
}
/**
 * A stored card as `bhxhGetCard` answers it: valid through `giaTriDen`, expired after.
 * @see specs/bhxh.yaml `HealthInsuranceCard`
 */
export function toHealthInsuranceCard(card, today) {
    return {
        maTheBhyt: card.maTheBhyt,
        maSoBhxh: card.maSoBhxh,
        hoTen: card.hoTen,
        ngaySinh: card.ngaySinh,
        gioiTinh: card.gioiTinh,
        maDoiTuong: 'TE',
        mucHuong: 1,
        maTinh: card.maTinh,
        giaTriTu: card.giaTriTu,
        giaTriDen: card.giaTriDen,
        noiKcbBanDau: card.noiKcbBanDau,
        trangThai: today <= card.giaTriDen ? 'CON_HIEU_LUC' : 'HET_HAN',
        ...(card.giayTo ? { giayTo: card.giayTo } : {}),
    };
}
