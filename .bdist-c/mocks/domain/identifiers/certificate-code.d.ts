/**
 * Codes of the medical documents that open both groups: the birth certificate (giấy chứng sinh,
 * `XXXXX.GCS.ZZZZZ.YY`) and the death notice (giấy báo tử, `XXXXX.GBT.ZZZZZ.YY`, SANDBOX DEFAULT).
 */
import type { Result } from '../../../contracts/result.js';
import type { IdentifierError } from './errors.js';
/** `GCS` = birth certificate, `GBT` = death notice. */
export type CertificateKind = 'GCS' | 'GBT';
/** The fields of a certificate code. */
export interface CertificateCodeFields {
    readonly kind: CertificateKind;
    /** `XXXXX`: yearly sequence number, 1–99999 (numbering from 00001 is our inference). */
    readonly sequence: number;
    /** `ZZZZZ`: 5-digit health-facility code. */
    readonly facilityCode: string;
    /** Full year, 2000 + `YY` (the codes exist only from 2025). */
    readonly year: number;
}
/** Input of the generators: the fields without the kind. */
export type CertificateCodeInput = Omit<CertificateCodeFields, 'kind'>;
/** What the caller knows; each given field must match the code. */
export interface CertificateCodeExpectations {
    readonly facilityCode?: string;
    readonly year?: number;
}
/**
 * What each kind is and where its format comes from.
 * @see DOMAIN.md §6.3, §11 #8; TT 22/2025/TT-BYT; CV 1165/BYT-KCB
 */
export declare const CERTIFICATE_KINDS: Readonly<Record<CertificateKind, string>>;
/**
 * Reads a birth-certificate code; a death-notice code is `CERTIFICATE_CODE_WRONG_KIND`.
 * @see DOMAIN.md §6.3; TT 22/2025/TT-BYT
 */
export declare function parseBirthCertificateCode(value: string): Result<CertificateCodeFields, IdentifierError>;
/**
 * Checks a birth-certificate code and, when given, its facility and year.
 * @see DOMAIN.md §6.3
 */
export declare function validateBirthCertificateCode(value: string, expected?: CertificateCodeExpectations): Result<CertificateCodeFields, IdentifierError>;
/**
 * Composes a birth-certificate code; throws {@link InvalidIdentifierInputError} on bad parts.
 * @see DOMAIN.md §6.3
 */
export declare function generateBirthCertificateCode(input: CertificateCodeInput): string;
/**
 * Reads a death-notice code (SANDBOX DEFAULT format).
 * @see DOMAIN.md §6.3, §11 #8
 */
export declare function parseDeathNoticeCode(value: string): Result<CertificateCodeFields, IdentifierError>;
/**
 * Checks a death-notice code and, when given, its facility and year.
 * @see DOMAIN.md §6.3, §11 #8
 */
export declare function validateDeathNoticeCode(value: string, expected?: CertificateCodeExpectations): Result<CertificateCodeFields, IdentifierError>;
/**
 * Composes a death-notice code; throws {@link InvalidIdentifierInputError} on bad parts.
 * @see DOMAIN.md §6.3, §11 #8
 */
export declare function generateDeathNoticeCode(input: CertificateCodeInput): string;
