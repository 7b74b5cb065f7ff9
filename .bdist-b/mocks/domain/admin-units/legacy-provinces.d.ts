/**
 * A pre-2025 province (one of 63) and the new province (one of 34) it was merged into.
 * @see NQ 202/2025/QH15
 */
export interface LegacyProvince {
    /** Two-digit pre-2025 statistics-office code; `0` + this code opens a personal ID number. */
    readonly code: string;
    readonly name: string;
    /** Code of the province it belongs to since 01/07/2025. */
    readonly provinceCode: string;
}
/**
 * The 63 pre-2025 provinces, each with the new province it now belongs to.
 * @see DOMAIN.md §6.6
 */
export declare const LEGACY_PROVINCES: readonly LegacyProvince[];
/**
 * Maps a pre-2025 province code to the code of the province it now belongs to.
 * Accepts the 2-digit code (`74`) or the 3-digit form opening an ID number (`074`), which never
 * changes with the reform (DOMAIN.md §11 #10). Returns `undefined` for any other input.
 * @see DOMAIN.md §6.1, §6.6, §11 #10
 */
export declare function provinceOfLegacyCode(code: string): string | undefined;
/**
 * The pre-2025 province with this 2-digit code (or its 3-digit ID-number form).
 * @see DOMAIN.md §6.6
 */
export declare function legacyProvince(code: string): LegacyProvince | undefined;
/**
 * The pre-2025 provinces merged into a new province (empty for an unknown code).
 * @see DOMAIN.md §6.6
 */
export declare function legacyProvincesOf(provinceCode: string): readonly LegacyProvince[];
