/** A source of random bytes (node:crypto `randomBytes` by default; tests inject their own). */
export type RandomBytes = (size: number) => Buffer;
/** The default random source. */
export declare const defaultRandomBytes: RandomBytes;
/**
 * A new client secret: `cs_` and 32 base64url characters (192 bits), matching the
 * `ClientSecret` schema. Shown once, then only its hash is kept.
 * @see specs/sandbox.yaml#/components/schemas/ClientSecret; SECURITY.md GW-13
 */
export declare function generateSecret(random?: RandomBytes): string;
/**
 * Hashes a secret with scrypt (Node defaults N=16384, r=8, p=1) and a random salt, as
 * `scrypt$<salt>$<hash>` (base64url). Asynchronous so that the event loop keeps serving.
 * @see SECURITY.md GW-13 ("stored hashed"); RFC 7914
 */
export declare function hashSecret(secret: string, random?: RandomBytes): Promise<string>;
/**
 * True when `secret` matches the stored hash. The comparison takes the same time whatever the
 * input; a malformed stored hash never matches.
 * @see SECURITY.md GW-13
 */
export declare function verifySecret(secret: string, stored: string): Promise<boolean>;
