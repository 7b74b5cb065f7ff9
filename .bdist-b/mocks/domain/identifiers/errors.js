/**
 * The catalogue of identifier rule failures (STYLE.md rules 5–6): every `validate*` / `parse*`
 * failure names exactly one of these stable codes. Details never echo the identifier or any
 * other personal data, so they are safe to log and to return in a problem response.
 */
/**
 * Stable SCREAMING_SNAKE codes, each with its one-line English title.
 * @see DOMAIN.md §6
 */
export const IDENTIFIER_ERRORS = {
    PERSONAL_ID_FORMAT: 'Personal ID number is not 12 digits',
    PERSONAL_ID_UNKNOWN_PROVINCE: 'Personal ID number opens with an unknown province code',
    PERSONAL_ID_BIRTH_YEAR_MISMATCH: 'Personal ID number encodes another birth year',
    PERSONAL_ID_SEX_MISMATCH: 'Personal ID number encodes the other sex',
    LEGACY_ID_FORMAT: 'Legacy ID card (CMND) number is not 9 digits',
    BHXH_CODE_FORMAT: 'Social-insurance code is not 10 digits',
    BHXH_CODE_UNKNOWN_PROVINCE: 'Social-insurance code opens with an unknown province code',
    BHYT_CARD_FORMAT: 'BHYT card number does not match the 15-character card pattern',
    BHYT_CARD_UNKNOWN_PROVINCE: 'BHYT card number carries an unknown province code',
    BHYT_CARD_CHILD_LEVEL: 'BHYT card for a child under 6 (TE) must have benefit level 1',
    BHYT_CARD_BHXH_CODE_MISMATCH: 'BHYT card number carries another social-insurance code',
    BHYT_CARD_CHILD_NOT_TE: 'BHYT card of a child within the under-6 cover must be a TE1 card',
    BHYT_CARD_TE_EXPIRED: 'BHYT card is a TE card but the holder is past the under-6 cover',
    CERTIFICATE_CODE_FORMAT: 'Certificate code does not match XXXXX.KIND.ZZZZZ.YY',
    CERTIFICATE_CODE_WRONG_KIND: 'Certificate code is of another kind (GCS or GBT)',
    CERTIFICATE_CODE_SEQUENCE_ZERO: 'Certificate code has sequence number 00000',
    CERTIFICATE_CODE_FACILITY_MISMATCH: 'Certificate code names another health facility',
    CERTIFICATE_CODE_YEAR_MISMATCH: 'Certificate code names another year',
    PROCEDURE_CODE_FORMAT: 'Procedure (TTHC) code does not match d.dddddd[.Xdd]',
    PROCEDURE_CODE_PROVINCIAL_NOT_ALLOWED: 'Procedure (TTHC) code has a provincial suffix',
    AGENCY_CODE_FORMAT: 'Agency code does not match ddd.dd.dd.Xdd (QCVN 102:2016)',
    DOSSIER_CODE_FORMAT: 'Dossier code does not match the configured template',
    DOSSIER_CODE_UNKNOWN_LEG: 'Dossier code ends with an unknown leg suffix',
    DOSSIER_CODE_INVALID_DATE: 'Dossier code carries a date that does not exist',
    DOSSIER_CODE_SEQUENCE_ZERO: 'Dossier code has sequence number 0',
    DOSSIER_CODE_LEG_MISMATCH: 'Dossier code belongs to another leg',
    DOSSIER_CODE_GROUP_MISMATCH: 'Dossier code belongs to another linked group',
    RESIDENCE_NOTICE_FORMAT: 'Residence notice number does not match FORM-maXa-yyyy-NNNNNN',
    RESIDENCE_NOTICE_UNKNOWN_FORM: 'Residence notice number opens with an unknown form code',
    RESIDENCE_NOTICE_SEQUENCE_ZERO: 'Residence notice number has sequence number 000000',
    RESIDENCE_NOTICE_KIND_MISMATCH: 'Residence notice number is of another kind',
};
/**
 * Builds an {@link IdentifierError}; the detail defaults to the catalogue title.
 * @see IDENTIFIER_ERRORS
 */
export function identifierError(code, detail) {
    return { code, detail: detail ?? IDENTIFIER_ERRORS[code] };
}
/**
 * Thrown when a generator, a calculator or a format factory gets input the caller was meant to
 * have checked (an unknown province, an impossible date, an RNG outside [0, 1)): a bug, not an
 * expected failure (STYLE.md rule 6).
 * @see STYLE.md rule 6
 */
export class InvalidIdentifierInputError extends Error {
    name = 'InvalidIdentifierInputError';
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
