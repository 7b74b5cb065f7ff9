/**
 * Dossier code (mã hồ sơ). The national format is unknown, so it is a template compiled once;
 * the SANDBOX DEFAULT is `{agency}-{yyMMdd}-{seq4}`, and each leg appends `-KS`, `-TT`, ….
 */
import type { Result } from '../../../contracts/result.js';
import type { IdentifierError } from './errors.js';
/** Leg suffix of a linked dossier. */
export type DossierLeg = 'KS' | 'TT' | 'BHYT' | 'CC' | 'KT' | 'XTT' | 'MT' | 'TU';
/**
 * The legs and what each one is.
 * @see DOMAIN.md §6.5; GLOSSARY.md
 */
export declare const DOSSIER_LEGS: Readonly<Record<DossierLeg, string>>;
/**
 * SANDBOX DEFAULT template.
 * @see DOMAIN.md §6.5, §11 #7; specs/common.yaml#/components/schemas/DossierCode
 */
export declare const SANDBOX_DOSSIER_CODE_TEMPLATE = "{agency}-{yyMMdd}-{seq4}";
/** A compiled template: build it with {@link createDossierCodeFormat}. */
export interface DossierCodeFormat {
    readonly template: string;
    readonly pattern: RegExp;
    readonly dateDigits: 6 | 8;
    readonly seqDigits: number;
    readonly render: (values: {
        agency: string;
        date: string;
        seq: string;
    }) => string;
}
/** The parts of a dossier code; `date` is `yyyy-MM-dd`. */
export interface DossierCodeParts {
    readonly agency: string;
    readonly date: string;
    readonly seq: number;
    readonly leg?: DossierLeg;
}
/** The fields of a dossier code: its parts and the code of its group (without the leg). */
export interface DossierCodeFields extends DossierCodeParts {
    readonly groupCode: string;
}
/** What the caller knows; each given field must match the code. */
export interface DossierCodeExpectations {
    readonly leg?: DossierLeg;
    readonly groupCode?: string;
}
/**
 * Compiles a template once (STYLE.md rule 8). Tokens: `{agency}` (a QCVN 102 agency code),
 * `{yyMMdd}` or `{yyyyMMdd}`, `{seqN}` (N = 1–9 zero-padded digits), each exactly once; the
 * rest is literal. Throws {@link InvalidIdentifierInputError} on a bad template.
 * @see DOMAIN.md §6.5, §11 #7
 */
export declare function createDossierCodeFormat(template?: string): DossierCodeFormat;
/**
 * The SANDBOX DEFAULT format, `{agency}-{yyMMdd}-{seq4}`.
 * @see DOMAIN.md §6.5
 */
export declare const SANDBOX_DOSSIER_CODE_FORMAT: DossierCodeFormat;
/**
 * Reads a dossier code: template match, known leg, a real date, sequence from 1.
 * @see DOMAIN.md §6.5
 */
export declare function parseDossierCode(value: string, format?: DossierCodeFormat): Result<DossierCodeFields, IdentifierError>;
/**
 * Checks a dossier code and, when given, its leg and the group it belongs to.
 * @see DOMAIN.md §6.5
 */
export declare function validateDossierCode(value: string, expected?: DossierCodeExpectations, format?: DossierCodeFormat): Result<DossierCodeFields, IdentifierError>;
/**
 * Composes a dossier code (a group code, or a leg code when `leg` is given); throws
 * {@link InvalidIdentifierInputError} on parts that cannot form a valid code.
 * @see DOMAIN.md §6.5
 */
export declare function generateDossierCode(parts: DossierCodeParts, format?: DossierCodeFormat): string;
/**
 * Whether a string is one of the leg suffixes.
 * @see DOSSIER_LEGS
 */
export declare function isDossierLeg(value: string): value is DossierLeg;
