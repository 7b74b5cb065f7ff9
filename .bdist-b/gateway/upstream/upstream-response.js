import { err, ok } from '../../contracts/result.js';
import { isJsonMediaType } from '../http/send.js';
/** Answer headers a contract may declare (specs/*.yaml), passed back to the client. */
export const PASSED_RESPONSE_HEADERS = [
    'location',
    'retry-after',
    'cache-control',
    'content-disposition',
];
/**
 * The handler output for `response`. Reading the body may throw like `fetch` itself (timeout,
 * connection reset mid-body); the caller classifies those.
 */
export async function readUpstreamAnswer(operation, response) {
    const { status } = response;
    const headers = passedHeaders(response.headers);
    const text = await response.text();
    const body = readBody(operation, status, mediaTypeOf(response.headers), text);
    if (status === 503 && !(body.ok && explainsItself(body.value)))
        return err({ kind: 'unavailable', headers });
    if (!body.ok)
        return err({ kind: 'malformed', status, reason: body.error });
    if (body.value === undefined)
        return ok({ status, headers });
    return ok({ status, headers, ...body.value });
}
/** A JSON object body: a problem the contract can judge, not a proxy's error page. */
function explainsItself(body) {
    return (body !== undefined &&
        isJsonMediaType(body.contentType) &&
        typeof body.body === 'object' &&
        body.body !== null);
}
function readBody(operation, status, mediaType, text) {
    if (text === '')
        return ok(undefined);
    const declared = declaredMediaTypes(operation, status);
    if (mediaType === '' || isJsonMediaType(mediaType)) {
        const parsed = parseJson(text);
        if (!parsed.ok)
            return err(`a body that is not JSON (${mediaType || 'no content-type'})`);
        const contentType = mediaType || declared.find(isJsonMediaType) || defaultJson(status);
        return ok({ contentType, body: parsed.value });
    }
    if (declared.includes(mediaType))
        return ok({ contentType: mediaType, body: text });
    const expected = declared.length > 0 ? declared.join(', ') : 'JSON';
    return err(`${mediaType} where the contract declares ${expected}`);
}
/** Media types the contract declares for `status` (exact, then `5XX`, then `default`). */
function declaredMediaTypes(operation, status) {
    const response = operation.responses[String(status)] ??
        operation.responses[`${String(status)[0]}XX`] ??
        operation.responses.default;
    return Object.keys(response?.content ?? {});
}
function mediaTypeOf(headers) {
    return (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}
function passedHeaders(headers) {
    const passed = {};
    for (const name of PASSED_RESPONSE_HEADERS) {
        const value = headers.get(name);
        if (value !== null)
            passed[name] = value;
    }
    return passed;
}
function parseJson(text) {
    try {
        return ok(JSON.parse(text));
    }
    catch {
        return err(undefined);
    }
}
function defaultJson(status) {
    return status >= 400 ? 'application/problem+json' : 'application/json';
}
