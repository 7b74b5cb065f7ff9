/**
 * What the outbox keeps in a sandbox store: the clients' event subscriptions, the deliveries of
 * their events (with the exact bytes sent) and the answers given to `Idempotency-Key`s of the
 * subscription operations.
 * @see specs/lienthong.yaml `EventSubscription`; specs/sandbox.yaml `WebhookDelivery`
 */
import type { components as Hub } from '../../../contracts/generated/lienthong.js';
import type { components as Sandbox } from '../../../contracts/generated/sandbox.js';
import type { CollectionDefinition, StoreScope } from '../../../mocks/ports/store/index.js';
type Scope = Pick<StoreScope, 'collection'>;
/** A client's subscription as the wire shows it (collection `lienthong.subscriptions`). */
export type EventSubscription = Hub['schemas']['EventSubscription'];
/** A delivery as the control plane shows it. */
export type WebhookDelivery = Sandbox['schemas']['WebhookDelivery'];
/** `PENDING`, `DELIVERED`, `RETRYING`, `DEAD_LETTER`. */
export type DeliveryState = Sandbox['schemas']['DeliveryState'];
/** The path of the published keys that verify webhook signatures. */
export declare const JWKS_PATH = "/.well-known/jwks.json";
/** A delivery as the outbox keeps it (collection `lienthong.deliveries`, id = `deliveryId`). */
export interface DeliveryRecord {
    readonly id: string;
    /** The client whose subscription the event goes to. */
    readonly clientId: string;
    /** The event's `soThuTu`: deliveries of one dossier to one target go in this order. */
    readonly soThuTu: number;
    /** The event as JSON, serialised once: every attempt sends and signs exactly these bytes. */
    readonly payload: string;
    readonly view: WebhookDelivery;
}
/** The answer given to an `Idempotency-Key` of a subscription operation. */
export interface KeyRecord {
    /** `operationId|clientId|key`. */
    readonly id: string;
    readonly fingerprint: string;
    readonly status: number;
    readonly body: unknown;
}
/** Collections of the outbox besides the hub's own. */
export declare const WEBHOOK_COLLECTIONS: {
    readonly subscriptions: "lienthong.subscriptions";
    readonly deliveries: "lienthong.deliveries";
    readonly subscriptionKeys: "lienthong.subscriptionKeys";
};
/** `lienthong.subscriptions`: one per client, keyed by `maKhachHang`. */
export declare const SUBSCRIPTIONS: CollectionDefinition<EventSubscription>;
/** The ordering lane of a delivery: one dossier to one target. */
export declare const laneOf: (d: DeliveryRecord) => string;
/** `lienthong.deliveries`, indexed by state, dossier, lane and client. */
export declare const DELIVERIES: CollectionDefinition<DeliveryRecord, 'byState' | 'byDossier' | 'byLane' | 'byClient'>;
/** `lienthong.subscriptionKeys`. */
export declare const SUBSCRIPTION_KEYS: CollectionDefinition<KeyRecord>;
export declare const subscriptions: (s: Scope) => import("../../../mocks/ports/store/collection.js").Collection<{
    maKhachHang: string;
    diaChiNhan: Hub["schemas"]["CallbackUrl"];
    loaiSuKien: Hub["schemas"]["EventType"][];
    diaChiTinh?: Hub["schemas"]["CallbackUrl"];
    diaChiJwks: "/.well-known/jwks.json";
    thoiDiemDangKy: Hub["schemas"]["DateTime"];
    thoiDiemCapNhat: Hub["schemas"]["DateTime"];
}, never>;
export declare const deliveries: (s: Scope) => import("../../../mocks/ports/store/collection.js").Collection<DeliveryRecord, "byState" | "byClient" | "byDossier" | "byLane">;
export declare const subscriptionKeys: (s: Scope) => import("../../../mocks/ports/store/collection.js").Collection<KeyRecord, never>;
/**
 * The subscription of a client, if it has one. The hub reads `diaChiTinh` from it (connected
 * mode) and the outbox `diaChiNhan` and `loaiSuKien`.
 * @see specs/lienthong.yaml `lienthongPutSubscription`
 */
export declare function subscriptionOf(store: Scope, clientId: string): Promise<EventSubscription | undefined>;
/** True while a delivery still has attempts to make (it holds back later events of its lane). */
export declare const isActive: (state: DeliveryState) => boolean;
export {};
