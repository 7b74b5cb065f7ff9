import { type ProblemTemplate } from '../../contracts/problems.js';
/**
 * Problems of the auth stage and the client-system registry, declared once as data. The 401s
 * travel with a `WWW-Authenticate` challenge (see {@link bearerChallenge}).
 * @see ../shared/domain/SECURITY.md §4 (gateway error catalogue), GW-01..GW-04, GW-13, GW-14
 * @see specs/common.yaml#/components/responses/Unauthorized, Forbidden
 */
export declare const AUTH_PROBLEMS: {
    readonly tokenMissing: ProblemTemplate;
    readonly tokenInvalid: ProblemTemplate;
    readonly tokenExpired: ProblemTemplate;
    readonly tokenAudienceInvalid: ProblemTemplate;
    readonly insufficientScope: ProblemTemplate;
    readonly clientUnknown: ProblemTemplate;
    readonly clientNotApproved: ProblemTemplate;
    readonly clientReapprovalRequired: ProblemTemplate;
    readonly connectionSuspended: ProblemTemplate;
    readonly officerRequired: ProblemTemplate;
    readonly officerNotPermitted: ProblemTemplate;
    readonly credentialHolderNotPermitted: ProblemTemplate;
    readonly illegalStateTransition: ProblemTemplate;
    readonly roleNotPermitted: ProblemTemplate;
    readonly statePreconditionFailed: ProblemTemplate;
    readonly clientNotFound: ProblemTemplate;
    readonly clientExists: ProblemTemplate;
    readonly clientDisconnected: ProblemTemplate;
    readonly officerNotFound: ProblemTemplate;
    readonly officerExists: ProblemTemplate;
    readonly roleConflict: ProblemTemplate;
    readonly officerUnitMismatch: ProblemTemplate;
};
/** The realm every challenge names. */
export declare const AUTH_REALM = "lienthong-sandbox";
/**
 * A `WWW-Authenticate` value for the Bearer scheme. Without `error` (no token was sent) only the
 * realm is named, as RFC 6750 §3.1 asks; quotes and backslashes in values are escaped.
 * @see RFC 6750 §3
 */
export declare function bearerChallenge(error?: 'invalid_token' | 'invalid_request' | 'insufficient_scope', description?: string, scope?: string): string;
