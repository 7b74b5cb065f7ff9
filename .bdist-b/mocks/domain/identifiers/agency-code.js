import { err, ok } from '../../../contracts/result.js';
import { InvalidIdentifierInputError, identifierError } from './errors.js';
import { isPost2025ProvinceCode } from './province-codes.js';
/**
 * Known level-1 letters.
 * @see DOMAIN.md §6.4; QCVN 102:2016/BTTTT
 */
export const AGENCY_LEVEL1_TYPES = {
    H: "provincial People's Committee",
    G: 'ministry or ministerial-level agency',
};
/**
 * The agency-code pattern, shared with dossier-code templates.
 * @see DOMAIN.md §6.4
 */
export const AGENCY_CODE_PATTERN = String.raw `\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}`;
const AGENCY_CODE = /^(?<l4>\d{3})\.(?<l3>\d{2})\.(?<l2>\d{2})\.(?<l1>[A-Z]\d{2})$/;
/**
 * Reads an agency code into its four levels.
 * @see DOMAIN.md §6.4; QCVN 102:2016/BTTTT
 */
export function parseAgencyCode(value) {
    const groups = AGENCY_CODE.exec(value)?.groups;
    if (!groups)
        return err(identifierError('AGENCY_CODE_FORMAT'));
    const { l1 = '', l2 = '', l3 = '', l4 = '' } = groups;
    const fields = { code: value, level1: l1, level2: l2, level3: l3, level4: l4 };
    const level1Type = AGENCY_LEVEL1_TYPES[l1.charAt(0)];
    return ok(level1Type === undefined ? fields : { ...fields, level1Type });
}
/**
 * Checks an agency code; the same rules as {@link parseAgencyCode}.
 * @see DOMAIN.md §6.4
 */
export function validateAgencyCode(value) {
    return parseAgencyCode(value);
}
/**
 * Composes an agency code from its levels; throws {@link InvalidIdentifierInputError} when the
 * segments do not form `ddd.dd.dd.Xdd`.
 * @see DOMAIN.md §6.4
 */
export function generateAgencyCode(input) {
    const value = `${input.level4}.${input.level3}.${input.level2}.${input.level1}`;
    if (!AGENCY_CODE.test(value)) {
        throw new InvalidIdentifierInputError('INVALID_FORMAT', 'levels do not form ddd.dd.dd.Xdd');
    }
    return value;
}
/**
 * SANDBOX DEFAULT agency code of a post-2025 province's People's Committee,
 * `000.00.00.H{code}`, flagged `sandbox: true`. Sandbox codes collide with real ones (real
 * Thanh Hóa is H56, sandbox Thanh Hóa is H38), so keep the flag with the code. Throws
 * {@link InvalidIdentifierInputError} unless the code is one of the 34 provinces.
 * @see DOMAIN.md §6.4, §11 #9
 */
export function sandboxAgencyCode(provinceCode) {
    if (!isPost2025ProvinceCode(provinceCode)) {
        throw new InvalidIdentifierInputError('PROVINCE_CODE_NOT_IN_USE', 'provinceCode must be one of the 34 post-2025 province codes');
    }
    return { code: `000.00.00.H${provinceCode}`, provinceCode, sandbox: true };
}
