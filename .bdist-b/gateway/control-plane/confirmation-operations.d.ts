import type { Handler } from '../../contracts/handler.js';
import type { SandboxManager } from '../sandboxes/index.js';
/**
 * The handlers of `sandboxListConfirmations` (newest first, filtered by the state VNeID shows —
 * a waiting confirmation past its deadline is `HET_HAN` — and by dossier) and
 * `sandboxDecideConfirmation` (404 unknown, 409 answered or expired), on the sandbox's clock.
 * @see specs/sandbox.yaml; mocks/vneid/state.ts `decideConfirmation`
 */
export declare function confirmationOperations(manager: Pick<SandboxManager, 'resources'>): (readonly [string, Handler])[];
