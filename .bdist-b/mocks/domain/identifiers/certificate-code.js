import { err, ok } from '../../../contracts/result.js';
import { pad } from './calendar-date.js';
import { InvalidIdentifierInputError, identifierError } from './errors.js';
/**
 * What each kind is and where its format comes from.
 * @see DOMAIN.md §6.3, §11 #8; TT 22/2025/TT-BYT; CV 1165/BYT-KCB
 */
export const CERTIFICATE_KINDS = {
    GCS: 'Birth certificate (MA_GCS), TT 22/2025/TT-BYT, from 01/10/2025',
    GBT: 'Death notice (MA_GBT), format unknown: SANDBOX DEFAULT mirrors GCS',
};
const CERTIFICATE_CODE = /^(?<seq>\d{5})\.(?<kind>[A-Z]{3})\.(?<facility>\d{5})\.(?<yy>\d{2})$/;
function parseCertificateCode(kind, value) {
    const groups = CERTIFICATE_CODE.exec(value)?.groups;
    if (!groups || !(groups.kind === 'GCS' || groups.kind === 'GBT')) {
        return err(identifierError('CERTIFICATE_CODE_FORMAT', `Expected XXXXX.${kind}.ZZZZZ.YY`));
    }
    if (groups.kind !== kind) {
        return err(identifierError('CERTIFICATE_CODE_WRONG_KIND', `Expected a ${kind} code`));
    }
    const sequence = Number(groups.seq);
    if (sequence === 0)
        return err(identifierError('CERTIFICATE_CODE_SEQUENCE_ZERO'));
    return ok({
        kind,
        sequence,
        facilityCode: groups.facility ?? '',
        year: 2000 + Number(groups.yy),
    });
}
function validateCertificateCode(kind, value, expected) {
    const parsed = parseCertificateCode(kind, value);
    if (!parsed.ok)
        return parsed;
    if (expected.facilityCode !== undefined && expected.facilityCode !== parsed.value.facilityCode) {
        return err(identifierError('CERTIFICATE_CODE_FACILITY_MISMATCH'));
    }
    if (expected.year !== undefined && expected.year !== parsed.value.year) {
        return err(identifierError('CERTIFICATE_CODE_YEAR_MISMATCH'));
    }
    return parsed;
}
function generateCertificateCode(kind, input) {
    const { sequence, facilityCode, year } = input;
    if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99_999) {
        throw new InvalidIdentifierInputError('OUT_OF_RANGE', 'sequence must be within 1–99999');
    }
    if (!/^\d{5}$/.test(facilityCode)) {
        throw new InvalidIdentifierInputError('INVALID_FORMAT', 'facilityCode must be 5 digits');
    }
    if (!Number.isInteger(year) || year < 2000 || year > 2099) {
        throw new InvalidIdentifierInputError('OUT_OF_RANGE', 'year must be within 2000–2099');
    }
    return `${pad(sequence, 5)}.${kind}.${facilityCode}.${pad(year % 100, 2)}`;
}
/**
 * Reads a birth-certificate code; a death-notice code is `CERTIFICATE_CODE_WRONG_KIND`.
 * @see DOMAIN.md §6.3; TT 22/2025/TT-BYT
 */
export function parseBirthCertificateCode(value) {
    return parseCertificateCode('GCS', value);
}
/**
 * Checks a birth-certificate code and, when given, its facility and year.
 * @see DOMAIN.md §6.3
 */
export function validateBirthCertificateCode(value, expected = {}) {
    return validateCertificateCode('GCS', value, expected);
}
/**
 * Composes a birth-certificate code; throws {@link InvalidIdentifierInputError} on bad parts.
 * @see DOMAIN.md §6.3
 */
export function generateBirthCertificateCode(input) {
    return generateCertificateCode('GCS', input);
}
/**
 * Reads a death-notice code (SANDBOX DEFAULT format).
 * @see DOMAIN.md §6.3, §11 #8
 */
export function parseDeathNoticeCode(value) {
    return parseCertificateCode('GBT', value);
}
/**
 * Checks a death-notice code and, when given, its facility and year.
 * @see DOMAIN.md §6.3, §11 #8
 */
export function validateDeathNoticeCode(value, expected = {}) {
    return validateCertificateCode('GBT', value, expected);
}
/**
 * Composes a death-notice code; throws {@link InvalidIdentifierInputError} on bad parts.
 * @see DOMAIN.md §6.3, §11 #8
 */
export function generateDeathNoticeCode(input) {
    return generateCertificateCode('GBT', input);
}
