import { problemOutput } from '../pipeline/pipeline.js';
/** Media type of RFC 9457 problems. */
export const PROBLEM_JSON = 'application/problem+json';
/** A `charset` parameter already present in a media type. */
const CHARSET_PARAMETER = /;\s*charset\s*=/i;
/** Sends a problem, stamping `instance` with the correlation id. */
export function sendProblem(res, requestId, p, headers = {}) {
    sendOutput(res, problemOutput(p, { requestId }, headers));
}
/**
 * Sends a handler's answer on any `node:http` response (express's included): JSON-like media
 * types are serialised, text is sent as is, always as UTF-8 with its `charset` parameter and
 * `Content-Length` — the bytes and headers express's `res.send` would write, without its work.
 * A `HEAD` request gets the headers only (node drops the body).
 */
export function sendOutput(res, output) {
    const headers = { ...output.headers };
    if (output.body === undefined) {
        res.writeHead(output.status, headers).end();
        return;
    }
    const contentType = output.contentType ?? defaultContentType(output.status);
    const text = typeof output.body === 'string' && !isJsonMediaType(contentType)
        ? output.body
        : JSON.stringify(output.body);
    const bytes = Buffer.from(text, 'utf8');
    headers['content-type'] = CHARSET_PARAMETER.test(contentType)
        ? contentType
        : `${contentType}; charset=utf-8`;
    headers['content-length'] = bytes.length;
    res.writeHead(output.status, headers).end(bytes);
}
/** True for `application/json` and `application/*+json`. */
export function isJsonMediaType(mediaType) {
    return mediaType === 'application/json' || /^application\/[a-z0-9.+-]*\+json$/.test(mediaType);
}
function defaultContentType(status) {
    return status >= 400 ? PROBLEM_JSON : 'application/json';
}
