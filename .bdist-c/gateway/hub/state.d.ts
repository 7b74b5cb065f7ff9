/**
 * The hub's collections in a sandbox store, and the small reads every part of the hub shares.
 * @see gateway/hub/model.ts
 */
import type { CollectionDefinition, StoreScope } from '../../mocks/ports/store/index.js';
import { type DossierRecord, type LegCode, type SignedDocument, type StoredDocument, type StoredEvent } from './model.js';
type Scope = Pick<StoreScope, 'collection'>;
/** `lienthong.dossiers`, indexed by owning client and by province. */
export declare const DOSSIERS: CollectionDefinition<DossierRecord, 'byClient' | 'byProvince'>;
/** `lienthong.documents`, indexed by dossier. */
export declare const DOCUMENTS: CollectionDefinition<StoredDocument, 'byDossier'>;
/** `lienthong.events`, indexed by dossier. */
export declare const EVENTS: CollectionDefinition<StoredEvent, 'byDossier'>;
export declare const dossiers: (s: Scope) => import("../../mocks/ports/store/collection.js").Collection<DossierRecord, "byProvince" | "byClient">;
export declare const documents: (s: Scope) => import("../../mocks/ports/store/collection.js").Collection<StoredDocument, "byDossier">;
export declare const events: (s: Scope) => import("../../mocks/ports/store/collection.js").Collection<StoredEvent, "byDossier">;
/** The signed result documents of a dossier, optionally of one leg, in issue order. */
export declare function documentsOf(s: Scope, maHoSo: string, leg?: LegCode): Promise<readonly SignedDocument[]>;
export {};
