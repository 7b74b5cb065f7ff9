import type { Handler } from '../../contracts/handler.js';
import { type ClientRegistry, type OfficerRegistry } from '../auth/index.js';
import type { SandboxManager } from '../sandboxes/index.js';
/** What the client-system operations need. */
export interface ClientOperationsOptions {
    readonly clients: ClientRegistry;
    readonly officers: Pick<OfficerRegistry, 'listByClient'>;
    readonly manager: Pick<SandboxManager, 'view' | 'resources' | 'defaultSandboxId'>;
    /** Gateway time, for the inventory when the request names no sandbox. */
    readonly now: () => Date;
    /** Scopes a client may register; every scope is accepted when absent. */
    readonly knownScopes?: ReadonlySet<string>;
}
/**
 * The handlers of `sandboxRegisterClient`, `sandboxListClients`, `sandboxGetClient`,
 * `sandboxChangeClientState`, `sandboxRotateClientSecret` and `sandboxGetAccountInventory`.
 * Registry failures (409 `ILLEGAL_STATE_TRANSITION`, 403 `ROLE_NOT_PERMITTED`, 422
 * `STATE_PRECONDITION_FAILED`…) pass through unchanged.
 * @see specs/sandbox.yaml; gateway/auth/README.md
 */
export declare function clientOperations(options: ClientOperationsOptions): (readonly [string, Handler])[];
