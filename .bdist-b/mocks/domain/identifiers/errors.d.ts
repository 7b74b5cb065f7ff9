/**
 * The catalogue of identifier rule failures (STYLE.md rules 5–6): every `validate*` / `parse*`
 * failure names exactly one of these stable codes. Details never echo the identifier or any
 * other personal data, so they are safe to log and to return in a problem response.
 */
/**
 * Stable SCREAMING_SNAKE codes, each with its one-line English title.
 * @see DOMAIN.md §6
 */
export declare const IDENTIFIER_ERRORS: {
    readonly PERSONAL_ID_FORMAT: "Personal ID number is not 12 digits";
    readonly PERSONAL_ID_UNKNOWN_PROVINCE: "Personal ID number opens with an unknown province code";
    readonly PERSONAL_ID_BIRTH_YEAR_MISMATCH: "Personal ID number encodes another birth year";
    readonly PERSONAL_ID_SEX_MISMATCH: "Personal ID number encodes the other sex";
    readonly LEGACY_ID_FORMAT: "Legacy ID card (CMND) number is not 9 digits";
    readonly BHXH_CODE_FORMAT: "Social-insurance code is not 10 digits";
    readonly BHXH_CODE_UNKNOWN_PROVINCE: "Social-insurance code opens with an unknown province code";
    readonly BHYT_CARD_FORMAT: "BHYT card number does not match the 15-character card pattern";
    readonly BHYT_CARD_UNKNOWN_PROVINCE: "BHYT card number carries an unknown province code";
    readonly BHYT_CARD_CHILD_LEVEL: "BHYT card for a child under 6 (TE) must have benefit level 1";
    readonly BHYT_CARD_BHXH_CODE_MISMATCH: "BHYT card number carries another social-insurance code";
    readonly BHYT_CARD_CHILD_NOT_TE: "BHYT card of a child within the under-6 cover must be a TE1 card";
    readonly BHYT_CARD_TE_EXPIRED: "BHYT card is a TE card but the holder is past the under-6 cover";
    readonly CERTIFICATE_CODE_FORMAT: "Certificate code does not match XXXXX.KIND.ZZZZZ.YY";
    readonly CERTIFICATE_CODE_WRONG_KIND: "Certificate code is of another kind (GCS or GBT)";
    readonly CERTIFICATE_CODE_SEQUENCE_ZERO: "Certificate code has sequence number 00000";
    readonly CERTIFICATE_CODE_FACILITY_MISMATCH: "Certificate code names another health facility";
    readonly CERTIFICATE_CODE_YEAR_MISMATCH: "Certificate code names another year";
    readonly PROCEDURE_CODE_FORMAT: "Procedure (TTHC) code does not match d.dddddd[.Xdd]";
    readonly PROCEDURE_CODE_PROVINCIAL_NOT_ALLOWED: "Procedure (TTHC) code has a provincial suffix";
    readonly AGENCY_CODE_FORMAT: "Agency code does not match ddd.dd.dd.Xdd (QCVN 102:2016)";
    readonly DOSSIER_CODE_FORMAT: "Dossier code does not match the configured template";
    readonly DOSSIER_CODE_UNKNOWN_LEG: "Dossier code ends with an unknown leg suffix";
    readonly DOSSIER_CODE_INVALID_DATE: "Dossier code carries a date that does not exist";
    readonly DOSSIER_CODE_SEQUENCE_ZERO: "Dossier code has sequence number 0";
    readonly DOSSIER_CODE_LEG_MISMATCH: "Dossier code belongs to another leg";
    readonly DOSSIER_CODE_GROUP_MISMATCH: "Dossier code belongs to another linked group";
    readonly RESIDENCE_NOTICE_FORMAT: "Residence notice number does not match FORM-maXa-yyyy-NNNNNN";
    readonly RESIDENCE_NOTICE_UNKNOWN_FORM: "Residence notice number opens with an unknown form code";
    readonly RESIDENCE_NOTICE_SEQUENCE_ZERO: "Residence notice number has sequence number 000000";
    readonly RESIDENCE_NOTICE_KIND_MISMATCH: "Residence notice number is of another kind";
};
/** One of the stable identifier failure codes. */
export type IdentifierErrorCode = keyof typeof IDENTIFIER_ERRORS;
/** Why an identifier was rejected: the rule (stable code) and an English detail. */
export interface IdentifierError {
    readonly code: IdentifierErrorCode;
    readonly detail: string;
}
/**
 * Builds an {@link IdentifierError}; the detail defaults to the catalogue title.
 * @see IDENTIFIER_ERRORS
 */
export declare function identifierError(code: IdentifierErrorCode, detail?: string): IdentifierError;
/** Why a generator or calculator refused its input. */
export type InvalidInputCode = 'UNKNOWN_PROVINCE_CODE' | 'PROVINCE_CODE_NOT_IN_USE' | 'INVALID_DATE' | 'OUT_OF_RANGE' | 'INVALID_FORMAT' | 'RANDOM_OUT_OF_RANGE' | 'INVALID_TEMPLATE' | 'INVALID_RULE';
/**
 * Thrown when a generator, a calculator or a format factory gets input the caller was meant to
 * have checked (an unknown province, an impossible date, an RNG outside [0, 1)): a bug, not an
 * expected failure (STYLE.md rule 6).
 * @see STYLE.md rule 6
 */
export declare class InvalidIdentifierInputError extends Error {
    readonly name = "InvalidIdentifierInputError";
    readonly code: InvalidInputCode;
    constructor(code: InvalidInputCode, message: string);
}
