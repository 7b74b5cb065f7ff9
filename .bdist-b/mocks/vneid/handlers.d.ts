/**
 * The level and state of a citizen's e-ID account (level 0: no account).
 * @see specs/vneid.yaml `vneidGetAccount`; NĐ 69/2024/NĐ-CP
 */
export declare const getAccount: readonly [string, import("../kit/context.js").MockHandler];
/**
 * Puts a result document in a citizen's wallet and returns a receipt; the same document
 * (`maGiayTo`) is delivered to a wallet once.
 * @see specs/vneid.yaml `vneidDeliverDocument`; DOMAIN.md §3 step 9 (results land in VNeID)
 */
export declare const deliverDocument: readonly [string, import("../kit/context.js").MockHandler];
/** Every operation of the mock, keyed by `operationId`. */
export declare const VNEID_OPERATIONS: readonly [readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler]];
