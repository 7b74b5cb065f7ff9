import jwt from 'jsonwebtoken';
import { problem } from '../../contracts/problems.js';
import { err, ok } from '../../contracts/result.js';
import { toVnIso } from '../../mocks/domain/calendar/index.js';
import { AUTH_PROBLEMS, bearerChallenge } from './problems.js';
const BEARER = /^Bearer(?:[ \t]+(\S*))?$/i;
/**
 * Verifies the `Authorization: Bearer` header: an RS256 JWT (explicit algorithms) signed by a
 * known `kid`, from this issuer, for this audience, not expired. Failures are 401 problems with
 * a `WWW-Authenticate` challenge: TOKEN_MISSING (no `error` attribute), TOKEN_INVALID,
 * TOKEN_EXPIRED, TOKEN_AUDIENCE_INVALID. Details never quote the token.
 * @see RFC 6750 §2.1, §3; RFC 7519 §7.2; specs/common.yaml#/components/responses/Unauthorized
 */
export function verifyAccessToken(authorization, options) {
    const match = typeof authorization === 'string' ? BEARER.exec(authorization.trim()) : null;
    if (!match) {
        return err({
            problem: problem(AUTH_PROBLEMS.tokenMissing, 'Send an access token as Authorization: Bearer <token>; POST /oauth/token issues one.'),
            headers: { 'www-authenticate': bearerChallenge() },
        });
    }
    const token = match[1] ?? '';
    const decoded = jwt.decode(token, { complete: true });
    if (!decoded || typeof decoded.payload !== 'object') {
        return invalid(AUTH_PROBLEMS.tokenInvalid, 'The access token is not a well-formed JWT.');
    }
    const kid = decoded.header.kid;
    const key = kid === undefined ? undefined : options.publicKeys.get(kid);
    if (!key) {
        return invalid(AUTH_PROBLEMS.tokenInvalid, 'The access token is signed with an unknown key (kid).');
    }
    let payload;
    try {
        payload = jwt.verify(token, key, {
            algorithms: ['RS256'],
            issuer: options.issuer,
            audience: options.audience,
            clockTolerance: options.clockToleranceSec ?? 5,
            clockTimestamp: Math.floor(options.now().getTime() / 1000),
        });
    }
    catch (error) {
        return refusal(error, options.audience);
    }
    const { client_id: clientId, scope, maTinh, jti } = payload;
    if (typeof clientId !== 'string' ||
        payload.sub !== clientId ||
        typeof scope !== 'string' ||
        typeof maTinh !== 'string' ||
        typeof jti !== 'string') {
        return invalid(AUTH_PROBLEMS.tokenInvalid, 'The access token lacks its client, scope, province or id claims.');
    }
    return ok({ clientId, scopes: scope.split(' ').filter((s) => s !== ''), maTinh, tokenId: jti });
}
/** How many verified tokens {@link createAccessTokenVerifier} remembers by default. */
export const VERIFIED_TOKEN_CACHE_SIZE = 1024;
/**
 * {@link verifyAccessToken} with a bounded LRU of the tokens it verified, keyed by the raw token:
 * a client reuses its token for up to an hour, and an RSA signature check costs more than the
 * rest of the request. A remembered token is still checked against the clock (`exp`, `nbf`, with
 * the same leeway) on every call; once outside its validity it is forgotten and verified again,
 * so the refusal is the one the full check gives. Failures are never remembered. The options
 * (keys, issuer, audience) are fixed for the verifier's lifetime.
 * @see RFC 7519 §4.1.4, §4.1.5; issue 5 (performance targets)
 */
export function createAccessTokenVerifier(options, maxEntries = VERIFIED_TOKEN_CACHE_SIZE) {
    const verified = new Map();
    const tolerance = options.clockToleranceSec ?? 5;
    return (authorization) => {
        if (typeof authorization !== 'string')
            return verifyAccessToken(authorization, options);
        const known = verified.get(authorization);
        if (known) {
            const nowSec = Math.floor(options.now().getTime() / 1000);
            const live = (known.exp === undefined || nowSec < known.exp + tolerance) &&
                (known.nbf === undefined || known.nbf <= nowSec + tolerance);
            verified.delete(authorization);
            if (live) {
                // Re-inserted so the Map's insertion order is the recency order.
                verified.set(authorization, known);
                return ok(known.principal);
            }
        }
        const result = verifyAccessToken(authorization, options);
        if (result.ok) {
            const claims = jwt.decode(authorization.trim().split(/[ \t]+/)[1] ?? '', { json: true });
            verified.set(authorization, {
                principal: result.value,
                exp: typeof claims?.exp === 'number' ? claims.exp : undefined,
                nbf: typeof claims?.nbf === 'number' ? claims.nbf : undefined,
            });
            if (verified.size > maxEntries) {
                const oldest = verified.keys().next();
                if (oldest.done !== true)
                    verified.delete(oldest.value);
            }
        }
        return result;
    };
}
/**
 * Checks that the principal holds every scope the operation requires (its first security
 * requirement); otherwise 403 INSUFFICIENT_SCOPE naming the missing scope.
 * @see RFC 6750 §3.1 (insufficient_scope); specs/common.yaml#/components/responses/Forbidden
 */
export function authorize(principal, required) {
    const missing = required.filter((s) => !principal.scopes.includes(s));
    if (missing.length === 0)
        return ok(principal);
    const names = missing.join(' ');
    const detail = `The token lacks the scope ${names}.`;
    return err({
        problem: problem(AUTH_PROBLEMS.insufficientScope, detail),
        headers: {
            'www-authenticate': bearerChallenge('insufficient_scope', detail, required.join(' ')),
        },
    });
}
function refusal(error, audience) {
    if (error instanceof jwt.TokenExpiredError) {
        return invalid(AUTH_PROBLEMS.tokenExpired, `The access token expired at ${toVnIso(error.expiredAt)}; request a new one.`);
    }
    if (error instanceof jwt.JsonWebTokenError && error.message.startsWith('jwt audience invalid')) {
        return invalid(AUTH_PROBLEMS.tokenAudienceInvalid, `The access token is not meant for the audience ${audience}.`);
    }
    if (error instanceof jwt.JsonWebTokenError && error.message.startsWith('jwt issuer invalid')) {
        return invalid(AUTH_PROBLEMS.tokenInvalid, 'The access token was not issued by this sandbox.');
    }
    if (error instanceof jwt.NotBeforeError) {
        return invalid(AUTH_PROBLEMS.tokenInvalid, 'The access token is not valid yet.');
    }
    if (error instanceof jwt.JsonWebTokenError) {
        return invalid(AUTH_PROBLEMS.tokenInvalid, 'The access token signature or algorithm does not verify.');
    }
    throw error;
}
function invalid(template, detail) {
    return err({
        problem: problem(template, detail),
        headers: { 'www-authenticate': bearerChallenge('invalid_token', detail) },
    });
}
