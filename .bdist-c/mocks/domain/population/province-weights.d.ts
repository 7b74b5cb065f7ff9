import type { WeightedTable } from './prng.js';
/**
 * Broad region: northern, central (incl. Central Highlands) or southern naming and addresses.
 * @see PROVINCE_REGION
 */
export type Region = 'NORTH' | 'CENTRAL' | 'SOUTH';
/**
 * Average population by pre-2025 province, in thousands, rounded. APPROXIMATE: from the General
 * Statistics Office's 2023 provincial estimates as remembered and rounded to about 2%; only the
 * relative weights matter (national total ≈ 100.3 million).
 * @see GSO Statistical Yearbook 2023 (Niên giám thống kê 2023), "Dân số trung bình phân theo địa
 * phương"; DOMAIN.md §6.6 for the composition of the new provinces
 */
export declare const LEGACY_PROVINCE_POPULATION: Readonly<Record<string, number>>;
/**
 * Region of each post-2025 province: North (Red River delta and northern uplands), Central (North
 * Central coast, South Central coast, Central Highlands), South (South East and Mekong delta).
 * @see NQ 202/2025/QH15 (province list)
 */
export declare const PROVINCE_REGION: Readonly<Record<string, Region>>;
/**
 * Population weight of each post-2025 province (thousands): the sum of its old provinces.
 * @see LEGACY_PROVINCE_POPULATION
 */
export declare function provinceWeight(provinceCode: string): number;
/**
 * A weighted table of the given post-2025 provinces, by population.
 * @see provinceWeight
 */
export declare function provinceTable(provinceCodes: readonly string[]): WeightedTable<string>;
/**
 * For each post-2025 province, its old provinces weighted by population: the `AAA` of a birth
 * registered there before 01/07/2025 is "0" + one of them.
 * @see DOMAIN.md §6.1, §11 #10
 */
export declare function legacyCodeTable(provinceCode: string): WeightedTable<string>;
