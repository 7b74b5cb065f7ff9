/**
 * Decisions of the health-facility mock: pure functions of the request, the facility catalogue,
 * the register's answer and the clock.
 */
import type { components } from '../../contracts/generated/yte.js';
import type { YteReasonCode } from './problems.js';
type BirthCertificateRequest = components['schemas']['BirthCertificateRequest'];
type DeathNoticeRequest = components['schemas']['DeathNoticeRequest'];
type MotherDetails = components['schemas']['MotherDetails'];
type DeathNoticePerson = components['schemas']['DeathNoticePerson'];
/** Days within which a birth outside a facility must be declared. @see DOMAIN.md §8 (GCS) */
export declare const OUT_OF_FACILITY_DECLARATION_DAYS = 30;
/**
 * Why a birth certificate cannot be issued as asked, before the mother is checked: a time of
 * birth in the future, a birth order beyond the number of babies, a facility birth certified by
 * another facility, a birth outside a facility declared after 30 days.
 * @see specs/yte.yaml `yteIssueBirthCertificate`; DOMAIN.md §8 "GCS, Mẫu 01" (births outside
 * a facility: declare within 30 days); TT 22/2025/TT-BYT
 */
export declare function birthRequestReasons(req: BirthCertificateRequest, now: Date): YteReasonCode[];
/**
 * Why a death notice cannot be issued as asked: a death in the future, a death before the
 * admission, an admission time that contradicts "died on the way to emergency care" (present
 * when the person died on the way, missing otherwise).
 * @see specs/yte.yaml `yteIssueDeathNotice`; DOMAIN.md §8 "GBT, Mẫu 05"; TT 25/2025/TT-BYT
 */
export declare function deathRequestReasons(req: DeathNoticeRequest, now: Date): YteReasonCode[];
/** What the population register says of a person (from `dancuLookupCitizen`). */
export interface RegisterEntry {
    readonly hoTen?: string | null;
    readonly ngaySinh?: string | null;
}
/**
 * Whether the person on a certificate is the person in the register: same name (up to case and
 * tone placement, since medical forms write names in CAPITALS) and same date of birth.
 * @see DOMAIN.md §8 (names in CAPITALS); mocks/domain/identifiers `namesEqual`
 */
export declare function matchesRegister(declared: {
    readonly hoTen: string;
    readonly ngaySinh: string;
}, entry: RegisterEntry): boolean;
/**
 * The key of the mother on a certificate: her ID number, else her other identity document.
 * @see specs/yte.yaml `MotherDetails` (exactly one of `soDinhDanh`, `giayToKhac`)
 */
export declare function motherKey(mother: MotherDetails): string;
/**
 * The key that identifies one baby at its facility: a facility certifies a baby once (same
 * mother, time of birth and birth order); twins get one certificate each.
 * @see specs/yte.yaml `yteIssueBirthCertificate` (409 `GIAY_CHUNG_SINH_TRUNG_LAP`); DOMAIN.md §6.3
 */
export declare function babyKey(facilityCode: string, mother: MotherDetails, birthTime: string, birthOrder: number): string;
/**
 * The key of the deceased: the ID number, else the identity document, else name and date of
 * birth. One notice per person.
 * @see specs/yte.yaml `yteIssueDeathNotice` (409 `GIAY_BAO_TU_TRUNG_LAP`)
 */
export declare function deceasedKey(person: DeathNoticePerson): string;
/**
 * The year of a certificate code (`YY`): the year of the event in Vietnamese time, as the
 * population numbers its certificates.
 * @see DOMAIN.md §6.3; mocks/domain/population/certificates.ts
 */
export declare function certificateYear(eventTime: string): number;
export {};
