/**
 * Numbers of the documents the commune police issue on the residence legs. Their real numbering
 * is not published, so the whole format is a SANDBOX DEFAULT:
 * `{formCode}-{maXa}-{yyyy}-{NNNNNN}`, e.g. `CT08-25459-2026-000123`, where `formCode` names the
 * document, `maXa` is the 5-digit code of the issuing commune, `yyyy` the year of issue and
 * `NNNNNN` a yearly sequence per commune and form, from 000001.
 */
import type { Result } from '../../../contracts/result.js';
import type { IdentifierError } from './errors.js';
/** Which residence document a number belongs to. */
export type ResidenceNoticeKind = 'RESULT_NOTICE' | 'REFUSAL_SLIP' | 'DEREGISTRATION_NOTICE';
/** A kind's form code and what the document is. */
export interface ResidenceNoticeKindInfo {
    readonly formCode: string;
    readonly title: string;
}
/**
 * The kinds and their form codes: the TT 66/2023/TT-BCA form numbers where a form exists, and
 * `XTT` (the deregistration leg code) for the deregistration notice, whose form is not known.
 * @see DOMAIN.md §3 step 8a, §4 step 5, §11 #18; GLOSSARY.md (CT01 / CT06 / CT08); TT 66/2023/TT-BCA
 */
export declare const RESIDENCE_NOTICE_KINDS: Readonly<Record<ResidenceNoticeKind, ResidenceNoticeKindInfo>>;
/** The fields of a residence notice number. */
export interface ResidenceNoticeFields {
    readonly kind: ResidenceNoticeKind;
    readonly formCode: string;
    /** 5-digit code of the issuing commune, ward or special zone. */
    readonly maXa: string;
    readonly year: number;
    /** Yearly sequence, 1–999999. */
    readonly seq: number;
}
/** Input of {@link generateResidenceNoticeNumber}. */
export type ResidenceNoticeInput = Omit<ResidenceNoticeFields, 'formCode'>;
/** What the caller knows; each given field must match the number. */
export interface ResidenceNoticeExpectations {
    readonly kind?: ResidenceNoticeKind;
}
/**
 * Reads a residence notice number (SANDBOX DEFAULT format).
 * @see DOMAIN.md §3 step 8a, §4 step 5
 */
export declare function parseResidenceNoticeNumber(value: string): Result<ResidenceNoticeFields, IdentifierError>;
/**
 * Checks a residence notice number and, when given, its kind.
 * @see DOMAIN.md §3 step 8a, §4 step 5
 */
export declare function validateResidenceNoticeNumber(value: string, expected?: ResidenceNoticeExpectations): Result<ResidenceNoticeFields, IdentifierError>;
/**
 * Composes a residence notice number; throws {@link InvalidIdentifierInputError} on bad parts.
 * @see DOMAIN.md §3 step 8a, §4 step 5
 */
export declare function generateResidenceNoticeNumber(input: ResidenceNoticeInput): string;
