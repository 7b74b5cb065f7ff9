import { randomBytes as nodeRandomBytes, scrypt, timingSafeEqual } from 'node:crypto';
/** The default random source. */
export const defaultRandomBytes = (size) => nodeRandomBytes(size);
const KEY_LENGTH = 32;
const SALT_BYTES = 16;
const PREFIX = 'scrypt';
/**
 * A new client secret: `cs_` and 32 base64url characters (192 bits), matching the
 * `ClientSecret` schema. Shown once, then only its hash is kept.
 * @see specs/sandbox.yaml#/components/schemas/ClientSecret; SECURITY.md GW-13
 */
export function generateSecret(random = defaultRandomBytes) {
    return `cs_${random(24).toString('base64url')}`;
}
/**
 * Hashes a secret with scrypt (Node defaults N=16384, r=8, p=1) and a random salt, as
 * `scrypt$<salt>$<hash>` (base64url). Asynchronous so that the event loop keeps serving.
 * @see SECURITY.md GW-13 ("stored hashed"); RFC 7914
 */
export async function hashSecret(secret, random = defaultRandomBytes) {
    const salt = random(SALT_BYTES);
    const hash = await derive(secret, salt);
    return `${PREFIX}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}
/**
 * True when `secret` matches the stored hash. The comparison takes the same time whatever the
 * input; a malformed stored hash never matches.
 * @see SECURITY.md GW-13
 */
export async function verifySecret(secret, stored) {
    const [prefix, salt, hash] = stored.split('$');
    if (prefix !== PREFIX || salt === undefined || hash === undefined)
        return false;
    const expected = Buffer.from(hash, 'base64url');
    if (expected.length !== KEY_LENGTH)
        return false;
    const actual = await derive(secret, Buffer.from(salt, 'base64url'));
    return timingSafeEqual(actual, expected);
}
function derive(secret, salt) {
    return new Promise((resolve, reject) => {
        scrypt(secret.normalize('NFC'), salt, KEY_LENGTH, (error, key) => error ? reject(error) : resolve(key));
    });
}
