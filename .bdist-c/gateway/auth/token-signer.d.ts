import { type KeyObject } from 'node:crypto';
import type { KeyRing } from '../../mocks/signing/key-ring.js';
import type { JsonWebKeySet } from './types.js';
/** Signs access-token claims as an RS256 JWT with `kid` in the header. */
export interface TokenSigner {
    readonly kid: string;
    /** Signs the claims as given: `iat` and `exp` are set by the caller, never added. */
    sign(claims: Readonly<Record<string, unknown>>): string;
    /** The public key set that verifies what this signer signs. */
    jwks(): JsonWebKeySet;
}
/**
 * A signer over an RSA private key (a `node:crypto` KeyObject), for keys loaded from
 * configuration or generated at start-up.
 * @see RFC 7515, RFC 7517, RFC 7519; DESIGN.md §4 (`POST /oauth/token`)
 */
export declare function createTokenSigner(options: {
    readonly privateKey: KeyObject;
    readonly kid: string;
}): TokenSigner;
/**
 * A signer over the sandbox key ring, so tokens, signed documents and webhooks share the keys
 * published at `/.well-known/jwks.json`. The ring signs RS256 with its `kid`, but it signs with
 * `noTimestamp`, which makes jsonwebtoken drop the `iat` claim (`exp` and the rest are kept);
 * prefer {@link createTokenSigner} until the ring keeps a given `iat`.
 * @see mocks/signing/key-ring.ts
 */
export declare function signerFromKeyRing(ring: KeyRing): TokenSigner;
/**
 * The verification keys of a key set, by `kid` (RSA signing keys only).
 * @see RFC 7517 §5
 */
export declare function publicKeysFromJwks(set: {
    readonly keys: readonly JsonWebKeySet['keys'][number][];
}): ReadonlyMap<string, KeyObject>;
