/** `tinh.dossiers`, indexed by the province's own id. */
export const DOSSIERS = {
    idOf: (d) => d.id,
    indexes: { byProvinceId: { key: (d) => d.maHoSoTinh, unique: true } },
};
/** `tinh.exchanges`, indexed by dossier and by state (pending reports are retried). */
export const EXCHANGES = {
    idOf: (e) => e.id,
    indexes: { byDossier: (e) => e.maHoSo, byState: (e) => `${e.maHoSo}|${e.state}` },
};
/** `tinh.events`. */
export const EVENTS = {
    idOf: (e) => e.id,
    indexes: { byDossier: (e) => e.maHoSo },
};
/** Collection names, `tinh.<name>`. */
export const COLLECTIONS = {
    dossiers: 'tinh.dossiers',
    idempotency: 'tinh.idempotency',
    exchanges: 'tinh.exchanges',
    events: 'tinh.events',
};
/** The dossiers collection of a sandbox. */
export const dossiers = (s) => s.collection(COLLECTIONS.dossiers, DOSSIERS);
/** The exchange log of a sandbox. */
export const exchanges = (s) => s.collection(COLLECTIONS.exchanges, EXCHANGES);
/** The events collection of a sandbox. */
export const events = (s) => s.collection(COLLECTIONS.events, EVENTS);
/**
 * Every exchange with the hub about a dossier, oldest first: what the province sent (or
 * received) and the statuses. For tests and the sandbox API.
 */
export async function exchangesOf(s, maHoSo) {
    const found = await exchanges(s).findBy('byDossier', maHoSo);
    return [...found].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
