/**
 * Receives a supplement of the civil-status leg: 404 unknown dossier; 409 when the leg named is
 * not the province's, or the leg is not waiting for a supplement; else 202, and the supplement is
 * passed to the civil-status software and the new outcome reported. `Prefer: outcome=…` is passed
 * on to the civil-status software.
 * @see specs/tinh.yaml `tinhReceiveSupplement`; DOMAIN.md §3 "Supplement"
 */
export declare const receiveSupplement: readonly [string, import("../kit/context.js").MockHandler];
/**
 * Receives a withdrawal: allowed only before the civil-status step completes. A registration due
 * meanwhile is read first; once registered it is 409 `REGISTRATION_ALREADY_DONE` (the
 * registration stands and its report is sent again if unacknowledged); a dossier already ended is
 * 409 `HO_SO_DA_KET_THUC`. Otherwise 202: status 7, the leg cancelled, progress synced.
 * `Prefer: outcome=refuse` forces the 409 without changing anything.
 * @see specs/tinh.yaml `tinhReceiveWithdrawal`; DOMAIN.md §3 "Withdrawal"
 */
export declare const receiveWithdrawal: readonly [string, import("../kit/context.js").MockHandler];
/**
 * Receives a hub event, once per `maSuKien`: a redelivery is answered 204 without effect; an event
 * for a dossier the province does not hold is still accepted and logged. For a held dossier the
 * province notes the sequence (a gap in `soThuTu` is flagged), takes a final group status (7–10)
 * from withdrawal, stop and completion events, and retries its unacknowledged reports.
 * The signature (`X-Lienthong-Signature`, detached JWS) is verified over the event as the hub
 * serialises it (`JSON.stringify` of the body in its key order — the bytes the hub signed and
 * sent); a signature that does not verify is a 401 `SIGNATURE_INVALID`.
 * @see specs/tinh.yaml `tinhReceiveEvent`; specs/lienthong.yaml `DossierEvent`
 */
export declare const receiveEvent: readonly [string, import("../kit/context.js").MockHandler];
/** The push operations of the province. */
export declare const PUSH_OPERATIONS: (readonly [string, import("../kit/context.js").MockHandler])[];
