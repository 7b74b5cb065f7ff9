import { type Result } from '../../contracts/result.js';
import { type Problem } from '../../contracts/problems.js';
import type { ClientState, ClientSystem, OfficerRole } from './types.js';
/** The lowest security level that may connect (Decree 85/2016 level 3). @see SECURITY.md GW-02 */
export declare const MIN_SECURITY_LEVEL = 3;
/** What a precondition of a transition checks, named in the 422 detail. */
export type TransitionGuard = 'COMMITMENT_REF' | 'SECURITY_LEVEL' | 'REASON_REF';
/** One allowed move of the onboarding lifecycle: who may make it and what it needs. */
export interface TransitionRule {
    readonly from: ClientState | '*';
    readonly to: ClientState;
    readonly roles: readonly OfficerRole[];
    readonly guards: readonly TransitionGuard[];
}
/**
 * The lifecycle as data. Only `DATA_OWNER` approves the source, suspends and re-approves; the
 * owning unit's administrator signs, submits and asks for re-approval; contractors, officers and
 * inspectors move nothing (role separation, GW-18). `DISCONNECTED` is final.
 * @see ../shared/domain/SECURITY.md §1, GW-01, GW-02, GW-03, GW-14
 * @see specs/sandbox.yaml sandboxChangeClientState
 */
export declare const CLIENT_TRANSITIONS: readonly TransitionRule[];
/** A requested move with what it carries. */
export interface StateChange {
    readonly target: ClientState;
    readonly actorRole: OfficerRole;
    readonly reasonRef?: string;
    readonly commitmentRef?: string;
    /** The DATA_OWNER account that approves the source (recorded in `sourceReview`). */
    readonly actorId?: string;
    /** True when the gateway suspends on its own (violations, bulk limit, incident). */
    readonly automatic?: boolean;
    /** The version the client becomes when re-approved (a version change put it on hold). */
    readonly approvedVersion?: string;
}
/** The rule that allows `from → to`, if any. `DISCONNECTED` leads nowhere. */
export declare function transitionRule(from: ClientState, to: ClientState): TransitionRule | undefined;
/**
 * Applies a move to a client, checking the table, the actor's role and the guards, in that
 * order: 409 `ILLEGAL_STATE_TRANSITION`, 403 `ROLE_NOT_PERMITTED`, 422 `STATE_PRECONDITION_FAILED`.
 * Pure: the caller stores the result. `at` is the instant in `+07:00` form.
 * @see ../shared/domain/SECURITY.md §1, GW-01, GW-02, GW-14
 */
export declare function applyTransition(client: ClientSystem, change: StateChange, at: string): Result<ClientSystem, Problem>;
