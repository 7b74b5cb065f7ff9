import type { RequestListener, ServerResponse } from 'node:http';
import type { Pipeline } from '../pipeline/pipeline.js';
/** What the node host needs. */
export interface NodeHostOptions {
    readonly pipeline: Pipeline;
    readonly bodyLimitBytes: number;
    /** Serves what the fast path does not take: the express app of the same pipeline. */
    readonly fallback: RequestListener;
    /** Answers a request whose pipeline threw (a bug): logs it and sends 500. */
    readonly failed: (error: unknown, request: FailedRequest, res: ServerResponse) => void;
}
/** The request a pipeline failure is reported with. */
export interface FailedRequest {
    readonly requestId: string;
    readonly method: string;
    readonly path: string;
}
/**
 * The `node:http` host of the pipeline, in front of the express app: an API call with no body,
 * or with a plain UTF-8 JSON body of a declared length within the limit, is read here and
 * answered by the pipeline directly — no router, no general body parsers, no `res.send`. The
 * docs, form posts (the token endpoint), chunked, compressed or oversized bodies and other
 * charsets go to the express app unchanged, which answers exactly as before (413, 415,
 * malformed JSON 400 included). Both write answers with the same `sendOutput`.
 * @see docs/decisions/0006-fast-host.md
 */
export declare function createNodeHost(options: NodeHostOptions): RequestListener;
