import { type KeyObject } from 'node:crypto';
import type { Json } from '../model.js';
/** Every dossier event type, so the receiver's subscription hears everything. */
export declare const EVENT_TYPES: readonly ["HO_SO_DA_TIEP_NHAN", "THU_TUC_CON_BAT_DAU", "THU_TUC_CON_HOAN_THANH", "YEU_CAU_BO_SUNG", "THU_TUC_CON_TU_CHOI", "HO_SO_HOAN_THANH", "HO_SO_QUA_HAN", "HO_SO_DA_RUT", "HO_SO_DUNG_XU_LY"];
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
export declare function startReceiver(options: {
    readonly keys: () => Promise<KeySet>;
    readonly failFirst?: number;
    readonly status?: number;
}): Promise<Receiver>;
/** Reads a JWKS document into public keys. */
export declare function keySetOf(jwks: Json | undefined): KeySet;
/**
 * Verifies a detached RS256 JWS with an unencoded payload (`b64: false`, RFC 7797) over the raw
 * body, with the key its header names.
 */
export declare function verifyDetached(jws: string, raw: string, keys: KeySet): boolean;
