import { type Result } from '../../contracts/result.js';
import type { ClientRegistry } from './client-registry.js';
import type { OfficerRegistry } from './officer-registry.js';
import type { AuthFailure, Principal } from './token-verifier.js';
import type { ClientSystem, Officer } from './types.js';
/** The header a client announces its software version in. @see SECURITY.md GW-03 */
export declare const CLIENT_VERSION_HEADER = "x-client-version";
/**
 * Checks the calling client's onboarding state before any data call:
 * - unknown client (e.g. deleted after the token was issued) → 401 CLIENT_UNKNOWN;
 * - SUSPENDED → 403 CONNECTION_SUSPENDED_BY_DATA_OWNER with `reasonRef` and `suspendedAt`;
 * - PENDING_REAPPROVAL → 403 CLIENT_REAPPROVAL_REQUIRED;
 * - any other state but CONNECTED → 403 CLIENT_NOT_APPROVED;
 * - CONNECTED but `X-Client-Version` differs from the approved version → the client moves to
 *   PENDING_REAPPROVAL at once and the call gets CLIENT_REAPPROVAL_REQUIRED. Without the header
 *   no version check is made.
 * @see ../shared/domain/SECURITY.md GW-01, GW-03, GW-14
 */
export declare function checkClientAccess(clients: Pick<ClientRegistry, 'get' | 'holdForVersion'>, principal: Pick<Principal, 'clientId'>, clientVersion: unknown): Promise<Result<ClientSystem, AuthFailure>>;
/**
 * Checks the named officer making a call (GW-04): present (401 OFFICER_REQUIRED), an account
 * of this client in its owner unit, ACTIVE and with a TTHC function (403 OFFICER_NOT_PERMITTED
 * otherwise). Deactivating an account therefore stops its calls at once.
 * @see ../shared/domain/SECURITY.md GW-04
 */
export declare function checkOfficer(officers: Pick<OfficerRegistry, 'get'>, client: Pick<ClientSystem, 'clientId' | 'ownerUnit'>, officerId: unknown): Promise<Result<Officer, AuthFailure>>;
