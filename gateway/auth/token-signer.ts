import { createPublicKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { KeyRing, PublicJwk } from '../../mocks/signing/key-ring.js';
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
export function createTokenSigner(options: {
  readonly privateKey: KeyObject;
  readonly kid: string;
}): TokenSigner {
  const { privateKey, kid } = options;
  if (privateKey.asymmetricKeyType !== 'rsa') throw new TypeError('token keys must be RSA keys');
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' }) as { n: string; e: string };
  const published: PublicJwk = { kty: 'RSA', kid, use: 'sig', alg: 'RS256', n: jwk.n, e: jwk.e };
  return {
    kid,
    // jsonwebtoken keeps a given `iat` (and adds one only when absent), so claims go out as given.
    sign: (claims) => jwt.sign({ ...claims }, privateKey, { algorithm: 'RS256', keyid: kid }),
    jwks: () => ({ keys: [{ ...published }] }),
  };
}

/**
 * A signer over the sandbox key ring, so tokens, signed documents and webhooks share the keys
 * published at `/.well-known/jwks.json`. The ring signs RS256 with its `kid`, but it signs with
 * `noTimestamp`, which makes jsonwebtoken drop the `iat` claim (`exp` and the rest are kept);
 * prefer {@link createTokenSigner} until the ring keeps a given `iat`.
 * @see mocks/signing/key-ring.ts
 */
export function signerFromKeyRing(ring: KeyRing): TokenSigner {
  return {
    kid: ring.currentKid,
    sign: (claims) => ring.sign(claims),
    jwks: () => ({ keys: [...ring.jwks().keys] }),
  };
}

/**
 * The verification keys of a key set, by `kid` (RSA signing keys only).
 * @see RFC 7517 §5
 */
export function publicKeysFromJwks(set: {
  readonly keys: readonly JsonWebKeySet['keys'][number][];
}): ReadonlyMap<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  for (const key of set.keys) {
    if (key.kty !== 'RSA' || key.use !== 'sig') continue;
    keys.set(key.kid, createPublicKey({ key: { kty: 'RSA', n: key.n, e: key.e }, format: 'jwk' }));
  }
  return keys;
}
