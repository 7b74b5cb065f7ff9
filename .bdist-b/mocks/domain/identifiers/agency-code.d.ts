/**
 * Agency code (mã định danh cơ quan) under QCVN 102:2016/BTTTT: `ddd.dd.dd.Xdd`, four levels
 * read right to left (level 1 is the rightmost segment, e.g. `H38`).
 */
import type { Result } from '../../../contracts/result.js';
import type { IdentifierError } from './errors.js';
/** The four levels of an agency code. */
export interface AgencyCodeFields {
    readonly code: string;
    /** Level 1, the rightmost segment: a letter and two digits, e.g. `'H38'`. */
    readonly level1: string;
    /** Level 2, e.g. `'00'`. */
    readonly level2: string;
    /** Level 3, e.g. `'00'`. */
    readonly level3: string;
    /** Level 4, the leftmost segment, e.g. `'000'`. */
    readonly level4: string;
    /** What the level-1 letter denotes, when known (`H`, `G`). */
    readonly level1Type?: string;
}
/** Input of {@link generateAgencyCode}: the four segments. */
export type AgencyCodeInput = Pick<AgencyCodeFields, 'level1' | 'level2' | 'level3' | 'level4'>;
/** A sandbox agency code, never to be mistaken for a real one. */
export interface SandboxAgencyCode {
    readonly code: string;
    readonly provinceCode: string;
    readonly sandbox: true;
}
/**
 * Known level-1 letters.
 * @see DOMAIN.md §6.4; QCVN 102:2016/BTTTT
 */
export declare const AGENCY_LEVEL1_TYPES: Readonly<Record<string, string>>;
/**
 * The agency-code pattern, shared with dossier-code templates.
 * @see DOMAIN.md §6.4
 */
export declare const AGENCY_CODE_PATTERN: string;
/**
 * Reads an agency code into its four levels.
 * @see DOMAIN.md §6.4; QCVN 102:2016/BTTTT
 */
export declare function parseAgencyCode(value: string): Result<AgencyCodeFields, IdentifierError>;
/**
 * Checks an agency code; the same rules as {@link parseAgencyCode}.
 * @see DOMAIN.md §6.4
 */
export declare function validateAgencyCode(value: string): Result<AgencyCodeFields, IdentifierError>;
/**
 * Composes an agency code from its levels; throws {@link InvalidIdentifierInputError} when the
 * segments do not form `ddd.dd.dd.Xdd`.
 * @see DOMAIN.md §6.4
 */
export declare function generateAgencyCode(input: AgencyCodeInput): string;
/**
 * SANDBOX DEFAULT agency code of a post-2025 province's People's Committee,
 * `000.00.00.H{code}`, flagged `sandbox: true`. Sandbox codes collide with real ones (real
 * Thanh Hóa is H56, sandbox Thanh Hóa is H38), so keep the flag with the code. Throws
 * {@link InvalidIdentifierInputError} unless the code is one of the 34 provinces.
 * @see DOMAIN.md §6.4, §11 #9
 */
export declare function sandboxAgencyCode(provinceCode: string): SandboxAgencyCode;
