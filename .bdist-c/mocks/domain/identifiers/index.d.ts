/**
 * Identifiers of the linked birth and death procedures: pure functions, no I/O.
 *
 * Each identifier has `parse*` (structure and intrinsic rules → fields), `validate*` (the same
 * plus what the caller expects, e.g. the holder's birth year) and `generate*` (an injected RNG,
 * never `Math.random`). Failures are values: `{ ok: false, error: { code, detail } }` with a
 * stable code from {@link IDENTIFIER_ERRORS}; generators throw
 * {@link InvalidIdentifierInputError} on input the caller should have checked.
 * @see DOMAIN.md §6, §11
 */
export type { IdentifierError, IdentifierErrorCode, InvalidInputCode } from './errors.js';
export { IDENTIFIER_ERRORS, InvalidIdentifierInputError, identifierError } from './errors.js';
export type { RandomSource } from './random-digits.js';
export type { IdProvince } from './province-codes.js';
export { ID_PROVINCES, POST_2025_PROVINCES_FROM, POST_2025_PROVINCE_CODES, findIdProvince, isKnownProvinceCode, isPost2025ProvinceCode, } from './province-codes.js';
export type { IdSex, PersonalIdExpectations, PersonalIdFields, PersonalIdInput, } from './personal-id.js';
export { CENTURY_SEX_DIGITS, generateLegacyIdNumber, generatePersonalId, parsePersonalId, validateLegacyIdNumber, validatePersonalId, } from './personal-id.js';
export type { BhxhCodeFields, BhxhCodeFormat, BhxhCodeInput, BhxhCodeSegment, } from './bhxh-code.js';
export { OPAQUE_BHXH_CODE_FORMAT, SANDBOX_BHXH_CODE_FORMAT, defineBhxhCodeFormat, generateBhxhCode, parseBhxhCode, validateBhxhCode, } from './bhxh-code.js';
export type { BhytCardExpectations, BhytCardFields, BhytCardInput } from './bhyt-card.js';
export { CHILD_BENEFICIARY_GROUP, CHILD_BENEFIT_LEVEL, generateBhytCardNumber, parseBhytCardNumber, validateBhytCardNumber, } from './bhyt-card.js';
export type { ChildCardValidityRule, ValidityPeriod } from './child-card-validity.js';
export { CHILD_CARD_RULE_DECREE_146, CHILD_CARD_RULE_LAW_TEXT, childCardValidity, defineChildCardValidityRule, isCoveredByChildCard, } from './child-card-validity.js';
export type { CertificateCodeExpectations, CertificateCodeFields, CertificateCodeInput, CertificateKind, } from './certificate-code.js';
export { CERTIFICATE_KINDS, generateBirthCertificateCode, generateDeathNoticeCode, parseBirthCertificateCode, parseDeathNoticeCode, validateBirthCertificateCode, validateDeathNoticeCode, } from './certificate-code.js';
export type { ProcedureCodeFields, ProcedureCodeInput, ProcedureCodeOptions, } from './procedure-code.js';
export { generateProcedureCode, parseProcedureCode, validateProcedureCode, } from './procedure-code.js';
export type { AgencyCodeFields, AgencyCodeInput, SandboxAgencyCode } from './agency-code.js';
export { AGENCY_CODE_PATTERN, AGENCY_LEVEL1_TYPES, generateAgencyCode, parseAgencyCode, sandboxAgencyCode, validateAgencyCode, } from './agency-code.js';
export type { DossierCodeExpectations, DossierCodeFields, DossierCodeFormat, DossierCodeParts, DossierLeg, } from './dossier-code.js';
export { DOSSIER_LEGS, SANDBOX_DOSSIER_CODE_FORMAT, SANDBOX_DOSSIER_CODE_TEMPLATE, createDossierCodeFormat, generateDossierCode, isDossierLeg, parseDossierCode, validateDossierCode, } from './dossier-code.js';
export type { ResidenceNoticeExpectations, ResidenceNoticeFields, ResidenceNoticeInput, ResidenceNoticeKind, ResidenceNoticeKindInfo, } from './residence-notice.js';
export { RESIDENCE_NOTICE_KINDS, generateResidenceNoticeNumber, parseResidenceNoticeNumber, validateResidenceNoticeNumber, } from './residence-notice.js';
export type { ToneMarkStyle } from './tone-mark.js';
export { toneMarkCanonical } from './tone-mark.js';
export { nameKey, namesEqual, normalizeName } from './vietnamese-name.js';
