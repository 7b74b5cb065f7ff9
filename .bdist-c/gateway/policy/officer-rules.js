import { problem } from '../../contracts/problems.js';
import { err, ok } from '../../contracts/result.js';
import { POLICY_PROBLEMS } from './problems.js';
/**
 * The officer a request names: the `X-Officer-Id` header, or the officer of the token when the
 * auth stage found one. Both present and different is a refusal (one named person per call).
 * @see SECURITY.md §2 GW-04 ("missing officer → OFFICER_REQUIRED")
 */
export function officerIdOf(header, fromToken) {
    const named = typeof header === 'string' && header !== '' ? header : undefined;
    if (named !== undefined && fromToken !== undefined && named !== fromToken) {
        return err(problem(POLICY_PROBLEMS.officerNotPermitted, 'X-Officer-Id names another officer than the access token.'));
    }
    const officerId = named ?? fromToken;
    if (officerId === undefined) {
        return err(problem(POLICY_PROBLEMS.officerRequired, 'Name the officer making the call in X-Officer-Id.'));
    }
    return ok(officerId);
}
/**
 * The officer may act for the client: the account exists, belongs to the client's owner unit, is
 * `ACTIVE` and has a TTHC function (no surplus accounts).
 * @see SECURITY.md §2 GW-04
 */
export function checkOfficer(officer, client) {
    const refuse = (detail) => err(problem(POLICY_PROBLEMS.officerNotPermitted, detail));
    if (!officer)
        return refuse('The officer account is not registered for this client system.');
    if (officer.unit !== client.ownerUnit) {
        return refuse("The officer does not belong to the client system's owner unit.");
    }
    if (officer.status !== 'ACTIVE')
        return refuse('The officer account is inactive.');
    if (!officer.hasTthcFunction) {
        return refuse('The officer account has no administrative-procedure function.');
    }
    return ok(officer);
}
/**
 * Judges the `X-May-Tram` workstation against the officer's registered devices.
 * @see SECURITY.md §2 GW-17
 */
export function checkDevice(header, officer, mode) {
    const deviceId = typeof header === 'string' && header !== '' ? header : undefined;
    if (deviceId !== undefined && officer.devices.includes(deviceId)) {
        return ok({ registered: true, deviceId });
    }
    if (mode === 'monitor')
        return ok({ registered: false, deviceId });
    const detail = deviceId === undefined
        ? 'Name the registered workstation in X-May-Tram.'
        : 'The workstation is not registered for this officer.';
    return err(problem(POLICY_PROBLEMS.deviceNotRegistered, detail));
}
