import type { Handler, HandlerOutput } from '../../contracts/handler.js';
import type { Violation } from '../../contracts/violations.js';
import type { TokenIssuer } from './token-issuer.js';
import type { TokenSigner } from './token-signer.js';
/** What the OAuth handlers need. */
export interface AuthHandlerOptions {
    readonly issueToken: TokenIssuer;
    readonly signer: Pick<TokenSigner, 'jwks'>;
}
/**
 * The public OAuth operations: `sandboxIssueToken` (client credentials, form or JSON; RFC 6749
 * JSON errors, never problem details) and `sandboxGetJwks`.
 * @see specs/sandbox.yaml sandboxIssueToken, sandboxGetJwks; RFC 6749 §4.4, §5; RFC 7517
 */
export declare function createAuthHandlers(options: AuthHandlerOptions): Map<string, Handler>;
/**
 * The RFC 6749 answer to a token request that failed contract validation, for the pipeline to
 * send instead of a 400 problem on `sandboxIssueToken`: a wrong `grant_type` is
 * `unsupported_grant_type`, missing credentials `invalid_client` (401), anything else
 * `invalid_request`.
 * @see RFC 6749 §5.2; specs/sandbox.yaml sandboxIssueToken
 */
export declare function oauthErrorForViolations(violations: readonly Violation[]): HandlerOutput;
