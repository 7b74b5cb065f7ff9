import { type Result } from '../../contracts/result.js';
import type { ClientRegistry } from './client-registry.js';
import { type RandomBytes } from './secrets.js';
import type { TokenSigner } from './token-signer.js';
import type { OAuthError, OAuthTokenResponse } from './types.js';
/** The audience tokens carry unless the request names another. */
export declare const DEFAULT_AUDIENCE = "lienthong-sandbox";
/** Default token lifetime in seconds. */
export declare const DEFAULT_TOKEN_TTL_SECONDS = 3600;
/** A refused token request: the RFC 6749 §5.2 body and its status (400, or 401 for the client). */
export interface TokenRequestError {
    readonly status: 400 | 401;
    readonly body: OAuthError;
}
/** The claims of an access token. */
export interface AccessTokenClaims {
    readonly iss: string;
    readonly aud: string;
    readonly sub: string;
    readonly client_id: string;
    readonly scope: string;
    readonly maTinh: string;
    readonly iat: number;
    readonly exp: number;
    readonly jti: string;
}
/** What {@link createTokenIssuer} needs. */
export interface TokenIssuerOptions {
    readonly clients: Pick<ClientRegistry, 'authenticate'>;
    readonly signer: TokenSigner;
    /** `iss` of every token. */
    readonly issuer: string;
    /** `aud` when the request names none (default `lienthong-sandbox`). */
    readonly audience?: string;
    readonly ttlSeconds?: number;
    /** The gateway's time (not a sandbox clock: a token is valid across sandboxes). */
    readonly now: () => Date;
    readonly random?: RandomBytes;
}
/** Answers a token request body (form fields or JSON) with a token or an RFC 6749 error. */
export type TokenIssuer = (body: unknown) => Promise<Result<OAuthTokenResponse, TokenRequestError>>;
/**
 * Creates the client-credentials token issuer of `POST /oauth/token`. The requested scope must
 * be a subset of the client's registered scopes (all of them when omitted). A client that is
 * not CONNECTED still gets a token: its state is enforced on each data call.
 * @see RFC 6749 §4.4, §5.1, §5.2; specs/sandbox.yaml sandboxIssueToken; SECURITY.md GW-03
 */
export declare function createTokenIssuer(options: TokenIssuerOptions): TokenIssuer;
/**
 * The scopes to grant: the requested ones when every one is registered, all registered ones
 * when none is requested, otherwise the reason (naming the scopes refused).
 * @see RFC 6749 §3.3
 */
export declare function grantedScopes(requested: string | undefined, registered: readonly string[]): Result<readonly string[], string>;
