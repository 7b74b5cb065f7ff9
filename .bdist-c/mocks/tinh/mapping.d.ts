/**
 * Domain → wire shapes of the simulated province: the civil-status requests built from the
 * citizen's e-form (Mẫu số 01 / 02), supplements, the leg-result reports and progress updates sent
 * to the hub, and the province's status view.
 * @see specs/hotich.yaml `BirthRegistrationRequest`, `DeathRegistrationRequest`; specs/lienthong.yaml
 * `LegResultReport`, `ProgressUpdate`; specs/tinh.yaml `ProvinceDossierStatus`
 */
import type { components as Hotich } from '../../contracts/generated/hotich.js';
import type { components as Hub } from '../../contracts/generated/lienthong.js';
import type { components as Tinh } from '../../contracts/generated/tinh.js';
import type { Reason } from '../kit/index.js';
import { type LegTarget } from './rules.js';
import type { DossierRecord } from './state.js';
type H = Hotich['schemas'];
type T = Tinh['schemas'];
/** A birth or death registration as the civil-status software answers it. */
export type Registration = H['BirthRegistration'] | H['DeathRegistration'];
/** The report body of `lienthongReportLegResult`. */
export type LegReport = Hub['schemas']['LegResultReport'];
/** The body of `lienthongUpdateProgress` (CapNhatTienDoHoSoMC). */
export type ProgressUpdate = Hub['schemas']['ProgressUpdate'];
/** The account name the province's automatic steps carry. */
export declare const SYSTEM_HANDLER = "H\u1EC7 th\u1ED1ng m\u1ED9t c\u1EEDa \u0111i\u1EC7n t\u1EED c\u1EA5p t\u1EC9nh";
/**
 * The birth registration request of a Mẫu số 01: the child, the mother, the father (at the
 * mother's address when he lives with her), the evidence, the requester, at the mother's commune.
 * @see DOMAIN.md §3 step 4; specs/hotich.yaml `hotichRegisterBirth`
 */
export declare function birthRequest(target: LegTarget, form: T['Group1Submission'], receivedAt: string): H['BirthRegistrationRequest'];
/**
 * The death registration request of a Mẫu số 02, at the deceased's last residence.
 * @see DOMAIN.md §4 step 3; specs/hotich.yaml `hotichRegisterDeath`
 */
export declare function deathRequest(target: LegTarget, form: T['Group2Submission'], receivedAt: string): H['DeathRegistrationRequest'];
/**
 * The blocks of a citizen's supplement that concern the birth registration (others, such as
 * residence or BHYT, go to the hub's legs). Only `noiDung` when none does.
 * @see specs/hotich.yaml `BirthSupplement`
 */
export declare function birthSupplement(boSung: T['SupplementSubmission'], form: T['Group1Submission']): H['BirthSupplement'];
/**
 * The blocks of a citizen's supplement that concern the death registration.
 * @see specs/hotich.yaml `DeathSupplement`
 */
export declare function deathSupplement(boSung: T['SupplementSubmission']): H['DeathSupplement'];
/**
 * The report of a decided registration: HOAN_THANH with the signed Giấy khai sinh or Trích lục
 * khai tử (and the child's ID number for KS), YEU_CAU_BO_SUNG with what to supply and by when,
 * TU_CHOI with the reasons. `undefined` while undecided (status 1, 3).
 * @see specs/lienthong.yaml `LegCompletedReport`, `LegSupplementReport`, `LegRefusalReport`
 */
export declare function reportOf(registration: Registration): LegReport | undefined;
/**
 * The refusal report of a registration the civil-status software would not take (a 4xx problem):
 * its `lyDo`, else its code and title as the one reason.
 * @see specs/hotich.yaml (422, 409 problems carry `lyDo`); specs/lienthong.yaml `LegRefusalReport`
 */
export declare function refusalReport(problemBody: unknown, at: string): LegReport;
/** The reasons a problem body carries, else one reason from its code and title. */
export declare function reasonsOfProblem(body: unknown): Reason[];
/** One processing step to report with `lienthongUpdateProgress`. */
export interface ProgressStep {
    readonly maHoSo: string;
    readonly at: Date;
    readonly noiDung: string;
    readonly trangThai: number;
    readonly nguoiXuLy?: string;
    readonly batDau?: Date;
    readonly hanKetThuc?: Date;
}
/**
 * A processing step in the CapNhatTienDoHoSoMC shape (timestamps `yyyyMMddHHmmss`).
 * @see DOMAIN.md §7 ("CapNhatTienDoHoSoMC fields"); specs/lienthong.yaml `ProgressUpdate`
 */
export declare function progressUpdate(step: ProgressStep): ProgressUpdate;
/**
 * The province's view of a dossier for `tinhGetDossierStatus`.
 * @see specs/tinh.yaml `ProvinceDossierStatus`
 */
export declare function statusView(record: DossierRecord): T['ProvinceDossierStatus'];
export {};
