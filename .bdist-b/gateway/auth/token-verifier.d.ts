import type { KeyObject } from 'node:crypto';
import { type Problem } from '../../contracts/problems.js';
import { type Result } from '../../contracts/result.js';
/** Who is calling, as a verified access token says. */
export interface Principal {
    readonly clientId: string;
    readonly scopes: readonly string[];
    readonly maTinh: string;
    /** The token's `jti` (for the journal; never the token itself). */
    readonly tokenId: string;
}
/** A refusal of the auth stage: the problem and the headers that go with it. */
export interface AuthFailure {
    readonly problem: Problem;
    readonly headers: Readonly<Record<string, string>>;
}
/** What verification checks against. */
export interface VerifyOptions {
    /** Verification keys by `kid` (see `publicKeysFromJwks`). */
    readonly publicKeys: ReadonlyMap<string, KeyObject>;
    readonly issuer: string;
    readonly audience: string;
    /** Leeway for `exp`/`nbf`, seconds (default 5). */
    readonly clockToleranceSec?: number;
    /** The gateway's time. */
    readonly now: () => Date;
}
/**
 * Verifies the `Authorization: Bearer` header: an RS256 JWT (explicit algorithms) signed by a
 * known `kid`, from this issuer, for this audience, not expired. Failures are 401 problems with
 * a `WWW-Authenticate` challenge: TOKEN_MISSING (no `error` attribute), TOKEN_INVALID,
 * TOKEN_EXPIRED, TOKEN_AUDIENCE_INVALID. Details never quote the token.
 * @see RFC 6750 §2.1, §3; RFC 7519 §7.2; specs/common.yaml#/components/responses/Unauthorized
 */
export declare function verifyAccessToken(authorization: unknown, options: VerifyOptions): Result<Principal, AuthFailure>;
/** How many verified tokens {@link createAccessTokenVerifier} remembers by default. */
export declare const VERIFIED_TOKEN_CACHE_SIZE = 1024;
/**
 * {@link verifyAccessToken} with a bounded LRU of the tokens it verified, keyed by the raw token:
 * a client reuses its token for up to an hour, and an RSA signature check costs more than the
 * rest of the request. A remembered token is still checked against the clock (`exp`, `nbf`, with
 * the same leeway) on every call; once outside its validity it is forgotten and verified again,
 * so the refusal is the one the full check gives. Failures are never remembered. The options
 * (keys, issuer, audience) are fixed for the verifier's lifetime.
 * @see RFC 7519 §4.1.4, §4.1.5; issue 5 (performance targets)
 */
export declare function createAccessTokenVerifier(options: VerifyOptions, maxEntries?: number): (authorization: unknown) => Result<Principal, AuthFailure>;
/**
 * Checks that the principal holds every scope the operation requires (its first security
 * requirement); otherwise 403 INSUFFICIENT_SCOPE naming the missing scope.
 * @see RFC 6750 §3.1 (insufficient_scope); specs/common.yaml#/components/responses/Forbidden
 */
export declare function authorize(principal: Principal, required: readonly string[]): Result<Principal, AuthFailure>;
