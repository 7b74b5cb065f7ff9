/**
 * Administrative procedure (TTHC) code from the national catalogue, `d.dddddd`, optionally with
 * a provincial suffix (`1.115446.H36`).
 */
import type { Result } from '../../../contracts/result.js';
import { err, ok } from '../../../contracts/result.js';
import type { IdentifierError } from './errors.js';
import { InvalidIdentifierInputError, identifierError } from './errors.js';
import type { RandomSource } from './random-digits.js';
import { randomDigits } from './random-digits.js';

/** The fields of a procedure code. */
export interface ProcedureCodeFields {
  /** The national part, `d.dddddd`, e.g. `'2.000986'`. */
  readonly nationalCode: string;
  /** The digit before the dot. */
  readonly prefix: number;
  /** The six digits after the dot. */
  readonly serial: string;
  /** Provincial suffix such as `'H36'`, when present. */
  readonly provincialSuffix?: string;
}

/** Which forms are acceptable: national only, or national and provincial. */
export interface ProcedureCodeOptions {
  readonly allowProvincialSuffix?: boolean;
}

/** Input of {@link generateProcedureCode}: a given serial, or a random one. */
export type ProcedureCodeInput = {
  readonly prefix: number;
  readonly provincialSuffix?: string;
} & ({ readonly serial: string } | { readonly random: RandomSource });

const PROCEDURE_CODE = /^(?<prefix>\d)\.(?<serial>\d{6})(?:\.(?<suffix>[A-Z]\d{2}))?$/;

/**
 * Reads a procedure code in national or provincial form.
 * @see DOMAIN.md §6.4; national TTHC catalogue; QĐ 3582/QĐ-UBND
 */
export function parseProcedureCode(value: string): Result<ProcedureCodeFields, IdentifierError> {
  const groups = PROCEDURE_CODE.exec(value)?.groups;
  if (!groups) return err(identifierError('PROCEDURE_CODE_FORMAT'));
  const { prefix = '', serial = '', suffix } = groups;
  const national = { nationalCode: `${prefix}.${serial}`, prefix: Number(prefix), serial };
  return ok(suffix === undefined ? national : { ...national, provincialSuffix: suffix });
}

/**
 * Checks a procedure code; the provincial suffix is accepted unless
 * `allowProvincialSuffix: false` asks for the national form `^\d\.\d{6}$`.
 * @see DOMAIN.md §6.4
 */
export function validateProcedureCode(
  value: string,
  options: ProcedureCodeOptions = {},
): Result<ProcedureCodeFields, IdentifierError> {
  const parsed = parseProcedureCode(value);
  if (!parsed.ok) return parsed;
  if (options.allowProvincialSuffix === false && parsed.value.provincialSuffix !== undefined) {
    return err(identifierError('PROCEDURE_CODE_PROVINCIAL_NOT_ALLOWED'));
  }
  return parsed;
}

/**
 * Composes a procedure code; throws {@link InvalidIdentifierInputError} on bad parts.
 * @see DOMAIN.md §6.4
 */
export function generateProcedureCode(input: ProcedureCodeInput): string {
  const serial = 'serial' in input ? input.serial : randomDigits(input.random, 6);
  const suffix = input.provincialSuffix === undefined ? '' : `.${input.provincialSuffix}`;
  const value = `${input.prefix}.${serial}${suffix}`;
  if (!PROCEDURE_CODE.test(value)) {
    throw new InvalidIdentifierInputError('INVALID_FORMAT', 'parts do not form d.dddddd[.Xdd]');
  }
  return value;
}
