/** A pre-2025 province as it opens a personal ID number (`AAA` = "0" + old 2-digit code). */
export interface IdProvince {
    readonly code: string;
    readonly name: string;
    readonly fullName: string;
}
/**
 * The 63 `AAA` codes, in code order.
 * @see DOMAIN.md §6.1; TT 59/2021/TT-BCA; mocks/domain/data/id-province-codes.json
 */
export declare const ID_PROVINCES: readonly IdProvince[];
/**
 * The 2-digit codes of the 34 provinces since 01/07/2025. Each keeps one old code, so every
 * entry is also one of the 63 `AAA` codes without its leading "0".
 * @see DOMAIN.md §6.6; NQ 202/2025/QH15
 */
export declare const POST_2025_PROVINCE_CODES: readonly string[];
/**
 * The first day on which the 34-province codes apply.
 * @see DOMAIN.md §6.6, §11 #10; NQ 202/2025/QH15
 */
export declare const POST_2025_PROVINCES_FROM = "2025-07-01";
/**
 * Looks up a 3-digit `AAA` code among the 63.
 * @see DOMAIN.md §6.1
 */
export declare function findIdProvince(aaa: string): IdProvince | undefined;
/**
 * Whether a 2-digit province code is one of the 63 pre-2025 codes (a superset of the 34).
 * BHYT cards and BHXH codes issued before 2025 carry old codes, so both sets are accepted.
 * @see DOMAIN.md §6.1, §6.2
 */
export declare function isKnownProvinceCode(code: string): boolean;
/**
 * Whether a 2-digit code is one of the 34 provinces in force since 01/07/2025.
 * @see DOMAIN.md §6.6
 */
export declare function isPost2025ProvinceCode(code: string): boolean;
