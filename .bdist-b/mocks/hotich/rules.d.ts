/**
 * Pure decisions of the civil-status software: timing, competence, evidence matching, duplicates
 * and the documents issued. No I/O; the handlers feed them what the partner systems answered.
 * @see DOMAIN.md §3 steps 4–6, §4 step 3, §5, §7
 */
import type { components as dancu } from '../../contracts/generated/dancu.js';
import type { components } from '../../contracts/generated/hotich.js';
import type { components as yte } from '../../contracts/generated/yte.js';
import { type HolidayCalendar } from '../domain/calendar/index.js';
import type { Reason } from '../kit/index.js';
import { type MojErrorCode } from './problems.js';
type Schemas = components['schemas'];
/** A MOJ registration status: 0 error, 1 received, 2 supplement needed, 3 eligible, 4 registered. */
export type MojStatus = Schemas['MojRegistrationStatus'];
/**
 * The status in words, as the MOJ software shows it.
 * @see DOMAIN.md §7; specs/hotich.yaml `StatusText`
 */
export declare const STATUS_TEXT: Readonly<Record<MojStatus, string>>;
/** When a complete dossier is decided. */
export interface Timing {
    /** Received on a working day up to the cut-off: registered at once. */
    readonly immediate: boolean;
    /** When a dossier that is not decided at once is registered (opening of the counting day). */
    readonly dueAt: Date;
    /** The registration deadline (`hanXuLy`): closing time of the last working day of the limit. */
    readonly hanXuLy: Date;
}
/** Opening of the counters; a dossier counted from a later day is registered then. */
export declare const OPENING_TIME = "07:30";
/**
 * Same working day with the 15:00 cut-off: a complete dossier received on a working day up to
 * the cut-off is registered that day (here: at once); one received later, or on a day off, counts
 * from the next working day and is registered when its counters open.
 * @see DOMAIN.md §5 ("Birth registration: same WD … after 15:00 counts from the next WD");
 * Decree 63/2024 Art. 8; SANDBOX DEFAULT counter hours 07:30–11:30, 13:00–17:00
 */
export declare function registrationTiming(calendar: HolidayCalendar, received: Date, cutoff: string, limitWorkingDays: number): Timing;
/**
 * The supplement deadline (`hanBoSung`): 7 working days, closing time of the last one.
 * @see DOMAIN.md §3 "Supplement" (Decree 63/2024 Art. 8: 7 WD, otherwise rejected)
 */
export declare function supplementDeadline(calendar: HolidayCalendar, now: Date, workingDays: number): Date;
/**
 * Whether the supplement deadline has passed.
 * @see DOMAIN.md §3 "Supplement"
 */
export declare function isSupplementExpired(hanBoSung: string, now: Date): boolean;
/** The registering agency, when `maDonVi` and `maXaDangKy` agree. */
export type AgencyCheck = {
    readonly ok: true;
    readonly provinceCode: string;
} | {
    readonly ok: false;
    readonly provinceCode: string;
    readonly maLoi: MojErrorCode;
    readonly lyDo: Reason;
};
/**
 * The registering commune must exist and `maDonVi` must be the (sandbox) agency of its province;
 * otherwise status 0 with MOJ error 106 AGENCY_ID_INCORRECT.
 * @see specs/hotich.yaml `MojErrorCode` (106); DOMAIN.md §6.4 (sandbox agency codes), §6.6
 */
export declare function checkRegisteringAgency(maDonVi: string, maXaDangKy: string): AgencyCheck;
/**
 * The competent commune is where a parent (birth) or the deceased (death) resides.
 * @see Luật Hộ tịch 60/2014/QH13 Art. 13 (birth), Art. 32 (death); DOMAIN.md §3 step 4, §4 step 3
 */
export declare function isCompetentCommune(maXaDangKy: string, residenceCommunes: readonly (string | undefined)[]): boolean;
/**
 * The group dossier code of a leg code (`…-0007-KS` → `…-0007`); a group code is its own group.
 * @see DOMAIN.md §6.5 (leg suffixes)
 */
export declare function groupCodeOf(maHoSo: string): string;
/**
 * The child's name in full: `hoTen`, or the parts joined (surname, middle name, given name).
 * @see specs/hotich.yaml `ChildDetails`, `RegisteredChild`
 */
export declare function childFullName(child: Schemas['ChildDetails']): string;
/**
 * The identity of a child for duplicate detection: mother, date of birth and birth order.
 * @see specs/hotich.yaml `hotichRegisterBirth` (409 KHAI_SINH_TRUNG_LAP)
 */
export declare function childKey(motherId: string, birthDate: string, birthOrder: number): string;
/**
 * What the medical birth certificate contradicts in the request: the mother's ID number (or
 * name and date of birth when the certificate has no ID number), the date of birth and the sex.
 * @see specs/hotich.yaml `GIAY_CHUNG_SINH_KHONG_KHOP`; TT 22/2025/TT-BYT (Mẫu 01)
 */
export declare function birthCertificateMismatches(request: Schemas['BirthRegistrationRequest'], certificate: yte['schemas']['BirthCertificate']): Reason[];
/**
 * Why the mother, as the population database knows her, cannot be the mother of a registered
 * birth: recorded dead. (The purpose KHAI_SINH does not release `ngayMat`, so any recorded death
 * refuses; a mother who died in childbirth is registered on the witness of the facility.)
 * @see specs/hotich.yaml `ME_DA_CHET`; SECURITY.md §3 (fields of KHAI_SINH)
 */
export declare function motherRefusal(record: dancu['schemas']['CitizenRecord']): Reason | undefined;
/**
 * What a birth dossier still lacks: the mother's ID number, and the parents' marriage
 * certificate when a father is declared (otherwise it is a recognition of parentage, 1.000689).
 * @see specs/hotich.yaml `BirthRegistration` example (THIEU_GIAY_CHUNG_NHAN_KET_HON); DOMAIN.md §1
 */
export declare function missingBirthDocuments(request: Schemas['BirthRegistrationRequest']): Reason[];
/**
 * What the medical death notice contradicts in the request: the person and the day of death.
 * @see specs/hotich.yaml `GIAY_BAO_TU_KHONG_KHOP`; TT 25/2025/TT-BYT (Mẫu 05)
 */
export declare function deathNoticeMismatches(request: Schemas['DeathRegistrationRequest'], notice: yte['schemas']['DeathNotice']): Reason[];
/** "Trích lục khai tử" is renamed "Giấy chứng tử" from this day. */
export declare const DEATH_CERTIFICATE_FROM = "2027-03-01";
/**
 * The document a registered death yields: Trích lục khai tử, Giấy chứng tử from 01/03/2027.
 * @see DOMAIN.md §1 (Luật Hộ tịch 03/2026/QH16); specs/common.yaml `SignedDocument`
 */
export declare function deathDocumentKind(now: Date): 'TRICH_LUC_KHAI_TU' | 'GIAY_CHUNG_TU';
/**
 * The register book of a year (`quyenSo`): one book per commune and year in the sandbox.
 * @see Thông tư 04/2020/TT-BTP (sổ đăng ký khai sinh, khai tử)
 */
export declare function registerBook(now: Date): string;
export {};
