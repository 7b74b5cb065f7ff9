import { createPublicKey, verify as rsaVerify, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Json } from '../model.js';

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
] as const;

/** One webhook delivery as the receiver got it. */
export interface Delivery {
  /** The parsed `DossierEvent`, or `undefined` when the body was not JSON. */
  readonly event?: Record<string, Json>;
  /** `X-Lienthong-Event-Id`. */
  readonly eventId?: string;
  readonly raw: string;
  /** The detached JWS verified against the target's JWKS. */
  readonly signed: boolean;
  /** What the receiver answered. */
  readonly answered: number;
}

/** A loopback webhook receiver. */
export interface Receiver {
  readonly url: string;
  readonly deliveries: readonly Delivery[];
  close(): Promise<void>;
}

/** The public keys of a JWKS, by `kid`. */
export type KeySet = ReadonlyMap<string, KeyObject>;

/**
 * Starts a receiver on 127.0.0.1 (a free port) that records every delivery, verifies its
 * `X-Lienthong-Signature` and answers `status` (default 503) to the first `failFirst` deliveries,
 * 204 afterwards.
 * @see specs/lienthong.yaml `lienthongPutSubscription`, webhooks; RFC 7797
 */
export async function startReceiver(options: {
  readonly keys: () => Promise<KeySet>;
  readonly failFirst?: number;
  readonly status?: number;
}): Promise<Receiver> {
  const deliveries: Delivery[] = [];
  let failuresLeft = options.failFirst ?? 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const answered = failuresLeft > 0 ? (options.status ?? 503) : 204;
      if (failuresLeft > 0) failuresLeft -= 1;
      void options
        .keys()
        .then((keys) =>
          verifyDetached(String(req.headers['x-lienthong-signature'] ?? ''), raw, keys),
        )
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    deliveries,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Reads a JWKS document into public keys. */
export function keySetOf(jwks: Json | undefined): KeySet {
  const keys = new Map<string, KeyObject>();
  const list = (jwks as { keys?: Record<string, string>[] } | undefined)?.keys ?? [];
  for (const jwk of list) {
    if (typeof jwk.kid !== 'string') continue;
    keys.set(jwk.kid, createPublicKey({ key: jwk, format: 'jwk' }));
  }
  return keys;
}

const DETACHED = /^([A-Za-z0-9_-]+)\.\.([A-Za-z0-9_-]+)$/;

/**
 * Verifies a detached RS256 JWS with an unencoded payload (`b64: false`, RFC 7797) over the raw
 * body, with the key its header names.
 */
export function verifyDetached(jws: string, raw: string, keys: KeySet): boolean {
  const parts = DETACHED.exec(jws);
  if (!parts) return false;
  const [, encoded = '', signature = ''] = parts;
  let header: { alg?: unknown; kid?: unknown; b64?: unknown; crit?: unknown };
  try {
    header = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as typeof header;
  } catch {
    return false;
  }
  const critical = Array.isArray(header.crit) && header.crit.includes('b64');
  if (header.alg !== 'RS256' || header.b64 !== false || !critical) return false;
  const key = typeof header.kid === 'string' ? keys.get(header.kid) : undefined;
  if (!key) return false;
  const input = Buffer.concat([Buffer.from(`${encoded}.`, 'ascii'), Buffer.from(raw, 'utf8')]);
  return rsaVerify('sha256', input, key, Buffer.from(signature, 'base64url'));
}

function parseEvent(raw: string): { event?: Record<string, Json> } {
  try {
    const parsed = JSON.parse(raw) as Json;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { event: parsed } : {};
  } catch {
    return {};
  }
}
