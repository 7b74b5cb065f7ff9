import type { Preference, Reason } from '../kit/index.js';
import type { CivilLeg, DossierPush, DossierRecord, LegRecord, LegStatus, MojStatus } from './state.js';
/** Where the civil-status leg of an accepted dossier goes. */
export interface LegTarget {
    readonly ma: CivilLeg;
    readonly maHoSo: string;
    readonly maDonVi: string;
    readonly maXaDangKy: string;
    readonly provinceCode: string;
}
/** The decision on a pushed dossier: accepted with its leg target, or a 422 with reasons. */
export type PushCheck = {
    readonly ok: true;
    readonly target: LegTarget;
} | {
    readonly ok: false;
    readonly code: string;
    readonly lyDo: readonly Reason[];
};
/**
 * The civil-status leg of a group: birth (`KS`) in group 1, death (`KT`) in group 2.
 * @see DOMAIN.md §3 step 4, §4 step 3; specs/tinh.yaml `tinhReceiveDossier`
 */
export declare function civilLegOf(group: 'NHOM_1' | 'NHOM_2'): CivilLeg;
/** The province code of a provincial agency code `000.00.00.H{nn}`, else undefined. */
export declare function provinceOfAgency(agencyCode: string): string | undefined;
/**
 * Checks a pushed dossier before it is recorded:
 * 1. the dossier and the e-form are of the same group, and the dossier has the civil-status leg;
 * 2. the e-form carries the evidence of the event (birth certificate or witness; death notice or
 *    replacing document) the civil-status software needs;
 * 3. the registering commune (the mother's permanent residence for a birth, the deceased's last
 *    residence for a death) exists and lies in the province of the receiving agency, else 422
 *    `KHONG_THUOC_DIA_BAN`.
 * @see specs/tinh.yaml `tinhReceiveDossier` (422 KHONG_THUOC_DIA_BAN); DOMAIN.md §3 step 4 ("the
 * competent commune is the parent's place of residence"), §4 step 3 ("the last residence of the
 * deceased"); Luật Hộ tịch 60/2014/QH13 Art. 13, 32
 */
export declare function checkPush(push: DossierPush): PushCheck;
/**
 * The province's own dossier id and receipt number from its yearly sequence:
 * `T{province}-{yyyy}-{MMdd}-{NNNNNN}` and `{province}-{yyyy}-{MMdd}-{NNNNNN}`.
 * @see specs/tinh.yaml `ProvinceReceipt` (examples `TH-2026-0915-000107`, `38-2026-0915-000107`)
 */
export declare function receiptNumbers(provinceCode: string, now: Date, sequence: number): {
    readonly maHoSoTinh: string;
    readonly soBienNhan: string;
};
/** What a civil-status answer means: the leg status and the report it calls for (if any). */
export interface LegOutcome {
    readonly trangThai: LegStatus;
    readonly report: 'HOAN_THANH' | 'YEU_CAU_BO_SUNG' | 'TU_CHOI' | null;
}
/**
 * Maps a MOJ registration status to the leg: 4 registered → HOAN_THANH; 2 supplement needed →
 * YEU_CAU_BO_SUNG; 0 error → TU_CHOI (the record is final, the anchor leg is refused); 1 received
 * and 3 eligible → still processing, reported once decided.
 * @see DOMAIN.md §7 (MOJ statuses 1/2/3/4/0; leg statuses); specs/tinh.yaml item 3
 */
export declare function outcomeOfMojStatus(status: MojStatus): LegOutcome;
/**
 * How the civil-status software's HTTP answer is taken: 429 and 5xx mean it is unavailable (the
 * province tries again later); any other 4xx refuses the registration (TU_CHOI with its reasons).
 * @see specs/hotich.yaml `hotichRegisterBirth` (409, 422 problems)
 */
export declare function isUnavailableStatus(status: number): boolean;
/**
 * The dossier status the province syncs (DVCQG 1–10): a final status the hub announced (7–10)
 * wins; a withdrawn dossier is 7; otherwise it follows the civil-status leg — 2 until forwarded,
 * 4 while processing (and after registration, while the hub runs the other legs), 5 while a
 * supplement is awaited, 8 when the anchor leg is refused.
 * @see DOMAIN.md §7 (status table; group status rules)
 */
export declare function dossierStatus(record: Pick<DossierRecord, 'leg' | 'withdrawn' | 'hubStatus'>): number;
/** Group statuses an event makes final for the province: withdrawn, stopped, done, delivered. */
export declare const FINAL_HUB_STATUSES: readonly number[];
/**
 * Withdrawal is allowed only before the civil-status step completes: not once the birth or death
 * is registered, nor after the dossier ended (refused, withdrawn, stopped).
 * @see DOMAIN.md §3 "Withdrawal … allowed only before step 4 completes"; specs/tinh.yaml
 * `tinhReceiveWithdrawal` (409 REGISTRATION_ALREADY_DONE)
 */
export declare function withdrawalBlock(record: Pick<DossierRecord, 'leg' | 'withdrawn' | 'hubStatus'>): 'REGISTERED' | 'CLOSED' | null;
/**
 * Retry policy of a leg-result report the hub did not acknowledge (any non-2xx answer): the same
 * request (same `Idempotency-Key`, same body) is sent again by a clock timer after 5, 10, 20 and
 * 40 minutes, and also whenever the hub pushes something about the dossier (event, supplement,
 * withdrawal); after 5 attempts it is FAILED and left to the hub's reconciliation
 * (`tinhGetDossierStatus` shows `daBaoCao: false`). Progress updates are best effort: recorded,
 * never retried (the next step supersedes them).
 * @see specs/tinh.yaml items 1, 3, 6; specs/common.yaml `IdempotencyKey`
 */
export declare const REPORT_RETRY: {
    readonly maxAttempts: 5;
    readonly firstDelayMs: number;
};
/** Delay before the next attempt after `attempts` failed ones (5, 10, 20, 40 minutes). */
export declare function retryDelayMs(attempts: number): number;
/**
 * Retry policy of forwarding to an unavailable civil-status software: every 30 minutes, at most
 * 4 attempts in all; then the leg is LOI (visible in the status query), nothing is reported.
 * @see specs/tinh.yaml item 2 ("forward the civil-status step the same working day")
 */
export declare const FORWARD_RETRY: {
    readonly maxAttempts: 4;
    readonly delayMs: number;
};
/** Outcomes a `Prefer` header may force on a pushed dossier or supplement. */
export declare const CIVIL_OUTCOMES: readonly ["register", "pending", "supplement", "error", "refuse"];
/**
 * The `Prefer` header forwarded to the civil-status software when the hub forces a civil-status
 * outcome (`outcome=supplement; reason=…`, `outcome=error; maLoi=…`), else none.
 * @see specs/tinh.yaml ("The hub may send Prefer, which only the simulated province honours")
 */
export declare function forwardedPrefer(prefer: Preference): string | undefined;
/** The leg status once a withdrawal is accepted. */
export declare function withdrawnLeg(leg: LegRecord): LegRecord;
