import { err, ok } from '../../../contracts/result.js';
import { InvalidIdentifierInputError, identifierError } from './errors.js';
import { randomDigits } from './random-digits.js';
const PROCEDURE_CODE = /^(?<prefix>\d)\.(?<serial>\d{6})(?:\.(?<suffix>[A-Z]\d{2}))?$/;
/**
 * Reads a procedure code in national or provincial form.
 * @see DOMAIN.md §6.4; national TTHC catalogue; QĐ 3582/QĐ-UBND
 */
export function parseProcedureCode(value) {
    const groups = PROCEDURE_CODE.exec(value)?.groups;
    if (!groups)
        return err(identifierError('PROCEDURE_CODE_FORMAT'));
    const { prefix = '', serial = '', suffix } = groups;
    const national = { nationalCode: `${prefix}.${serial}`, prefix: Number(prefix), serial };
    return ok(suffix === undefined ? national : { ...national, provincialSuffix: suffix });
}
/**
 * Checks a procedure code; the provincial suffix is accepted unless
 * `allowProvincialSuffix: false` asks for the national form `^\d\.\d{6}$`.
 * @see DOMAIN.md §6.4
 */
export function validateProcedureCode(value, options = {}) {
    const parsed = parseProcedureCode(value);
    if (!parsed.ok)
        return parsed;
    if (options.allowProvincialSuffix === false && parsed.value.provincialSuffix !== undefined) {
        return err(identifierError('PROCEDURE_CODE_PROVINCIAL_NOT_ALLOWED'));
    }
    return parsed;
}
/**
 * Composes a procedure code; throws {@link InvalidIdentifierInputError} on bad parts.
 * @see DOMAIN.md §6.4
 */
export function generateProcedureCode(input) {
    const serial = 'serial' in input ? input.serial : randomDigits(input.random, 6);
    const suffix = input.provincialSuffix === undefined ? '' : `.${input.provincialSuffix}`;
    const value = `${input.prefix}.${serial}${suffix}`;
    if (!PROCEDURE_CODE.test(value)) {
        throw new InvalidIdentifierInputError('INVALID_FORMAT', 'parts do not form d.dddddd[.Xdd]');
    }
    return value;
}
