/**
 * What the simulated province keeps: the dossiers the hub pushed (with the civil-status leg it
 * handles), the idempotency keys of the pushes, the log of every exchange with the hub, and the
 * hub's events. The province owns no share of the population: it only knows what it receives.
 * @see specs/tinh.yaml; DOMAIN.md §2 A4
 */
import type { components } from '../../contracts/generated/tinh.js';
import type { Reason } from '../kit/index.js';
import type { CollectionDefinition, StoreScope } from '../ports/store/index.js';
type Schemas = components['schemas'];
/** A pushed dossier as the hub sends it. */
export type DossierPush = Schemas['ProvinceDossierPush'];
/** Leg status on the wire. */
export type LegStatus = Schemas['LegStatus'];
/** The civil-status leg the province handles. */
export type CivilLeg = 'KS' | 'KT';
/** A MOJ registration status (0 error, 1 received, 2 supplement, 3 eligible, 4 registered). */
export type MojStatus = 0 | 1 | 2 | 3 | 4;
/** The civil-status leg of a dossier, as the province tracks it. */
export interface LegRecord {
    readonly ma: CivilLeg;
    readonly maHoSo: string;
    readonly trangThai: LegStatus;
    readonly maDonVi: string;
    readonly maXaDangKy: string;
    readonly maDangKy?: string;
    readonly hotichStatus?: MojStatus;
    readonly thoiDiemChuyen?: string;
    readonly hanXuLy?: string;
    readonly lyDo?: readonly Reason[];
    /** The current outcome was acknowledged by the hub. */
    readonly daBaoCao: boolean;
    /** Forwarding attempts that found the civil-status software unavailable. */
    readonly forwardFailures: number;
}
/** A dossier the hub pushed to the province. */
export interface DossierRecord {
    /** The linked dossier code (`maHoSo`). */
    readonly id: string;
    readonly maHoSoTinh: string;
    readonly soBienNhan: string;
    readonly thoiDiemNhan: string;
    readonly provinceCode: string;
    readonly push: DossierPush;
    readonly leg: LegRecord;
    /** Withdrawn by the citizen (status 7). */
    readonly withdrawn: boolean;
    /** A final group status (7–10) the hub announced by event, overriding the leg's view. */
    readonly hubStatus?: number;
    /** Highest `soThuTu` of the hub's events for this dossier. */
    readonly lastEventSeq: number;
    /** Leg-result reports made so far (numbers the reports' idempotency keys). */
    readonly reports: number;
    readonly thoiDiemCapNhat: string;
}
/** What happened to an outbound exchange. */
export type ExchangeState = 'ACKNOWLEDGED' | 'PENDING' | 'FAILED' | 'SUPERSEDED' | 'RECEIVED';
/** One exchange with the hub: a call the province made, or a push it received. */
export interface ExchangeRecord {
    /** `{maHoSo}|{NNNNNN}` (sequence per sandbox), so a dossier's exchanges list in order. */
    readonly id: string;
    readonly maHoSo: string;
    readonly direction: 'OUT' | 'IN';
    /** A leg-result report (retried until acknowledged), a progress update, or a received push. */
    readonly kind: 'REPORT' | 'PROGRESS' | 'PUSH';
    readonly operationId: string;
    readonly idempotencyKey?: string;
    readonly params?: Readonly<Record<string, string>>;
    readonly body?: unknown;
    /** Every attempt: when, and the HTTP status received (or answered, for IN). */
    readonly attempts: readonly {
        readonly at: string;
        readonly status: number;
    }[];
    readonly state: ExchangeState;
}
/** An event of the hub, kept once per `maSuKien`. */
export interface EventRecord {
    readonly id: string;
    readonly maHoSo: string;
    readonly loaiSuKien: string;
    readonly soThuTu: number;
    readonly trangThaiHoSo: number;
    readonly receivedAt: string;
    /** The dossier is known to the province. */
    readonly known: boolean;
    /** `soThuTu` skipped at least one event (read the history with lienthongListDossierEvents). */
    readonly gap: boolean;
}
/** `tinh.dossiers`, indexed by the province's own id. */
export declare const DOSSIERS: CollectionDefinition<DossierRecord, 'byProvinceId'>;
/** `tinh.exchanges`, indexed by dossier and by state (pending reports are retried). */
export declare const EXCHANGES: CollectionDefinition<ExchangeRecord, 'byDossier' | 'byState'>;
/** `tinh.events`. */
export declare const EVENTS: CollectionDefinition<EventRecord, 'byDossier'>;
/** Collection names, `tinh.<name>`. */
export declare const COLLECTIONS: {
    readonly dossiers: "tinh.dossiers";
    readonly idempotency: "tinh.idempotency";
    readonly exchanges: "tinh.exchanges";
    readonly events: "tinh.events";
};
type Scope = Pick<StoreScope, 'collection'>;
/** The dossiers collection of a sandbox. */
export declare const dossiers: (s: Scope) => import("../ports/store/collection.js").Collection<DossierRecord, "byProvinceId">;
/** The exchange log of a sandbox. */
export declare const exchanges: (s: Scope) => import("../ports/store/collection.js").Collection<ExchangeRecord, "byState" | "byDossier">;
/** The events collection of a sandbox. */
export declare const events: (s: Scope) => import("../ports/store/collection.js").Collection<EventRecord, "byDossier">;
/**
 * Every exchange with the hub about a dossier, oldest first: what the province sent (or
 * received) and the statuses. For tests and the sandbox API.
 */
export declare function exchangesOf(s: Scope, maHoSo: string): Promise<readonly ExchangeRecord[]>;
export {};
