import type { IncomingHttpHeaders } from 'node:http';
import { type ErrorRequestHandler, type RequestHandler } from 'express';
/**
 * Body parsers for JSON (`application/json`, `application/*+json`) and form posts (the OAuth
 * token endpoint), both bounded by the configured size limit.
 */
export declare function bodyParsers(limitBytes: number): RequestHandler[];
/** Turns body-parser failures into problems: malformed JSON 400, too large 413, bad charset 415. */
export declare const bodyErrors: ErrorRequestHandler;
/** The media type of a request without parameters, lower-cased; `undefined` when absent. */
export declare function mediaTypeOf(headers: IncomingHttpHeaders): string | undefined;
/** True when the request carries a body (RFC 9110 §6.4.1: Transfer-Encoding or non-zero Content-Length). */
export declare function hasBody(headers: IncomingHttpHeaders): boolean;
