/**
 * The control-plane operations for client systems, officer accounts and VNeID confirmations.
 * Not authenticated here: the auth stage guards `/sandbox/v1` with the `sandbox.admin` scope.
 * @see specs/sandbox.yaml (tags clients, officers, processing); SECURITY.md §1, GW-18
 */
import type { Handler } from '../../contracts/handler.js';
import type { OperationSpec } from '../../contracts/operation-index.js';
import type { ClientRegistry, OfficerRegistry } from '../auth/index.js';
import type { SandboxManager } from '../sandboxes/index.js';
export { prefersCsv } from './accept.js';
export { clientOperations, type ClientOperationsOptions } from './client-operations.js';
export { confirmationOperations } from './confirmation-operations.js';
export { officerOperations, type OfficerOperationsOptions } from './officer-operations.js';
export { pageOf, type ListPage, type PageRequest } from './paging.js';
export { ADMIN_PROBLEMS } from './problems.js';
/** What {@link createAdminOperations} needs. */
export interface AdminOperationsOptions {
    readonly clients: ClientRegistry;
    readonly officers: OfficerRegistry;
    readonly manager: Pick<SandboxManager, 'view' | 'resources' | 'defaultSandboxId'>;
    /** Gateway time (the inventory's fallback when the request's sandbox is gone). */
    readonly now: () => Date;
    /** The served operations: a client may register only the scopes they require. */
    readonly operations?: Iterable<Pick<OperationSpec, 'scopes'>>;
}
/**
 * The handlers of the client, officer and confirmation operations, keyed by `operationId`.
 * @see specs/sandbox.yaml sandboxRegisterClient … sandboxUpdateOfficer,
 *   sandboxListConfirmations, sandboxDecideConfirmation
 */
export declare function createAdminOperations(options: AdminOperationsOptions): Map<string, Handler>;
