import { createPublicKey, generateKeyPairSync, randomBytes, sign as rsaSign, verify as rsaVerify, } from 'node:crypto';
import jwt from 'jsonwebtoken';
/**
 * Creates a key ring with one RSA key generated at start-up (2048 bits), or with the given
 * private key. Documents signed by the mocks (birth certificates, extracts, notices) and, later,
 * tokens and webhooks are verifiable with the published JWKS.
 * @see DESIGN.md §4 (`GET /.well-known/jwks.json`), RFC 7515, RFC 7517
 */
export function createKeyRing(options = {}) {
    const privateKey = options.privateKey ?? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const publicKey = createPublicKey(privateKey);
    const kid = options.kid ?? `sandbox-${randomBytes(6).toString('hex')}`;
    const jwk = publicKey.export({ format: 'jwk' });
    const published = { kty: 'RSA', kid, use: 'sig', alg: 'RS256', n: jwk.n, e: jwk.e };
    return {
        currentKid: kid,
        sign: (payload) => jwt.sign({ ...payload }, privateKey, { algorithm: 'RS256', keyid: kid, noTimestamp: true }),
        verify(jws) {
            const decoded = jwt.decode(jws, { complete: true });
            if (!decoded || typeof decoded.payload !== 'object')
                return { ok: false, reason: 'MALFORMED' };
            if (decoded.header.kid !== kid)
                return { ok: false, reason: 'UNKNOWN_KEY' };
            try {
                const payload = jwt.verify(jws, publicKey, { algorithms: ['RS256'] });
                return { ok: true, payload: payload, kid };
            }
            catch {
                return { ok: false, reason: 'BAD_SIGNATURE' };
            }
        },
        signDetached: (raw) => signDetached(raw, privateKey, kid),
        verifyDetached: (jws, raw) => verifyDetached(jws, raw, publicKey, kid),
        jwks: () => ({ keys: [published] }),
    };
}
const DETACHED = /^([A-Za-z0-9_-]+)\.\.([A-Za-z0-9_-]+)$/;
/** The JWS signing input of an unencoded payload: `base64url(header) || '.' || raw bytes`. */
function signingInput(encodedHeader, raw) {
    const payload = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.from(raw);
    return Buffer.concat([Buffer.from(`${encodedHeader}.`, 'ascii'), payload]);
}
function signDetached(raw, privateKey, kid) {
    const header = { alg: 'RS256', kid, b64: false, crit: ['b64'] };
    const encoded = Buffer.from(JSON.stringify(header), 'utf8').toString('base64url');
    const signature = rsaSign('sha256', signingInput(encoded, raw), privateKey);
    return `${encoded}..${signature.toString('base64url')}`;
}
function verifyDetached(jws, raw, publicKey, kid) {
    const parts = DETACHED.exec(jws);
    if (!parts)
        return false;
    const [, encoded = '', signature = ''] = parts;
    let header;
    try {
        header = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    }
    catch {
        return false;
    }
    // RFC 7797 §6: b64=false must be listed as critical, and only an RS256 key of ours may verify.
    if (!isDetachedHeader(header) || header.kid !== kid)
        return false;
    return rsaVerify('sha256', signingInput(encoded, raw), publicKey, Buffer.from(signature, 'base64url'));
}
function isDetachedHeader(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const h = value;
    return (h.alg === 'RS256' &&
        h.b64 === false &&
        Array.isArray(h.crit) &&
        h.crit.includes('b64') &&
        typeof h.kid === 'string');
}
/**
 * A key ring whose key is still being generated (off the main thread): systems can be built and
 * seeded with it meanwhile. Using it before `settle` is a bug and throws.
 */
export function lateKeyRing() {
    let settled;
    const ring = () => {
        if (!settled)
            throw new Error('the signing key is not generated yet');
        return settled;
    };
    return {
        keys: {
            get currentKid() {
                return ring().currentKid;
            },
            sign: (payload) => ring().sign(payload),
            verify: (jws) => ring().verify(jws),
            signDetached: (raw) => ring().signDetached(raw),
            verifyDetached: (jws, raw) => ring().verifyDetached(jws, raw),
            jwks: () => ring().jwks(),
        },
        settle: (keys) => {
            settled = keys;
        },
    };
}
