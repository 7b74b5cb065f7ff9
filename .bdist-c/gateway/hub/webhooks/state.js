import { HUB_COLLECTIONS } from '../model.js';
/** The path of the published keys that verify webhook signatures. */
export const JWKS_PATH = '/.well-known/jwks.json';
/** Collections of the outbox besides the hub's own. */
export const WEBHOOK_COLLECTIONS = {
    subscriptions: HUB_COLLECTIONS.subscriptions,
    deliveries: HUB_COLLECTIONS.deliveries,
    subscriptionKeys: 'lienthong.subscriptionKeys',
};
/** `lienthong.subscriptions`: one per client, keyed by `maKhachHang`. */
export const SUBSCRIPTIONS = {
    idOf: (s) => s.maKhachHang,
};
/** The ordering lane of a delivery: one dossier to one target. */
export const laneOf = (d) => `${d.view.maHoSo}|${d.view.targetUrl}`;
/** `lienthong.deliveries`, indexed by state, dossier, lane and client. */
export const DELIVERIES = {
    idOf: (d) => d.id,
    indexes: {
        byState: (d) => d.view.state,
        byDossier: (d) => d.view.maHoSo,
        byLane: laneOf,
        byClient: (d) => d.clientId,
    },
};
/** `lienthong.subscriptionKeys`. */
export const SUBSCRIPTION_KEYS = { idOf: (k) => k.id };
export const subscriptions = (s) => s.collection(WEBHOOK_COLLECTIONS.subscriptions, SUBSCRIPTIONS);
export const deliveries = (s) => s.collection(WEBHOOK_COLLECTIONS.deliveries, DELIVERIES);
export const subscriptionKeys = (s) => s.collection(WEBHOOK_COLLECTIONS.subscriptionKeys, SUBSCRIPTION_KEYS);
/**
 * The subscription of a client, if it has one. The hub reads `diaChiTinh` from it (connected
 * mode) and the outbox `diaChiNhan` and `loaiSuKien`.
 * @see specs/lienthong.yaml `lienthongPutSubscription`
 */
export function subscriptionOf(store, clientId) {
    return subscriptions(store).get(clientId);
}
/** True while a delivery still has attempts to make (it holds back later events of its lane). */
export const isActive = (state) => state === 'PENDING' || state === 'RETRYING';
