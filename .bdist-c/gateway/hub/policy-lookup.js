/**
 * The hub's answer to the gateway policy's dossier lookup (GW-06 "the dossier exists"): a query's
 * `X-Ma-Ho-So` is found among the sandbox's linked dossiers, so the policy judges the purpose
 * against the dossier's own procedure and status instead of deriving them from the code.
 * @see SECURITY.md §2 GW-06; gateway/policy/README.md "Unknown dossiers"
 */
import { LEG_CODES, isOneOf } from '../../mocks/domain/regimes/index.js';
import { UnknownSandboxError } from '../../mocks/ports/store/index.js';
import { dossiers } from './state.js';
/** `{maHoSo}-{leg}`: a leg's code is its dossier's code with the leg suffix. @see DOMAIN.md §6.5 */
const LEG_SUFFIX = /^(.+)-([A-Z]+)$/;
/**
 * The dossier code and leg a code names: `…-0007-TT` → `…-0007` and `TT`; a code without a leg
 * suffix names the dossier itself.
 * @see DOMAIN.md §6.5; specs/common.yaml `DossierCode`
 */
export function splitDossierCode(maHoSo) {
    const match = LEG_SUFFIX.exec(maHoSo);
    const [, id, leg] = match ?? [];
    return id !== undefined && isOneOf(LEG_CODES, leg) ? { id, leg } : { id: maHoSo };
}
/**
 * What the policy sees of a linked dossier: its procedure and national-portal status. The hub
 * records no handling unit in the officers' vocabulary, so `unit` is left out (no unit check).
 * @see gateway/policy/dossier-rules.ts `PolicyDossier`
 */
export function policyDossierOf(record) {
    return { maTTHC: record.view.maTTHC, trangThai: record.view.trangThai };
}
/**
 * Looks a dossier (or one of its legs) up in the hub's collection `lienthong.dossiers` of a
 * sandbox; `undefined` when the hub does not know it, the leg is not one of the dossier's, or the
 * sandbox is gone.
 * @see SECURITY.md §2 GW-06
 */
export function createHubDossierLookup(store) {
    return async (maHoSo, sandboxId) => {
        const { id, leg } = splitDossierCode(maHoSo);
        let record;
        try {
            record = await dossiers(store.sandbox(sandboxId)).get(id);
        }
        catch (error) {
            if (error instanceof UnknownSandboxError)
                return undefined;
            throw error;
        }
        if (!record)
            return undefined;
        if (leg !== undefined && !record.legs.some((l) => l.state.ma === leg))
            return undefined;
        return policyDossierOf(record);
    };
}
