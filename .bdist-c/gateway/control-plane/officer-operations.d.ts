import type { Handler } from '../../contracts/handler.js';
import { type ClientRegistry, type OfficerRegistry } from '../auth/index.js';
/** What the officer operations need. */
export interface OfficerOperationsOptions {
    readonly clients: Pick<ClientRegistry, 'get'>;
    readonly officers: OfficerRegistry;
}
/**
 * The handlers of `sandboxCreateOfficer`, `sandboxListOfficers`, `sandboxGetOfficer` and
 * `sandboxUpdateOfficer`. An account is found only under its own client: another client's
 * account reads as 404, like a missing one. Registry failures (409 `OFFICER_EXISTS`, 422
 * `ROLE_CONFLICT`, 422 `OFFICER_UNIT_MISMATCH`) pass through unchanged.
 * @see specs/sandbox.yaml
 */
export declare function officerOperations(options: OfficerOperationsOptions): (readonly [string, Handler])[];
