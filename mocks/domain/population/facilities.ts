/**
 * A sandbox catalogue of health facilities: in every province a general hospital, a maternity and
 * paediatrics hospital, three regional health centres, and one health station per commune. Codes
 * are the province code + 3 digits (the shape of the real 5-digit codes); names follow the usual
 * patterns. Derived from the admin-unit catalogue only, so it is the same for every seed.
 * @see specs/yte.yaml `HealthFacility`; DOMAIN.md §6.3 (`ZZZZZ` facility code)
 */
import type { AdminUnitCatalogue, Commune } from '../admin-units/index.js';
import type { HealthFacility } from './types.js';

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
export const REGIONAL_CENTRES = ['003', '004', '005'] as const;
/**
 * Commune health stations are numbered from this suffix, in catalogue order.
 * @see buildFacilities
 */
export const FIRST_STATION = 100;

const lowerFirst = (name: string): string => name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
const withoutType = (name: string): string => name.replace(/^(Xã|Phường|Đặc khu) /u, '');

/**
 * The facilities of all provinces of the catalogue, province by province.
 * @see HealthFacility
 */
export function buildFacilities(catalogue: AdminUnitCatalogue): readonly HealthFacility[] {
  const facilities: HealthFacility[] = [];
  for (const province of catalogue.provinces) {
    const communes = catalogue.communesOf(province.code);
    const seat = communes.find((c) => c.type === 'PHUONG') ?? communes[0];
    if (seat === undefined) continue;
    const p = province.code;
    const where = lowerFirst(province.name);
    facilities.push(
      facility(`${p}${GENERAL_HOSPITAL}`, `Bệnh viện Đa khoa ${where}`, seat, 'CHUYEN_SAU'),
      facility(`${p}${MATERNITY_HOSPITAL}`, `Bệnh viện Sản - Nhi ${where}`, seat, 'CHUYEN_SAU'),
    );
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
export function stationCode(provinceCode: string, communeIndex: number): string {
  return `${provinceCode}${String(FIRST_STATION + communeIndex).padStart(3, '0')}`;
}

function facility(
  code: string,
  name: string,
  commune: Commune,
  level: HealthFacility['level'],
): HealthFacility {
  return Object.freeze({
    code,
    name: name.normalize('NFC'),
    provinceCode: commune.provinceCode,
    communeCode: commune.code,
    level,
  });
}
