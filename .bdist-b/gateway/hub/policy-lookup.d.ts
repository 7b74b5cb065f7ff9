import { type Store } from '../../mocks/ports/store/index.js';
import type { DossierLookup, PolicyDossier } from '../policy/index.js';
import type { DossierRecord } from './model.js';
/**
 * The dossier code and leg a code names: `…-0007-TT` → `…-0007` and `TT`; a code without a leg
 * suffix names the dossier itself.
 * @see DOMAIN.md §6.5; specs/common.yaml `DossierCode`
 */
export declare function splitDossierCode(maHoSo: string): {
    readonly id: string;
    readonly leg?: string;
};
/**
 * What the policy sees of a linked dossier: its procedure and national-portal status. The hub
 * records no handling unit in the officers' vocabulary, so `unit` is left out (no unit check).
 * @see gateway/policy/dossier-rules.ts `PolicyDossier`
 */
export declare function policyDossierOf(record: DossierRecord): PolicyDossier;
/**
 * Looks a dossier (or one of its legs) up in the hub's collection `lienthong.dossiers` of a
 * sandbox; `undefined` when the hub does not know it, the leg is not one of the dossier's, or the
 * sandbox is gone.
 * @see SECURITY.md §2 GW-06
 */
export declare function createHubDossierLookup(store: Pick<Store, 'sandbox'>): DossierLookup;
