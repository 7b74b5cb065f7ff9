/**
 * Province codes as identifiers use them: the 63 pre-2025 codes (which open personal ID numbers
 * and appear in BHYT cards) and the 34 codes kept by the provinces in force since 01/07/2025.
 */
import idProvinceData from '../data/id-province-codes.json' with { type: 'json' };
/**
 * The 63 `AAA` codes, in code order.
 * @see DOMAIN.md §6.1; TT 59/2021/TT-BCA; mocks/domain/data/id-province-codes.json
 */
export const ID_PROVINCES = Object.freeze(idProvinceData.codes.map((p) => Object.freeze({ code: p.code, name: p.name, fullName: p.full_name })));
const BY_AAA = new Map(ID_PROVINCES.map((p) => [p.code, p]));
/**
 * The 2-digit codes of the 34 provinces since 01/07/2025. Each keeps one old code, so every
 * entry is also one of the 63 `AAA` codes without its leading "0".
 * @see DOMAIN.md §6.6; NQ 202/2025/QH15
 */
export const POST_2025_PROVINCE_CODES = Object.freeze([
    '01', '04', '08', '11', '12', '14', '15', '19', '20', '22', '24', '25', '31', '33', '37', '38',
    '40', '42', '44', '46', '48', '51', '52', '56', '66', '68', '75', '79', '80', '82', '86', '91',
    '92', '96',
]); // prettier-ignore
const POST_2025 = new Set(POST_2025_PROVINCE_CODES);
/**
 * The first day on which the 34-province codes apply.
 * @see DOMAIN.md §6.6, §11 #10; NQ 202/2025/QH15
 */
export const POST_2025_PROVINCES_FROM = '2025-07-01';
/**
 * Looks up a 3-digit `AAA` code among the 63.
 * @see DOMAIN.md §6.1
 */
export function findIdProvince(aaa) {
    return BY_AAA.get(aaa);
}
/**
 * Whether a 2-digit province code is one of the 63 pre-2025 codes (a superset of the 34).
 * BHYT cards and BHXH codes issued before 2025 carry old codes, so both sets are accepted.
 * @see DOMAIN.md §6.1, §6.2
 */
export function isKnownProvinceCode(code) {
    return /^\d{2}$/.test(code) && BY_AAA.has(`0${code}`);
}
/**
 * Whether a 2-digit code is one of the 34 provinces in force since 01/07/2025.
 * @see DOMAIN.md §6.6
 */
export function isPost2025ProvinceCode(code) {
    return POST_2025.has(code);
}
