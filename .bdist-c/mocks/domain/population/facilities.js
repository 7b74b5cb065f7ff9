/**
 * Code suffix of the provincial general hospital (e.g. `80001`).
 * @see buildFacilities
 */
export const GENERAL_HOSPITAL = '001';
/**
 * Code suffix of the provincial maternity and paediatrics hospital.
 * @see buildFacilities
 */
export const MATERNITY_HOSPITAL = '002';
/**
 * Code suffixes of the regional health centres.
 * @see buildFacilities
 */
export const REGIONAL_CENTRES = ['003', '004', '005'];
/**
 * Commune health stations are numbered from this suffix, in catalogue order.
 * @see buildFacilities
 */
export const FIRST_STATION = 100;
const lowerFirst = (name) => name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
const withoutType = (name) => name.replace(/^(Xã|Phường|Đặc khu) /u, '');
/**
 * The facilities of all provinces of the catalogue, province by province.
 * @see HealthFacility
 */
export function buildFacilities(catalogue) {
    const facilities = [];
    for (const province of catalogue.provinces) {
        const communes = catalogue.communesOf(province.code);
        const seat = communes.find((c) => c.type === 'PHUONG') ?? communes[0];
        if (seat === undefined)
            continue;
        const p = province.code;
        const where = lowerFirst(province.name);
        facilities.push(facility(`${p}${GENERAL_HOSPITAL}`, `Bệnh viện Đa khoa ${where}`, seat, 'CHUYEN_SAU'), facility(`${p}${MATERNITY_HOSPITAL}`, `Bệnh viện Sản - Nhi ${where}`, seat, 'CHUYEN_SAU'));
        REGIONAL_CENTRES.forEach((suffix, i) => {
            const commune = communes[Math.floor(((i + 1) * communes.length) / 4)] ?? seat;
            const name = `Trung tâm Y tế khu vực ${withoutType(commune.name)}`;
            facilities.push(facility(`${p}${suffix}`, name, commune, 'CO_BAN'));
        });
        communes.forEach((commune, i) => {
            const code = `${p}${String(FIRST_STATION + i).padStart(3, '0')}`;
            facilities.push(facility(code, `Trạm Y tế ${lowerFirst(commune.name)}`, commune, 'BAN_DAU'));
        });
    }
    return Object.freeze(facilities);
}
/**
 * The code of the health station of a commune, given its position in the province's list.
 * @see buildFacilities
 */
export function stationCode(provinceCode, communeIndex) {
    return `${provinceCode}${String(FIRST_STATION + communeIndex).padStart(3, '0')}`;
}
function facility(code, name, commune, level) {
    return Object.freeze({
        code,
        name: name.normalize('NFC'),
        provinceCode: commune.provinceCode,
        communeCode: commune.code,
        level,
    });
}
