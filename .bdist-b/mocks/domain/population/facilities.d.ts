/**
 * A sandbox catalogue of health facilities: in every province a general hospital, a maternity and
 * paediatrics hospital, three regional health centres, and one health station per commune. Codes
 * are the province code + 3 digits (the shape of the real 5-digit codes); names follow the usual
 * patterns. Derived from the admin-unit catalogue only, so it is the same for every seed.
 * @see specs/yte.yaml `HealthFacility`; DOMAIN.md §6.3 (`ZZZZZ` facility code)
 */
import type { AdminUnitCatalogue } from '../admin-units/index.js';
import type { HealthFacility } from './types.js';
/**
 * Code suffix of the provincial general hospital (e.g. `80001`).
 * @see buildFacilities
 */
export declare const GENERAL_HOSPITAL = "001";
/**
 * Code suffix of the provincial maternity and paediatrics hospital.
 * @see buildFacilities
 */
export declare const MATERNITY_HOSPITAL = "002";
/**
 * Code suffixes of the regional health centres.
 * @see buildFacilities
 */
export declare const REGIONAL_CENTRES: readonly ["003", "004", "005"];
/**
 * Commune health stations are numbered from this suffix, in catalogue order.
 * @see buildFacilities
 */
export declare const FIRST_STATION = 100;
/**
 * The facilities of all provinces of the catalogue, province by province.
 * @see HealthFacility
 */
export declare function buildFacilities(catalogue: AdminUnitCatalogue): readonly HealthFacility[];
/**
 * The code of the health station of a commune, given its position in the province's list.
 * @see buildFacilities
 */
export declare function stationCode(provinceCode: string, communeIndex: number): string;
