import type { components } from '../../contracts/generated/hotich.js';
type Entry = components['schemas']['CatalogueEntry'];
/** The catalogue kinds. @see specs/hotich.yaml `CatalogueKind` */
export type CatalogueKind = components['schemas']['CatalogueKind'];
/** One page of a catalogue, or `undefined` for a cursor this listing did not issue. */
export interface CataloguePage {
    readonly danhSach: readonly Entry[];
    readonly conTroTiep: string | null;
}
/**
 * A page of a catalogue after the code the cursor names (`{"k": code}` in base64url, as the
 * spec's example cursor), in code order. Registration places are the communes of the post-2025
 * catalogue; ethnicities are the population's table (GSO codes, "01" Kinh).
 * @see specs/hotich.yaml `Catalogue`; DOMAIN.md §6.6
 */
export declare function cataloguePage(kind: CatalogueKind, limit: number, cursor?: string): CataloguePage | undefined;
export {};
