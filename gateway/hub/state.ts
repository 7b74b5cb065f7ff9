/**
 * The hub's collections in a sandbox store, and the small reads every part of the hub shares.
 * @see gateway/hub/model.ts
 */
import type { CollectionDefinition, StoreScope } from '../../mocks/ports/store/index.js';
import {
  HUB_COLLECTIONS,
  type DossierRecord,
  type LegCode,
  type SignedDocument,
  type StoredDocument,
  type StoredEvent,
} from './model.js';

type Scope = Pick<StoreScope, 'collection'>;

/** `lienthong.dossiers`, indexed by owning client and by province. */
export const DOSSIERS: CollectionDefinition<DossierRecord, 'byClient' | 'byProvince'> = {
  idOf: (d) => d.id,
  indexes: { byClient: (d) => d.clientId, byProvince: (d) => d.provinceCode },
};

/** `lienthong.documents`, indexed by dossier. */
export const DOCUMENTS: CollectionDefinition<StoredDocument, 'byDossier'> = {
  idOf: (d) => d.id,
  indexes: { byDossier: (d) => d.maHoSo },
};

/** `lienthong.events`, indexed by dossier. */
export const EVENTS: CollectionDefinition<StoredEvent, 'byDossier'> = {
  idOf: (e) => e.id,
  indexes: { byDossier: (e) => e.maHoSo },
};

export const dossiers = (s: Scope) => s.collection(HUB_COLLECTIONS.dossiers, DOSSIERS);
export const documents = (s: Scope) => s.collection(HUB_COLLECTIONS.documents, DOCUMENTS);
export const events = (s: Scope) => s.collection(HUB_COLLECTIONS.events, EVENTS);

/** The signed result documents of a dossier, optionally of one leg, in issue order. */
export async function documentsOf(
  s: Scope,
  maHoSo: string,
  leg?: LegCode,
): Promise<readonly SignedDocument[]> {
  const found = await documents(s).findBy('byDossier', maHoSo);
  return found
    .filter((d) => leg === undefined || d.thuTucCon === leg)
    .map((d) => d.document)
    .sort((a, b) => (a.ngayCap < b.ngayCap ? -1 : a.ngayCap > b.ngayCap ? 1 : 0));
}
