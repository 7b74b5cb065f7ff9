import { createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

/** A public key as published in `/.well-known/jwks.json` (RFC 7517). */
export interface PublicJwk {
  readonly kty: 'RSA';
  readonly kid: string;
  readonly use: 'sig';
  readonly alg: 'RS256';
  readonly n: string;
  readonly e: string;
}

/** Signs and verifies compact JWS (RS256) with the sandbox keys. */
export interface KeyRing {
  /** The id of the key new signatures use. */
  readonly currentKid: string;
  /** Signs a JSON payload as a compact JWS (`header.payload.signature`) with `kid` in the header. */
  sign(payload: Readonly<Record<string, unknown>>): string;
  /** Verifies a compact JWS made with one of the ring's keys and returns its payload. */
  verify(jws: string): VerifyResult;
  /** The public keys, for `/.well-known/jwks.json`. */
  jwks(): { readonly keys: readonly PublicJwk[] };
}

/** Why a signature was refused. */
export type VerifyResult =
  | { readonly ok: true; readonly payload: Record<string, unknown>; readonly kid: string }
  | { readonly ok: false; readonly reason: 'MALFORMED' | 'UNKNOWN_KEY' | 'BAD_SIGNATURE' };

/**
 * Creates a key ring with one RSA key generated at start-up (2048 bits), or with the given
 * private key. Documents signed by the mocks (birth certificates, extracts, notices) and, later,
 * tokens and webhooks are verifiable with the published JWKS.
 * @see DESIGN.md §4 (`GET /.well-known/jwks.json`), RFC 7515, RFC 7517
 */
export function createKeyRing(
  options: { readonly privateKey?: KeyObject; readonly kid?: string } = {},
): KeyRing {
  const privateKey =
    options.privateKey ?? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const publicKey = createPublicKey(privateKey);
  const kid = options.kid ?? `sandbox-${randomBytes(6).toString('hex')}`;
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  const published: PublicJwk = { kty: 'RSA', kid, use: 'sig', alg: 'RS256', n: jwk.n, e: jwk.e };
  return {
    currentKid: kid,
    sign: (payload) =>
      jwt.sign({ ...payload }, privateKey, { algorithm: 'RS256', keyid: kid, noTimestamp: true }),
    verify(jws) {
      const decoded = jwt.decode(jws, { complete: true });
      if (!decoded || typeof decoded.payload !== 'object')
        return { ok: false, reason: 'MALFORMED' };
      if (decoded.header.kid !== kid) return { ok: false, reason: 'UNKNOWN_KEY' };
      try {
        const payload = jwt.verify(jws, publicKey, { algorithms: ['RS256'] });
        return { ok: true, payload: payload as Record<string, unknown>, kid };
      } catch {
        return { ok: false, reason: 'BAD_SIGNATURE' };
      }
    },
    jwks: () => ({ keys: [published] }),
  };
}
