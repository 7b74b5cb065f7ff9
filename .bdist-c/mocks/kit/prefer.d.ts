import { type Result } from '../../contracts/result.js';
/**
 * A decoded `Prefer` header (RFC 7240) as the mocks use it to force an outcome:
 * `outcome=refuse; reason=CHU_HO_CHUA_DONG_Y`, `code=503`, `outcome=error; maLoi=106`.
 */
export interface Preference {
    readonly outcome?: string;
    readonly reason?: string;
    readonly code?: number;
    /** Every other `name=value` pair, lower-cased names. */
    readonly extra: Readonly<Record<string, string>>;
}
/** Why a `Prefer` header could not be used. */
export interface PreferError {
    readonly detail: string;
}
/**
 * Parses `Prefer` into a {@link Preference}. Values may be quoted. A malformed header, a
 * repeated name, a non-numeric or out-of-range `code`, or an outcome the operation does not know
 * is an error (answered as a 400 problem), never silently ignored (STYLE.md rule 9).
 */
export declare function parsePrefer(header: unknown, allowedOutcomes: readonly string[]): Result<Preference, PreferError>;
