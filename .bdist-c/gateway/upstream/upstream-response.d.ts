/**
 * Reads a remote agency's answer into the handler output the pipeline validates against the
 * contract: status, media type and body pass through; a body that cannot be read as what it
 * claims, or as what the contract declares, is a failure of its own, and so is a 503 that does
 * not explain itself with a JSON body.
 * @see issue 5 pipeline stages 7 and 8
 */
import type { HandlerOutput } from '../../contracts/handler.js';
import type { OperationSpec } from '../../contracts/operation-index.js';
import { type Result } from '../../contracts/result.js';
/** Answer headers a contract may declare (specs/*.yaml), passed back to the client. */
export declare const PASSED_RESPONSE_HEADERS: readonly ["location", "retry-after", "cache-control", "content-disposition"];
/** Why an answer could not be passed on, with the headers worth keeping (`retry-after`). */
export type UnreadableAnswer = {
    readonly kind: 'malformed';
    readonly status: number;
    readonly reason: string;
} | {
    readonly kind: 'unavailable';
    readonly headers: Readonly<Record<string, string>>;
};
/**
 * The handler output for `response`. Reading the body may throw like `fetch` itself (timeout,
 * connection reset mid-body); the caller classifies those.
 */
export declare function readUpstreamAnswer(operation: OperationSpec, response: Response): Promise<Result<HandlerOutput, UnreadableAnswer>>;
