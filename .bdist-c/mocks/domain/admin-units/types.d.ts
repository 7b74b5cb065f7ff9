/**
 * Shapes of the post-2025 two-level administrative-unit catalogue (province → commune).
 * Codes are the statistics-office codes: 2 digits for a province, 5 for a commune.
 * @see DOMAIN.md §6.6 (../shared/domain/DOMAIN.md)
 */
/**
 * Kind of a province-level unit: `TINH` (tỉnh) or `THANH_PHO_TRUNG_UONG` (centrally run city).
 * @see NQ 202/2025/QH15
 */
export type ProvinceType = 'TINH' | 'THANH_PHO_TRUNG_UONG';
/**
 * Kind of a commune-level unit: `XA` (commune), `PHUONG` (ward) or `DAC_KHU` (special zone).
 * @see NQ 202/2025/QH15; NQ 1682/NQ-UBTVQH15
 */
export type CommuneType = 'XA' | 'PHUONG' | 'DAC_KHU';
/**
 * One of the 34 provinces and centrally run cities in force since 01/07/2025.
 * @see DOMAIN.md §6.6
 */
export interface Province {
    /** Two-digit statistics-office code (`maTinh`), e.g. `80`. */
    readonly code: string;
    /** Full official name, NFC-normalised (display only; never match on it). */
    readonly name: string;
    readonly type: ProvinceType;
}
/**
 * One commune, ward or special zone.
 * @see DOMAIN.md §6.6
 */
export interface Commune {
    /** Five-digit statistics-office code (`maXa`), e.g. `25459`. */
    readonly code: string;
    /** Full official name, NFC-normalised (display only; never match on it). */
    readonly name: string;
    readonly type: CommuneType;
    /** Code of the province the unit belongs to. */
    readonly provinceCode: string;
}
/**
 * The parsed catalogue before indexing: units plus the provenance of the data file.
 * @see /work/shared/data/README.md
 */
export interface AdminUnitData {
    /** Calendar date (yyyy-MM-dd, Vietnam time) the unit names and types are valid for. */
    readonly asOf: string;
    readonly source: string;
    readonly licence: string;
    readonly provinces: readonly Province[];
    readonly communes: readonly Commune[];
}
/**
 * An indexed, immutable catalogue. Lookups are by code only.
 * @see DOMAIN.md §6.6
 */
export interface AdminUnitCatalogue extends AdminUnitData {
    /** First day of the two-level tree (01/07/2025); earlier dates use the legacy 63-province tree. */
    readonly validFrom: string;
    getProvince(code: string): Province | undefined;
    getCommune(code: string): Commune | undefined;
    /** Communes of a province in catalogue order; empty for an unknown province. */
    communesOf(provinceCode: string): readonly Commune[];
    isCommuneInProvince(communeCode: string, provinceCode: string): boolean;
}
