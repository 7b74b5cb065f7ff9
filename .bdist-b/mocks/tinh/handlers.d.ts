/** Health of the provincial system. @see specs/tinh.yaml `tinhGetHealth` */
export declare const getHealth: readonly [string, import("../kit/context.js").MockHandler];
/**
 * Receives a linked dossier: checked (422 outside the province or incoherent, 409 when already
 * held), recorded with the province's id and receipt number, acknowledged 202; the civil-status
 * leg is then forwarded before the handler returns, and its outcome reported to the hub.
 * `Prefer: outcome=reject` forces the 422; `outcome=register|pending|supplement|error|refuse`
 * is passed on to the civil-status software.
 * @see specs/tinh.yaml `tinhReceiveDossier` and items 1–3
 */
export declare const receiveDossier: readonly [string, import("../kit/context.js").MockHandler];
/**
 * The province's view of a dossier: its ids, status, and the civil-status leg (registration id,
 * due time, whether the outcome was acknowledged by the hub). 404 for a dossier never received.
 * @see specs/tinh.yaml `tinhGetDossierStatus`
 */
export declare const getDossierStatus: readonly [string, import("../kit/context.js").MockHandler];
/** The dossier operations of the province. */
export declare const DOSSIER_OPERATIONS: (readonly [string, import("../kit/context.js").MockHandler])[];
