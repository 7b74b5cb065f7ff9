/**
 * Personal ID number (số định danh cá nhân, also the căn cước number): `AAA G YY NNNNNN`.
 */
import type { Result } from '../../../contracts/result.js';
import type { IdentifierError } from './errors.js';
import type { RandomSource } from './random-digits.js';
/** Sex as the ID number encodes it, spelled as the wire enum `Sex` (specs/common.yaml). */
export type IdSex = 'NAM' | 'NU';
/** The fields of a personal ID number. */
export interface PersonalIdFields {
    /** `AAA`: 3-digit code of the province where the birth was registered, e.g. `'038'`. */
    readonly provinceCode: string;
    /** Name of that (pre-2025) province, e.g. `'Thanh Hóa'`. */
    readonly provinceName: string;
    /** First year of the birth century: 1900, 2000, 2100, 2200 or 2300. */
    readonly century: number;
    readonly sex: IdSex;
    readonly birthYear: number;
    /** `NNNNNN`: the six random digits. */
    readonly serial: string;
}
/** What the caller knows about the holder; each given field must match the number. */
export interface PersonalIdExpectations {
    readonly birthYear?: number;
    readonly sex?: IdSex;
}
/** Input of {@link generatePersonalId}: a birth date or just a birth year. */
export type PersonalIdInput = {
    /** 2-digit province code (`'38'`) or 3-digit `AAA` (`'038'`) of the registering province. */
    readonly provinceCode: string;
    readonly sex: IdSex;
    readonly random: RandomSource;
    /** Date of birth registration; decides which province list applies (defaults to birth date). */
    readonly registeredOn?: string;
} & ({
    readonly birthDate: string;
} | {
    readonly year: number;
});
/**
 * `G` digit per century, [male, female]; even digits are male.
 * @see DOMAIN.md §6.1; NĐ 137/2015/NĐ-CP Art. 13; TT 59/2021/TT-BCA
 */
export declare const CENTURY_SEX_DIGITS: Readonly<Record<number, readonly [number, number]>>;
/**
 * Reads a personal ID number: 12 digits opening with one of the 63 `AAA` codes. Numbers of
 * births registered abroad (a country code as `AAA`) are not modelled and are rejected.
 * @see DOMAIN.md §6.1
 */
export declare function parsePersonalId(value: string): Result<PersonalIdFields, IdentifierError>;
/**
 * Checks a personal ID number and, when given, that it encodes the expected birth year and sex.
 * @see DOMAIN.md §6.1 (additional checks)
 */
export declare function validatePersonalId(value: string, expected?: PersonalIdExpectations): Result<PersonalIdFields, IdentifierError>;
/**
 * Generates a personal ID number. SANDBOX DEFAULT: a birth registered from 01/07/2025 opens with
 * "0" + one of the 34 new province codes; earlier births may use any of the 63 legacy codes.
 * Throws {@link InvalidIdentifierInputError} on an unknown province, a year outside 1900–2399,
 * an impossible date or a legacy code used after the reform.
 * @see DOMAIN.md §6.1, §11 #10
 */
export declare function generatePersonalId(input: PersonalIdInput): string;
/**
 * Whether a string is a legacy 9-digit ID card (CMND) number, still confirmed by the
 * population database.
 * @see DOMAIN.md §6.1 (known behaviour)
 */
export declare function validateLegacyIdNumber(value: string): Result<string, IdentifierError>;
/**
 * Generates a legacy 9-digit CMND number from random digits (no structure is checked).
 * @see DOMAIN.md §6.1
 */
export declare function generateLegacyIdNumber(random: RandomSource): string;
