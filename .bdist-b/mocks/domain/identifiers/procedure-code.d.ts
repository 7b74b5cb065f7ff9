/**
 * Administrative procedure (TTHC) code from the national catalogue, `d.dddddd`, optionally with
 * a provincial suffix (`1.115446.H36`).
 */
import type { Result } from '../../../contracts/result.js';
import type { IdentifierError } from './errors.js';
import type { RandomSource } from './random-digits.js';
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
} & ({
    readonly serial: string;
} | {
    readonly random: RandomSource;
});
/**
 * Reads a procedure code in national or provincial form.
 * @see DOMAIN.md §6.4; national TTHC catalogue; QĐ 3582/QĐ-UBND
 */
export declare function parseProcedureCode(value: string): Result<ProcedureCodeFields, IdentifierError>;
/**
 * Checks a procedure code; the provincial suffix is accepted unless
 * `allowProvincialSuffix: false` asks for the national form `^\d\.\d{6}$`.
 * @see DOMAIN.md §6.4
 */
export declare function validateProcedureCode(value: string, options?: ProcedureCodeOptions): Result<ProcedureCodeFields, IdentifierError>;
/**
 * Composes a procedure code; throws {@link InvalidIdentifierInputError} on bad parts.
 * @see DOMAIN.md §6.4
 */
export declare function generateProcedureCode(input: ProcedureCodeInput): string;
