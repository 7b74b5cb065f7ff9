import { clientOperations } from './client-operations.js';
import { confirmationOperations } from './confirmation-operations.js';
import { officerOperations } from './officer-operations.js';
export { prefersCsv } from './accept.js';
export { clientOperations } from './client-operations.js';
export { confirmationOperations } from './confirmation-operations.js';
export { officerOperations } from './officer-operations.js';
export { pageOf } from './paging.js';
export { ADMIN_PROBLEMS } from './problems.js';
/**
 * The handlers of the client, officer and confirmation operations, keyed by `operationId`.
 * @see specs/sandbox.yaml sandboxRegisterClient … sandboxUpdateOfficer,
 *   sandboxListConfirmations, sandboxDecideConfirmation
 */
export function createAdminOperations(options) {
    const knownScopes = options.operations
        ? new Set([...options.operations].flatMap((o) => o.scopes))
        : undefined;
    return new Map([
        ...clientOperations({
            clients: options.clients,
            officers: options.officers,
            manager: options.manager,
            now: options.now,
            ...(knownScopes ? { knownScopes } : {}),
        }),
        ...officerOperations({ clients: options.clients, officers: options.officers }),
        ...confirmationOperations(options.manager),
    ]);
}
