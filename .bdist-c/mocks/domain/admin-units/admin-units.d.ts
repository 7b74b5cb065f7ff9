import type { Result } from '../../../contracts/result.js';
import type { AdminUnitCatalogue, Commune, Province } from './types.js';
/**
 * Expected failures of a dated catalogue request (RFC 9457 templates plus `detail`).
 * @see STYLE.md rule 5
 */
export interface AdminUnitsProblem {
    readonly type: string;
    readonly title: string;
    readonly status: number;
    readonly code: 'INVALID_DATE' | 'NO_ADMIN_UNIT_CATALOGUE';
    readonly detail: string;
}
/**
 * The bundled catalogue (the file's `as_of` date), built lazily once and shared.
 * @see /work/shared/data/README.md; DOMAIN.md §6.6
 */
export declare function defaultAdminUnits(): AdminUnitCatalogue;
/**
 * The catalogue as it stood on a calendar date (`yyyy-MM-dd`, Vietnam time): unit types and
 * names changed after that date are rolled back; codes never change. Dates before 01/07/2025
 * have no two-level catalogue (use {@link provinceOfLegacyCode} for the 63-province tree).
 * @see DOMAIN.md §6.6 (SANDBOX DEFAULT: the unit catalogue is versioned by date)
 */
export declare function adminUnitsAt(date: string): Result<AdminUnitCatalogue, AdminUnitsProblem>;
/**
 * The province with this 2-digit code in the bundled catalogue.
 * @see DOMAIN.md §6.6
 */
export declare function getProvince(code: string): Province | undefined;
/**
 * The commune, ward or special zone with this 5-digit code in the bundled catalogue.
 * @see DOMAIN.md §6.6
 */
export declare function getCommune(code: string): Commune | undefined;
/**
 * The units of a province in the bundled catalogue (empty for an unknown province).
 * @see DOMAIN.md §6.6
 */
export declare function communesOf(provinceCode: string): readonly Commune[];
/**
 * Whether the commune code belongs to the province code (codes only, never names).
 * @see DOMAIN.md §6.6; /work/shared/data/README.md
 */
export declare function isCommuneInProvince(communeCode: string, provinceCode: string): boolean;
