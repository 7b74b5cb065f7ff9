/**
 * Content negotiation for the one operation that answers in two media types.
 * @see RFC 9110 §12.5.1 (Accept); specs/sandbox.yaml sandboxGetAccountInventory
 */
/**
 * True when `Accept` ranks `text/csv` above `application/json`. JSON wins ties and is the answer
 * without an `Accept` header, so `*\/*` and unparseable values keep the default.
 * @see RFC 9110 §12.5.1
 */
export declare function prefersCsv(accept: unknown): boolean;
