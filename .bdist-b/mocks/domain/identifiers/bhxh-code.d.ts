/**
 * Social-insurance code (mã số BHXH): 10 digits. The internal structure is unknown, so it is a
 * table of segments; the SANDBOX DEFAULT is a 2-digit province code then 8 random digits.
 */
import type { Result } from '../../../contracts/result.js';
import type { IdentifierError } from './errors.js';
import type { RandomSource } from './random-digits.js';
/** One run of digits: the issuing province (2 digits) or random serial digits. */
export type BhxhCodeSegment = {
    readonly kind: 'province';
    readonly length: 2;
} | {
    readonly kind: 'serial';
    readonly length: number;
};
/** The structure of the 10 digits, left to right. */
export interface BhxhCodeFormat {
    readonly segments: readonly BhxhCodeSegment[];
}
/** The fields of a social-insurance code. */
export interface BhxhCodeFields {
    readonly code: string;
    /** 2-digit province code, when the format has a province segment. */
    readonly provinceCode?: string;
    /** The serial digits, concatenated. */
    readonly serial: string;
}
/** Input of {@link generateBhxhCode}. */
export interface BhxhCodeInput {
    /** 2-digit province code; required when the format has a province segment. */
    readonly provinceCode?: string;
    readonly random: RandomSource;
    readonly format?: BhxhCodeFormat;
}
/**
 * Checks a segment table once, when it is configured: 10 digits in all, at most one province.
 * @see STYLE.md rule 8 (config fails fast)
 */
export declare function defineBhxhCodeFormat(segments: readonly BhxhCodeSegment[]): BhxhCodeFormat;
/**
 * SANDBOX DEFAULT: 2-digit province code + 8 random digits.
 * @see DOMAIN.md §6.2, §11 #11
 */
export declare const SANDBOX_BHXH_CODE_FORMAT: BhxhCodeFormat;
/**
 * No assumed structure: 10 opaque digits (the only fact established, QĐ 1449/QĐ-BHXH).
 * @see DOMAIN.md §6.2
 */
export declare const OPAQUE_BHXH_CODE_FORMAT: BhxhCodeFormat;
/**
 * Reads a social-insurance code against a format (default {@link SANDBOX_BHXH_CODE_FORMAT}).
 * @see DOMAIN.md §6.2; QĐ 1449/QĐ-BHXH
 */
export declare function parseBhxhCode(value: string, format?: BhxhCodeFormat): Result<BhxhCodeFields, IdentifierError>;
/**
 * Checks a social-insurance code; the same rules as {@link parseBhxhCode}.
 * @see DOMAIN.md §6.2
 */
export declare function validateBhxhCode(value: string, format?: BhxhCodeFormat): Result<BhxhCodeFields, IdentifierError>;
/**
 * Generates a social-insurance code; throws {@link InvalidIdentifierInputError} when the format
 * needs a province and none of the 63 codes is given.
 * @see DOMAIN.md §6.2, §11 #11
 */
export declare function generateBhxhCode(input: BhxhCodeInput): string;
