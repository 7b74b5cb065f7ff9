import { err, ok } from '../../contracts/result.js';
import { problem } from '../../contracts/problems.js';
import { AUTH_PROBLEMS } from './problems.js';
/** The lowest security level that may connect (Decree 85/2016 level 3). @see SECURITY.md GW-02 */
export const MIN_SECURITY_LEVEL = 3;
const OWNER_OR_DATA_OWNER = ['OWNER_ADMIN', 'DATA_OWNER'];
/**
 * The lifecycle as data. Only `DATA_OWNER` approves the source, suspends and re-approves; the
 * owning unit's administrator signs, submits and asks for re-approval; contractors, officers and
 * inspectors move nothing (role separation, GW-18). `DISCONNECTED` is final.
 * @see ../shared/domain/SECURITY.md §1, GW-01, GW-02, GW-03, GW-14
 * @see specs/sandbox.yaml sandboxChangeClientState
 */
export const CLIENT_TRANSITIONS = [
    {
        from: 'REGISTERED',
        to: 'COMMITMENT_SIGNED',
        roles: ['OWNER_ADMIN'],
        guards: ['COMMITMENT_REF'],
    },
    { from: 'COMMITMENT_SIGNED', to: 'SOURCE_SUBMITTED', roles: ['OWNER_ADMIN'], guards: [] },
    { from: 'SOURCE_SUBMITTED', to: 'SOURCE_APPROVED', roles: ['DATA_OWNER'], guards: [] },
    {
        from: 'SOURCE_APPROVED',
        to: 'CONNECTED',
        roles: OWNER_OR_DATA_OWNER,
        guards: ['SECURITY_LEVEL'],
    },
    { from: 'CONNECTED', to: 'SUSPENDED', roles: ['DATA_OWNER'], guards: ['REASON_REF'] },
    { from: 'SUSPENDED', to: 'PENDING_REAPPROVAL', roles: OWNER_OR_DATA_OWNER, guards: [] },
    { from: 'CONNECTED', to: 'PENDING_REAPPROVAL', roles: OWNER_OR_DATA_OWNER, guards: [] },
    {
        from: 'PENDING_REAPPROVAL',
        to: 'CONNECTED',
        roles: ['DATA_OWNER'],
        guards: ['SECURITY_LEVEL'],
    },
    { from: '*', to: 'DISCONNECTED', roles: OWNER_OR_DATA_OWNER, guards: ['REASON_REF'] },
];
/** The rule that allows `from → to`, if any. `DISCONNECTED` leads nowhere. */
export function transitionRule(from, to) {
    if (from === 'DISCONNECTED')
        return undefined;
    return CLIENT_TRANSITIONS.find((r) => (r.from === from || r.from === '*') && r.to === to);
}
/**
 * Applies a move to a client, checking the table, the actor's role and the guards, in that
 * order: 409 `ILLEGAL_STATE_TRANSITION`, 403 `ROLE_NOT_PERMITTED`, 422 `STATE_PRECONDITION_FAILED`.
 * Pure: the caller stores the result. `at` is the instant in `+07:00` form.
 * @see ../shared/domain/SECURITY.md §1, GW-01, GW-02, GW-14
 */
export function applyTransition(client, change, at) {
    const rule = transitionRule(client.state, change.target);
    if (!rule) {
        return err(problem(AUTH_PROBLEMS.illegalStateTransition, `A client in state ${client.state} cannot move to ${change.target}.`, { currentState: client.state }));
    }
    if (!rule.roles.includes(change.actorRole)) {
        return err(problem(AUTH_PROBLEMS.roleNotPermitted, `${change.actorRole} may not move a client to ${change.target}; allowed: ${rule.roles.join(', ')}.`));
    }
    for (const guard of rule.guards) {
        const failed = guardFailure(guard, client, change);
        if (failed)
            return err(problem(AUTH_PROBLEMS.statePreconditionFailed, failed));
    }
    return ok(moved(client, change, at));
}
function guardFailure(guard, client, change) {
    switch (guard) {
        case 'COMMITMENT_REF':
            return (change.commitmentRef ?? client.commitmentRef)
                ? undefined
                : 'A signed security commitment (commitmentRef) is required for COMMITMENT_SIGNED.';
        case 'SECURITY_LEVEL':
            if (client.securityLevel < MIN_SECURITY_LEVEL)
                return `Security level ${client.securityLevel} is below the required level ${MIN_SECURITY_LEVEL}.`;
            return client.levelDossier?.approvedAt
                ? undefined
                : 'An approved security-level dossier (levelDossier) is required to connect.';
        case 'REASON_REF':
            return change.reasonRef
                ? undefined
                : `A supporting decision (reasonRef) is required for ${change.target}.`;
    }
}
function moved(client, change, at) {
    // A suspension is only "in force" while SUSPENDED; leaving the state lifts it.
    const next = { ...client, state: change.target, stateChangedAt: at };
    delete next.suspension;
    switch (change.target) {
        case 'COMMITMENT_SIGNED':
            return { ...next, commitmentRef: change.commitmentRef ?? client.commitmentRef ?? '' };
        case 'SOURCE_SUBMITTED':
            return { ...next, sourceReview: { submittedAt: at } };
        case 'SOURCE_APPROVED':
            return {
                ...next,
                sourceReview: {
                    submittedAt: client.sourceReview?.submittedAt ?? at,
                    ...(change.actorId !== undefined ? { approvedBy: change.actorId } : {}),
                    approvedAt: at,
                },
            };
        case 'SUSPENDED':
            return {
                ...next,
                suspension: {
                    reasonRef: change.reasonRef ?? '',
                    suspendedAt: at,
                    automatic: change.automatic ?? false,
                },
            };
        case 'CONNECTED':
            return change.approvedVersion !== undefined
                ? { ...next, version: change.approvedVersion }
                : next;
        default:
            return next;
    }
}
