/**
 * Where the synthetic people live: population weights of the 63 pre-2025 provinces, summed into
 * the 34 provinces in force since 01/07/2025, and the region that drives naming and addresses.
 */
import { LEGACY_PROVINCES } from '../admin-units/index.js';
import { createWeightedTable } from './prng.js';
/**
 * Average population by pre-2025 province, in thousands, rounded. APPROXIMATE: from the General
 * Statistics Office's 2023 provincial estimates as remembered and rounded to about 2%; only the
 * relative weights matter (national total ≈ 100.3 million).
 * @see GSO Statistical Yearbook 2023 (Niên giám thống kê 2023), "Dân số trung bình phân theo địa
 * phương"; DOMAIN.md §6.6 for the composition of the new provinces
 */
export const LEGACY_PROVINCE_POPULATION = {
    '01': 8590, '02': 900, '04': 550, '06': 320, '08': 800, '10': 770, '11': 640, '12': 480,
    '14': 1290, '15': 850, '17': 880, '19': 1330, '20': 800, '22': 1380, '24': 1900, '25': 1500,
    '26': 1200, '27': 1490, '30': 1950, '31': 2100, '33': 1290, '34': 1880, '35': 880, '36': 1880,
    '37': 1010, '38': 3760, '40': 3440, '42': 1330, '44': 910, '45': 650, '46': 1160, '48': 1240,
    '49': 1520, '51': 1250, '52': 1500, '54': 880, '56': 1260, '58': 600, '60': 1250, '62': 590,
    '64': 1610, '66': 1920, '67': 680, '68': 1340, '70': 1030, '72': 1190, '74': 2760, '75': 3310,
    '77': 1190, '79': 9460, '80': 1730, '82': 1790, '83': 1300, '84': 1020, '86': 1030, '87': 1600,
    '89': 1910, '91': 1750, '92': 1250, '93': 730, '94': 1200, '95': 920, '96': 1210,
}; // prettier-ignore
/**
 * Region of each post-2025 province: North (Red River delta and northern uplands), Central (North
 * Central coast, South Central coast, Central Highlands), South (South East and Mekong delta).
 * @see NQ 202/2025/QH15 (province list)
 */
export const PROVINCE_REGION = {
    '01': 'NORTH', '04': 'NORTH', '08': 'NORTH', '11': 'NORTH', '12': 'NORTH', '14': 'NORTH',
    '15': 'NORTH', '19': 'NORTH', '20': 'NORTH', '22': 'NORTH', '24': 'NORTH', '25': 'NORTH',
    '31': 'NORTH', '33': 'NORTH', '37': 'NORTH', '38': 'CENTRAL', '40': 'CENTRAL', '42': 'CENTRAL',
    '44': 'CENTRAL', '46': 'CENTRAL', '48': 'CENTRAL', '51': 'CENTRAL', '52': 'CENTRAL',
    '56': 'CENTRAL', '66': 'CENTRAL', '68': 'CENTRAL', '75': 'SOUTH', '79': 'SOUTH', '80': 'SOUTH',
    '82': 'SOUTH', '86': 'SOUTH', '91': 'SOUTH', '92': 'SOUTH', '96': 'SOUTH',
}; // prettier-ignore
/**
 * Population weight of each post-2025 province (thousands): the sum of its old provinces.
 * @see LEGACY_PROVINCE_POPULATION
 */
export function provinceWeight(provinceCode) {
    return LEGACY_PROVINCES.filter((p) => p.provinceCode === provinceCode).reduce((sum, p) => sum + (LEGACY_PROVINCE_POPULATION[p.code] ?? 0), 0);
}
/**
 * A weighted table of the given post-2025 provinces, by population.
 * @see provinceWeight
 */
export function provinceTable(provinceCodes) {
    return createWeightedTable(provinceCodes.map((code) => [code, provinceWeight(code)]));
}
/**
 * For each post-2025 province, its old provinces weighted by population: the `AAA` of a birth
 * registered there before 01/07/2025 is "0" + one of them.
 * @see DOMAIN.md §6.1, §11 #10
 */
export function legacyCodeTable(provinceCode) {
    return createWeightedTable(LEGACY_PROVINCES.filter((p) => p.provinceCode === provinceCode).map((p) => [p.code, LEGACY_PROVINCE_POPULATION[p.code] ?? 1]));
}
