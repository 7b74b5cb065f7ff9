/**
 * What the hub keeps about a linked dossier: the dossier and its legs as the spec shows them
 * (`LinkedDossier`, `LegState`) plus the bookkeeping the orchestration needs (who submitted it,
 * the plan of each leg, the agency's reference, the per-dossier event counter).
 * @see specs/lienthong.yaml `LinkedDossier`, `LegState`; DOMAIN.md §3, §4, §7
 */
import type { components } from '../../contracts/generated/lienthong.js';
import type { SignedDocument } from '../../mocks/kit/documents.js';
type Schemas = components['schemas'];
export type { SignedDocument };
/** A dossier as the wire shows it. */
export type LinkedDossier = Schemas['LinkedDossier'];
/** A leg as the wire shows it. */
export type LegState = Schemas['LegState'];
/** `KS`, `TT`, `BHYT`, `CC`, `KT`, `XTT`, `MT`, `TU`. */
export type LegCode = LegState['ma'];
/** `CHO_XU_LY` … `DA_HUY`. */
export type LegStatus = LegState['trangThai'];
/** National-portal status 1–10. */
export type DossierStatus = LinkedDossier['trangThai'];
/** A Mẫu số 01 or 02 as submitted. */
export type DossierSubmission = Schemas['DossierSubmission'];
export type Group1Submission = Extract<DossierSubmission, {
    nhomThuTuc: 'NHOM_1';
}>;
export type Group2Submission = Extract<DossierSubmission, {
    nhomThuTuc: 'NHOM_2';
}>;
/** A reason with a stable code. */
export type Reason = NonNullable<LegState['lyDo']>[number];
/** `MAI_TANG_BHXH` … `MAI_TANG_KHAC`. */
export type BenefitBranch = Schemas['BenefitBranch'];
/** A system that decides a leg. */
export type LinkedSystem = Schemas['LinkedSystem'];
/** A dossier event (webhook body and history entry). */
export type DossierEvent = Schemas['DossierEvent'];
export type EventType = Schemas['EventType'];
/** What a result document list shows of one document. */
export type ResultDocumentKind = Schemas['ResultDocumentKind'];
/** A leg as the hub keeps it: the wire state plus its plan and the agency's handle on it. */
export interface LegRecord {
    readonly state: LegState;
    /** Legs that must be `HOAN_THANH` before this one starts. */
    readonly dependsOn: readonly LegCode[];
    /** The leg's time limit in working days (0 = the same working day, with the cut-off). */
    readonly workingDays: number;
    /** The benefit branch an MT or TU leg is routed by; `null` for other legs. */
    readonly variant: BenefitBranch | null;
    /** The agency's id for the request (registration, claim, application) once it has one. */
    readonly agencyRef?: string;
    /** How many times the agency was unreachable in a row (retried on the sandbox clock). */
    readonly failures: number;
    /** The pending manual step of this leg (manual profile), if any. */
    readonly stepId?: string;
}
/** A linked dossier as the hub keeps it (collection `lienthong.dossiers`, id = `maHoSo`). */
export interface DossierRecord {
    readonly id: string;
    /** The client system that submitted it (`maKhachHang`). */
    readonly clientId: string;
    /** The province that handles it (the client's, or the applicant's residence). */
    readonly provinceCode: string;
    readonly view: Omit<LinkedDossier, 'thuTucCon'>;
    readonly legs: readonly LegRecord[];
    /** The group's time limit in working days (restarts from a completed supplement). */
    readonly groupWorkingDays: number;
    /** The e-form as submitted, updated by supplements. */
    readonly submission: DossierSubmission;
    /** The number of the last event of this dossier (`soThuTu`). */
    readonly lastEventSeq: number;
    /** Which province system does the civil-status leg. */
    readonly provinceMode: 'simulated' | 'connected';
    /** `Idempotency-Key` and body hash of the submission. */
    readonly idempotency?: {
        readonly key: string;
        readonly hash: string;
    };
    /** Set once the results were delivered to the citizen (status 10). */
    readonly delivered: boolean;
    /** Withdrawn by the citizen (status 7). */
    readonly withdrawn: boolean;
    /** Stopped because the civil-status leg was refused or its supplement expired (status 8). */
    readonly stopped: boolean;
    /** Not accepted by the province at intake (status 3). */
    readonly rejected: boolean;
    /** The due dates an apology slip was already issued for (one apology per due date). */
    readonly overdueNotices: readonly string[];
}
/** A result document of a dossier (collection `lienthong.documents`, id `maHoSo|maGiayTo`). */
export interface StoredDocument {
    readonly id: string;
    readonly maHoSo: string;
    readonly thuTucCon: LegCode;
    readonly document: SignedDocument;
}
/** A stored event (collection `lienthong.events`, id `maHoSo|0000000N`). */
export interface StoredEvent {
    readonly id: string;
    readonly maHoSo: string;
    /** The client that owns the dossier (whose subscription receives it). */
    readonly clientId: string;
    readonly event: DossierEvent;
}
/** Collection names of the hub's state. */
export declare const HUB_COLLECTIONS: {
    readonly dossiers: "lienthong.dossiers";
    readonly documents: "lienthong.documents";
    readonly events: "lienthong.events";
    readonly idempotency: "lienthong.idempotency";
    readonly steps: "lienthong.steps";
    readonly subscriptions: "lienthong.subscriptions";
    readonly deliveries: "lienthong.deliveries";
    readonly exchanges: "lienthong.exchanges";
};
