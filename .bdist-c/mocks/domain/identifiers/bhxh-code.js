import { err, ok } from '../../../contracts/result.js';
import { InvalidIdentifierInputError, identifierError } from './errors.js';
import { isKnownProvinceCode } from './province-codes.js';
import { randomDigits } from './random-digits.js';
const LENGTH = 10;
/**
 * Checks a segment table once, when it is configured: 10 digits in all, at most one province.
 * @see STYLE.md rule 8 (config fails fast)
 */
export function defineBhxhCodeFormat(segments) {
    const total = segments.reduce((sum, s) => sum + s.length, 0);
    const provinces = segments.filter((s) => s.kind === 'province').length;
    const integral = segments.every((s) => Number.isInteger(s.length) && s.length > 0);
    if (total !== LENGTH || provinces > 1 || !integral) {
        throw new InvalidIdentifierInputError('INVALID_RULE', 'a BHXH code format needs positive segments totalling 10 digits, at most one province');
    }
    return Object.freeze({ segments: Object.freeze(segments.map((s) => Object.freeze({ ...s }))) });
}
/**
 * SANDBOX DEFAULT: 2-digit province code + 8 random digits.
 * @see DOMAIN.md §6.2, §11 #11
 */
export const SANDBOX_BHXH_CODE_FORMAT = defineBhxhCodeFormat([
    { kind: 'province', length: 2 },
    { kind: 'serial', length: 8 },
]);
/**
 * No assumed structure: 10 opaque digits (the only fact established, QĐ 1449/QĐ-BHXH).
 * @see DOMAIN.md §6.2
 */
export const OPAQUE_BHXH_CODE_FORMAT = defineBhxhCodeFormat([
    { kind: 'serial', length: 10 },
]);
/**
 * Reads a social-insurance code against a format (default {@link SANDBOX_BHXH_CODE_FORMAT}).
 * @see DOMAIN.md §6.2; QĐ 1449/QĐ-BHXH
 */
export function parseBhxhCode(value, format = SANDBOX_BHXH_CODE_FORMAT) {
    if (!/^\d{10}$/.test(value))
        return err(identifierError('BHXH_CODE_FORMAT'));
    let offset = 0;
    let provinceCode;
    let serial = '';
    for (const segment of format.segments) {
        const digits = value.slice(offset, offset + segment.length);
        offset += segment.length;
        if (segment.kind === 'serial')
            serial += digits;
        else
            provinceCode = digits;
    }
    if (provinceCode !== undefined && !isKnownProvinceCode(provinceCode)) {
        return err(identifierError('BHXH_CODE_UNKNOWN_PROVINCE', 'The province segment is not one of the 63 province codes (sandbox structure)'));
    }
    return ok(provinceCode === undefined ? { code: value, serial } : { code: value, provinceCode, serial });
}
/**
 * Checks a social-insurance code; the same rules as {@link parseBhxhCode}.
 * @see DOMAIN.md §6.2
 */
export function validateBhxhCode(value, format = SANDBOX_BHXH_CODE_FORMAT) {
    return parseBhxhCode(value, format);
}
/**
 * Generates a social-insurance code; throws {@link InvalidIdentifierInputError} when the format
 * needs a province and none of the 63 codes is given.
 * @see DOMAIN.md §6.2, §11 #11
 */
export function generateBhxhCode(input) {
    const format = input.format ?? SANDBOX_BHXH_CODE_FORMAT;
    return format.segments
        .map((segment) => {
        if (segment.kind === 'serial')
            return randomDigits(input.random, segment.length);
        if (input.provinceCode === undefined || !isKnownProvinceCode(input.provinceCode)) {
            throw new InvalidIdentifierInputError('UNKNOWN_PROVINCE_CODE', 'provinceCode must be a 2-digit code among the 63');
        }
        return input.provinceCode;
    })
        .join('');
}
