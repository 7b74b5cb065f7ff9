/**
 * Rebuilds the HTTP request that forwards one validated call to a remote agency: the path from
 * the operation's template and the validated parameters (percent-encoded), the query, the headers
 * the contract declares for the operation plus the correlation id and the sandbox, and the body
 * as JSON. The caller's `Authorization` is the gateway's business and is never forwarded.
 * @see issue 5 pipeline stage 7; DESIGN.md §3
 */
import type { HandlerInput } from '../../contracts/handler.js';
import type { OperationSpec } from '../../contracts/operation-index.js';
/** Header carrying the correlation id to the upstream (and back in the gateway's answer). */
export declare const REQUEST_ID_HEADER = "x-request-id";
/** What `fetch` is called with, minus the signal. */
export interface UpstreamRequest {
    readonly url: string;
    readonly method: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: string;
}
/** A path parameter the template names is missing: validation let through what it must not. */
export declare class MissingPathParameterError extends Error {
    readonly name = "MissingPathParameterError";
}
/** The request that forwards `input` (already validated against `operation`) to `baseUrl`. */
export declare function upstreamRequest(operation: OperationSpec, baseUrl: string, input: HandlerInput): UpstreamRequest;
