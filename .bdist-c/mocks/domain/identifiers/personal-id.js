import { err, ok } from '../../../contracts/result.js';
import { compareCalendarDates, pad, requireCalendarDate } from './calendar-date.js';
import { InvalidIdentifierInputError, identifierError } from './errors.js';
import { POST_2025_PROVINCES_FROM, findIdProvince, isPost2025ProvinceCode, } from './province-codes.js';
import { randomDigits } from './random-digits.js';
/**
 * `G` digit per century, [male, female]; even digits are male.
 * @see DOMAIN.md §6.1; NĐ 137/2015/NĐ-CP Art. 13; TT 59/2021/TT-BCA
 */
export const CENTURY_SEX_DIGITS = {
    1900: [0, 1],
    2000: [2, 3],
    2100: [4, 5],
    2200: [6, 7],
    2300: [8, 9],
};
const PERSONAL_ID = /^(?<aaa>\d{3})(?<g>\d)(?<yy>\d{2})(?<n>\d{6})$/;
/**
 * Reads a personal ID number: 12 digits opening with one of the 63 `AAA` codes. Numbers of
 * births registered abroad (a country code as `AAA`) are not modelled and are rejected.
 * @see DOMAIN.md §6.1
 */
export function parsePersonalId(value) {
    const groups = PERSONAL_ID.exec(value)?.groups;
    if (!groups)
        return err(identifierError('PERSONAL_ID_FORMAT'));
    const { aaa = '', g = '', yy = '', n = '' } = groups;
    const province = findIdProvince(aaa);
    if (!province) {
        return err(identifierError('PERSONAL_ID_UNKNOWN_PROVINCE', 'The first three digits are not one of the 63 province codes (TT 59/2021/TT-BCA)'));
    }
    const digit = Number(g);
    const century = 1900 + 100 * Math.floor(digit / 2);
    return ok({
        provinceCode: province.code,
        provinceName: province.name,
        century,
        sex: digit % 2 === 0 ? 'NAM' : 'NU',
        birthYear: century + Number(yy),
        serial: n,
    });
}
/**
 * Checks a personal ID number and, when given, that it encodes the expected birth year and sex.
 * @see DOMAIN.md §6.1 (additional checks)
 */
export function validatePersonalId(value, expected = {}) {
    const parsed = parsePersonalId(value);
    if (!parsed.ok)
        return parsed;
    const fields = parsed.value;
    if (expected.birthYear !== undefined && expected.birthYear !== fields.birthYear) {
        return err(identifierError('PERSONAL_ID_BIRTH_YEAR_MISMATCH', 'The century digit and year digits do not give the expected birth year'));
    }
    if (expected.sex !== undefined && expected.sex !== fields.sex) {
        return err(identifierError('PERSONAL_ID_SEX_MISMATCH', 'The parity of the century digit (even = male) does not give the expected sex'));
    }
    return ok(fields);
}
/**
 * Generates a personal ID number. SANDBOX DEFAULT: a birth registered from 01/07/2025 opens with
 * "0" + one of the 34 new province codes; earlier births may use any of the 63 legacy codes.
 * Throws {@link InvalidIdentifierInputError} on an unknown province, a year outside 1900–2399,
 * an impossible date or a legacy code used after the reform.
 * @see DOMAIN.md §6.1, §11 #10
 */
export function generatePersonalId(input) {
    const aaa = input.provinceCode.length === 2 ? `0${input.provinceCode}` : input.provinceCode;
    if (!findIdProvince(aaa)) {
        throw new InvalidIdentifierInputError('UNKNOWN_PROVINCE_CODE', 'provinceCode is not one of 63');
    }
    const year = birthYearOf(input);
    const digits = CENTURY_SEX_DIGITS[Math.floor(year / 100) * 100];
    if (!digits) {
        throw new InvalidIdentifierInputError('OUT_OF_RANGE', 'birth year must be within 1900–2399');
    }
    if (usesPost2025Codes(input, year) && !isPost2025ProvinceCode(aaa.slice(1))) {
        throw new InvalidIdentifierInputError('PROVINCE_CODE_NOT_IN_USE', 'births registered from 2025-07-01 use one of the 34 post-2025 province codes');
    }
    const g = input.sex === 'NAM' ? digits[0] : digits[1];
    return `${aaa}${g}${pad(year % 100, 2)}${randomDigits(input.random, 6)}`;
}
/**
 * Whether a string is a legacy 9-digit ID card (CMND) number, still confirmed by the
 * population database.
 * @see DOMAIN.md §6.1 (known behaviour)
 */
export function validateLegacyIdNumber(value) {
    return /^\d{9}$/.test(value) ? ok(value) : err(identifierError('LEGACY_ID_FORMAT'));
}
/**
 * Generates a legacy 9-digit CMND number from random digits (no structure is checked).
 * @see DOMAIN.md §6.1
 */
export function generateLegacyIdNumber(random) {
    return randomDigits(random, 9);
}
function birthYearOf(input) {
    if ('birthDate' in input)
        return requireCalendarDate(input.birthDate, 'birthDate').year;
    if (!Number.isInteger(input.year)) {
        throw new InvalidIdentifierInputError('OUT_OF_RANGE', 'year must be an integer');
    }
    return input.year;
}
/** Registration date if given, else birth date; with only a year, from 2026 on. */
function usesPost2025Codes(input, year) {
    const reform = requireCalendarDate(POST_2025_PROVINCES_FROM, 'POST_2025_PROVINCES_FROM');
    const decisive = input.registeredOn ?? ('birthDate' in input ? input.birthDate : undefined);
    if (decisive === undefined)
        return year > reform.year;
    return compareCalendarDates(requireCalendarDate(decisive, 'registeredOn'), reform) >= 0;
}
