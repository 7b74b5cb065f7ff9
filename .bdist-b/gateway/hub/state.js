import { HUB_COLLECTIONS, } from './model.js';
/** `lienthong.dossiers`, indexed by owning client and by province. */
export const DOSSIERS = {
    idOf: (d) => d.id,
    indexes: { byClient: (d) => d.clientId, byProvince: (d) => d.provinceCode },
};
/** `lienthong.documents`, indexed by dossier. */
export const DOCUMENTS = {
    idOf: (d) => d.id,
    indexes: { byDossier: (d) => d.maHoSo },
};
/** `lienthong.events`, indexed by dossier. */
export const EVENTS = {
    idOf: (e) => e.id,
    indexes: { byDossier: (e) => e.maHoSo },
};
export const dossiers = (s) => s.collection(HUB_COLLECTIONS.dossiers, DOSSIERS);
export const documents = (s) => s.collection(HUB_COLLECTIONS.documents, DOCUMENTS);
export const events = (s) => s.collection(HUB_COLLECTIONS.events, EVENTS);
/** The signed result documents of a dossier, optionally of one leg, in issue order. */
export async function documentsOf(s, maHoSo, leg) {
    const found = await documents(s).findBy('byDossier', maHoSo);
    return found
        .filter((d) => leg === undefined || d.thuTucCon === leg)
        .map((d) => d.document)
        .sort((a, b) => (a.ngayCap < b.ngayCap ? -1 : a.ngayCap > b.ngayCap ? 1 : 0));
}
