import { problemOutput } from '../pipeline/pipeline.js';
import { REQUEST_ID_HEADER } from './request-id.js';
/** Media type of RFC 9457 problems. */
export const PROBLEM_JSON = 'application/problem+json';
/** A `charset` parameter already present in a media type. */
const CHARSET_PARAMETER = /;\s*charset\s*=/i;
/** Sends a problem, stamping `instance` with the correlation id. */
export function sendProblem(res, requestId, p, headers = {}) {
    sendOutput(res, problemOutput(p, { requestId }, headers), requestId);
}
/**
 * Sends a handler's answer on any `node:http` response (express's included): JSON-like media
 * types are serialised, text is sent as is, always as UTF-8 with its `charset` parameter and
 * `Content-Length` — the bytes and headers express's `res.send` would write, without its work.
 * A `HEAD` request gets the headers only (node drops the body). With `requestId`, the answer
 * carries it as `X-Request-Id` (the node host sets no header before: all go in one `writeHead`).
 */
export function sendOutput(res, output, requestId) {
    const headers = { ...output.headers };
    if (requestId !== undefined)
        headers[REQUEST_ID_HEADER] = requestId;
    if (output.body === undefined) {
        res.writeHead(output.status, headers).end();
        return;
    }
    const contentType = output.contentType ?? defaultContentType(output.status);
    const text = typeof output.body === 'string' && !isJsonMediaType(contentType)
        ? output.body
        : JSON.stringify(output.body);
    headers['content-type'] = withCharset(contentType);
    headers['content-length'] = Buffer.byteLength(text, 'utf8');
    // Node encodes the text as it writes it: no Buffer copy of the body on the JS heap.
    res.writeHead(output.status, headers).end(text, 'utf8');
}
/** `Content-Type` values with their charset, by media type (a handful per process). */
const typed = new Map();
function withCharset(contentType) {
    let value = typed.get(contentType);
    if (value === undefined) {
        value = CHARSET_PARAMETER.test(contentType) ? contentType : `${contentType}; charset=utf-8`;
        if (typed.size < 64)
            typed.set(contentType, value);
    }
    return value;
}
/** True for `application/json` and `application/*+json`. */
export function isJsonMediaType(mediaType) {
    return mediaType === 'application/json' || /^application\/[a-z0-9.+-]*\+json$/.test(mediaType);
}
function defaultContentType(status) {
    return status >= 400 ? PROBLEM_JSON : 'application/json';
}
