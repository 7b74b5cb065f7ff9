import { type KeyObject } from 'node:crypto';
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
    /**
     * Signs raw bytes as a compact JWS with a detached, unencoded payload (`header..signature`,
     * header `{alg: 'RS256', kid, b64: false, crit: ['b64']}`): the signature of webhook bodies.
     * @see RFC 7797 §3, §6; specs/lienthong.yaml#/components/parameters/EventSignature
     */
    signDetached(raw: string | Uint8Array): string;
    /** True when `jws` is a detached signature of exactly `raw` made with one of the ring's keys. */
    verifyDetached(jws: string, raw: string | Uint8Array): boolean;
    /** The public keys, for `/.well-known/jwks.json`. */
    jwks(): {
        readonly keys: readonly PublicJwk[];
    };
}
/** Why a signature was refused. */
export type VerifyResult = {
    readonly ok: true;
    readonly payload: Record<string, unknown>;
    readonly kid: string;
} | {
    readonly ok: false;
    readonly reason: 'MALFORMED' | 'UNKNOWN_KEY' | 'BAD_SIGNATURE';
};
/**
 * Creates a key ring with one RSA key generated at start-up (2048 bits), or with the given
 * private key. Documents signed by the mocks (birth certificates, extracts, notices) and, later,
 * tokens and webhooks are verifiable with the published JWKS.
 * @see DESIGN.md §4 (`GET /.well-known/jwks.json`), RFC 7515, RFC 7517
 */
export declare function createKeyRing(options?: {
    readonly privateKey?: KeyObject;
    readonly kid?: string;
}): KeyRing;
/**
 * A key ring whose key is still being generated (off the main thread): systems can be built and
 * seeded with it meanwhile. Using it before `settle` is a bug and throws.
 */
export declare function lateKeyRing(): {
    readonly keys: KeyRing;
    settle(ring: KeyRing): void;
};
