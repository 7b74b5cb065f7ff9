import { createPublicKey, verify as rsaVerify } from 'node:crypto';
import { createServer } from 'node:http';
/** Every dossier event type, so the receiver's subscription hears everything. */
export const EVENT_TYPES = [
    'HO_SO_DA_TIEP_NHAN',
    'THU_TUC_CON_BAT_DAU',
    'THU_TUC_CON_HOAN_THANH',
    'YEU_CAU_BO_SUNG',
    'THU_TUC_CON_TU_CHOI',
    'HO_SO_HOAN_THANH',
    'HO_SO_QUA_HAN',
    'HO_SO_DA_RUT',
    'HO_SO_DUNG_XU_LY',
];
/**
 * Starts a receiver on 127.0.0.1 (a free port) that records every delivery, verifies its
 * `X-Lienthong-Signature` and answers `status` (default 503) to the first `failFirst` deliveries,
 * 204 afterwards.
 * @see specs/lienthong.yaml `lienthongPutSubscription`, webhooks; RFC 7797
 */
export async function startReceiver(options) {
    const deliveries = [];
    let failuresLeft = options.failFirst ?? 0;
    const server = createServer((req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            const raw = Buffer.concat(chunks).toString('utf8');
            const answered = failuresLeft > 0 ? (options.status ?? 503) : 204;
            if (failuresLeft > 0)
                failuresLeft -= 1;
            void options
                .keys()
                .then((keys) => verifyDetached(String(req.headers['x-lienthong-signature'] ?? ''), raw, keys))
                .catch(() => false)
                .then((signed) => {
                const eventId = req.headers['x-lienthong-event-id'];
                deliveries.push({
                    raw,
                    signed,
                    answered,
                    ...(typeof eventId === 'string' ? { eventId } : {}),
                    ...parseEvent(raw),
                });
                res.statusCode = answered;
                res.end();
            });
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}/hooks`,
        deliveries,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
/** Reads a JWKS document into public keys. */
export function keySetOf(jwks) {
    const keys = new Map();
    const list = jwks?.keys ?? [];
    for (const jwk of list) {
        if (typeof jwk.kid !== 'string')
            continue;
        keys.set(jwk.kid, createPublicKey({ key: jwk, format: 'jwk' }));
    }
    return keys;
}
const DETACHED = /^([A-Za-z0-9_-]+)\.\.([A-Za-z0-9_-]+)$/;
/**
 * Verifies a detached RS256 JWS with an unencoded payload (`b64: false`, RFC 7797) over the raw
 * body, with the key its header names.
 */
export function verifyDetached(jws, raw, keys) {
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
    const critical = Array.isArray(header.crit) && header.crit.includes('b64');
    if (header.alg !== 'RS256' || header.b64 !== false || !critical)
        return false;
    const key = typeof header.kid === 'string' ? keys.get(header.kid) : undefined;
    if (!key)
        return false;
    const input = Buffer.concat([Buffer.from(`${encoded}.`, 'ascii'), Buffer.from(raw, 'utf8')]);
    return rsaVerify('sha256', input, key, Buffer.from(signature, 'base64url'));
}
function parseEvent(raw) {
    try {
        const parsed = JSON.parse(raw);
        return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { event: parsed } : {};
    }
    catch {
        return {};
    }
}
