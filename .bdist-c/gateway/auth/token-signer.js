import { createPublicKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
/**
 * A signer over an RSA private key (a `node:crypto` KeyObject), for keys loaded from
 * configuration or generated at start-up.
 * @see RFC 7515, RFC 7517, RFC 7519; DESIGN.md §4 (`POST /oauth/token`)
 */
export function createTokenSigner(options) {
    const { privateKey, kid } = options;
    if (privateKey.asymmetricKeyType !== 'rsa')
        throw new TypeError('token keys must be RSA keys');
    const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
    const published = { kty: 'RSA', kid, use: 'sig', alg: 'RS256', n: jwk.n, e: jwk.e };
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
export function signerFromKeyRing(ring) {
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
export function publicKeysFromJwks(set) {
    const keys = new Map();
    for (const key of set.keys) {
        if (key.kty !== 'RSA' || key.use !== 'sig')
            continue;
        keys.set(key.kid, createPublicKey({ key: { kty: 'RSA', n: key.n, e: key.e }, format: 'jwk' }));
    }
    return keys;
}
