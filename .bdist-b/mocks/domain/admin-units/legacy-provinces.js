/**
 * Composition of the 34 new provinces from the 63 old ones, in DOMAIN.md's order.
 * Each new province keeps one old code (not always the first listed: 15 Lào Cai keeps Yên Bái's).
 * Old names from the statistics-office list of pre-2025 provinces.
 * @see DOMAIN.md §6.6 [medium] NQ 202/2025/QH15; /work/shared/data/id-province-codes.json
 */
const COMPOSITION = [
    ['01', ['01 Hà Nội']],
    ['04', ['04 Cao Bằng']],
    ['08', ['08 Tuyên Quang', '02 Hà Giang']],
    ['11', ['11 Điện Biên']],
    ['12', ['12 Lai Châu']],
    ['14', ['14 Sơn La']],
    ['15', ['10 Lào Cai', '15 Yên Bái']],
    ['19', ['19 Thái Nguyên', '06 Bắc Kạn']],
    ['20', ['20 Lạng Sơn']],
    ['22', ['22 Quảng Ninh']],
    ['24', ['27 Bắc Ninh', '24 Bắc Giang']],
    ['25', ['25 Phú Thọ', '26 Vĩnh Phúc', '17 Hoà Bình']],
    ['31', ['31 Hải Phòng', '30 Hải Dương']],
    ['33', ['33 Hưng Yên', '34 Thái Bình']],
    ['37', ['37 Ninh Bình', '35 Hà Nam', '36 Nam Định']],
    ['38', ['38 Thanh Hóa']],
    ['40', ['40 Nghệ An']],
    ['42', ['42 Hà Tĩnh']],
    ['44', ['45 Quảng Trị', '44 Quảng Bình']],
    ['46', ['46 Huế']],
    ['48', ['48 Đà Nẵng', '49 Quảng Nam']],
    ['51', ['51 Quảng Ngãi', '62 Kon Tum']],
    ['52', ['64 Gia Lai', '52 Bình Định']],
    ['56', ['56 Khánh Hòa', '58 Ninh Thuận']],
    ['66', ['66 Đắk Lắk', '54 Phú Yên']],
    ['68', ['68 Lâm Đồng', '67 Đắk Nông', '60 Bình Thuận']],
    ['75', ['75 Đồng Nai', '70 Bình Phước']],
    ['79', ['79 Hồ Chí Minh', '74 Bình Dương', '77 Bà Rịa - Vũng Tàu']],
    ['80', ['72 Tây Ninh', '80 Long An']],
    ['82', ['87 Đồng Tháp', '82 Tiền Giang']],
    ['86', ['86 Vĩnh Long', '83 Bến Tre', '84 Trà Vinh']],
    ['91', ['89 An Giang', '91 Kiên Giang']],
    ['92', ['92 Cần Thơ', '94 Sóc Trăng', '93 Hậu Giang']],
    ['96', ['96 Cà Mau', '95 Bạc Liêu']],
];
/**
 * The 63 pre-2025 provinces, each with the new province it now belongs to.
 * @see DOMAIN.md §6.6
 */
export const LEGACY_PROVINCES = Object.freeze(COMPOSITION.flatMap(([provinceCode, legacy]) => legacy.map((entry) => Object.freeze({
    code: entry.slice(0, 2),
    name: entry.slice(3).normalize('NFC'),
    provinceCode,
}))));
const BY_LEGACY_CODE = new Map(LEGACY_PROVINCES.map((p) => [p.code, p]));
/**
 * Maps a pre-2025 province code to the code of the province it now belongs to.
 * Accepts the 2-digit code (`74`) or the 3-digit form opening an ID number (`074`), which never
 * changes with the reform (DOMAIN.md §11 #10). Returns `undefined` for any other input.
 * @see DOMAIN.md §6.1, §6.6, §11 #10
 */
export function provinceOfLegacyCode(code) {
    return legacyProvince(code)?.provinceCode;
}
/**
 * The pre-2025 province with this 2-digit code (or its 3-digit ID-number form).
 * @see DOMAIN.md §6.6
 */
export function legacyProvince(code) {
    const twoDigits = /^0\d{2}$/.test(code) ? code.slice(1) : code;
    return BY_LEGACY_CODE.get(twoDigits);
}
/**
 * The pre-2025 provinces merged into a new province (empty for an unknown code).
 * @see DOMAIN.md §6.6
 */
export function legacyProvincesOf(provinceCode) {
    return LEGACY_PROVINCES.filter((p) => p.provinceCode === provinceCode);
}
