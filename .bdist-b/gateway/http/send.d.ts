import type { ServerResponse } from 'node:http';
import type { HandlerOutput } from '../../contracts/handler.js';
import type { Problem } from '../../contracts/problems.js';
/** Media type of RFC 9457 problems. */
export declare const PROBLEM_JSON = "application/problem+json";
/** Sends a problem, stamping `instance` with the correlation id. */
export declare function sendProblem(res: ServerResponse, requestId: string, p: Problem, headers?: Readonly<Record<string, string>>): void;
/**
 * Sends a handler's answer on any `node:http` response (express's included): JSON-like media
 * types are serialised, text is sent as is, always as UTF-8 with its `charset` parameter and
 * `Content-Length` — the bytes and headers express's `res.send` would write, without its work.
 * A `HEAD` request gets the headers only (node drops the body).
 */
export declare function sendOutput(res: ServerResponse, output: HandlerOutput): void;
/** True for `application/json` and `application/*+json`. */
export declare function isJsonMediaType(mediaType: string): boolean;
