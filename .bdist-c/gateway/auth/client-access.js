import { problem } from '../../contracts/problems.js';
import { err, ok } from '../../contracts/result.js';
import { AUTH_PROBLEMS, bearerChallenge } from './problems.js';
/** The header a client announces its software version in. @see SECURITY.md GW-03 */
export const CLIENT_VERSION_HEADER = 'x-client-version';
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
export async function checkClientAccess(clients, principal, clientVersion) {
    const client = await clients.get(principal.clientId);
    if (!client) {
        const detail = `The client system ${principal.clientId} is not registered.`;
        return err({
            problem: problem(AUTH_PROBLEMS.clientUnknown, detail),
            headers: { 'www-authenticate': bearerChallenge('invalid_token', detail) },
        });
    }
    switch (client.state) {
        case 'CONNECTED':
            break;
        case 'SUSPENDED':
            return refused(problem(AUTH_PROBLEMS.connectionSuspended, `The data owner suspended the client system ${client.clientId}.`, client.suspension
                ? { reasonRef: client.suspension.reasonRef, suspendedAt: client.suspension.suspendedAt }
                : {}));
        case 'PENDING_REAPPROVAL':
            return refused(reapproval(client.clientId));
        default:
            return refused(problem(AUTH_PROBLEMS.clientNotApproved, `The client system ${client.clientId} is ${client.state}; only CONNECTED systems get data.`));
    }
    if (typeof clientVersion === 'string' &&
        clientVersion !== '' &&
        clientVersion !== client.version) {
        const held = await clients.holdForVersion(client.clientId, clientVersion);
        // A concurrent move took the client out of CONNECTED first: answer for its state now.
        if (!held.ok)
            return checkClientAccess(clients, principal, undefined);
        return refused(reapproval(client.clientId));
    }
    return ok(client);
}
/**
 * Checks the named officer making a call (GW-04): present (401 OFFICER_REQUIRED), an account
 * of this client in its owner unit, ACTIVE and with a TTHC function (403 OFFICER_NOT_PERMITTED
 * otherwise). Deactivating an account therefore stops its calls at once.
 * @see ../shared/domain/SECURITY.md GW-04
 */
export async function checkOfficer(officers, client, officerId) {
    if (typeof officerId !== 'string' || officerId === '') {
        const detail = 'Name the officer making the call in X-Officer-Id.';
        return err({
            problem: problem(AUTH_PROBLEMS.officerRequired, detail),
            headers: { 'www-authenticate': bearerChallenge('invalid_request', detail) },
        });
    }
    const officer = (await officers.get(officerId))?.officer;
    const reason = !officer || officer.clientId !== client.clientId
        ? `is not an account of ${client.clientId}`
        : officer.unit !== client.ownerUnit
            ? 'does not belong to the owner unit'
            : officer.status !== 'ACTIVE'
                ? 'is inactive'
                : !officer.hasTthcFunction
                    ? 'has no administrative-procedure function'
                    : undefined;
    if (!officer || reason !== undefined) {
        return refused(problem(AUTH_PROBLEMS.officerNotPermitted, `The officer account ${officerId} ${reason}.`));
    }
    return ok(officer);
}
function reapproval(clientId) {
    return problem(AUTH_PROBLEMS.clientReapprovalRequired, `The client system ${clientId} changed version and waits for the data owner's re-approval.`);
}
function refused(p) {
    return err({ problem: p, headers: {} });
}
