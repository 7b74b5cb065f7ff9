import { parse as parseQuery } from 'node:querystring';
import { CONTRACT_PROBLEMS, problem } from '../../contracts/problems.js';
import { hasBody, mediaTypeOf } from './body.js';
import { correlationId } from './request-id.js';
import { isJsonMediaType, sendOutput, sendProblem } from './send.js';
/** Paths the docs router serves (express matches paths case-insensitively). */
const DOCS_PATH = /^\/(?:docs(?:\/|$)|specs\/)/i;
/** A `charset` parameter other than UTF-8 (body-parser answers 415 for those). */
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)/i;
/**
 * The `node:http` host of the pipeline, in front of the express app: an API call with no body,
 * or with a plain UTF-8 JSON body of a declared length within the limit, is read here and
 * answered by the pipeline directly — no router, no general body parsers, no `res.send`. The
 * docs, form posts (the token endpoint), chunked, compressed or oversized bodies and other
 * charsets go to the express app unchanged, which answers exactly as before (413, 415,
 * malformed JSON 400 included). Both write answers with the same `sendOutput`.
 * @see docs/decisions/0006-fast-host.md
 */
export function createNodeHost(options) {
    const { pipeline, bodyLimitBytes, fallback, failed } = options;
    const answer = (req, res, target, requestId, body) => {
        const contentType = mediaTypeOf(req.headers);
        const request = {
            method: req.method ?? 'GET',
            path: target.path,
            query: parseQuery(target.query),
            headers: req.headers,
            requestId,
            sourceIp: req.socket.remoteAddress ?? 'unknown',
            ...(contentType !== undefined ? { contentType } : {}),
            ...(body !== undefined ? { body } : {}),
        };
        pipeline(request).then((output) => output.dropConnection === true ? res.destroy() : sendOutput(res, output, requestId), (error) => failed(error, { requestId, method: request.method, path: target.path }, res));
    };
    return (req, res) => {
        const target = targetOf(req.url);
        if (!target || DOCS_PATH.test(target.path)) {
            fallback(req, res);
            return;
        }
        const bodySent = hasBody(req.headers);
        if (bodySent && !isDirectJson(req, bodyLimitBytes)) {
            fallback(req, res);
            return;
        }
        // Echoed by `sendOutput`/`sendProblem` (every answer of this host goes through them).
        const requestId = correlationId(req.headers['x-request-id']);
        if (!bodySent) {
            answer(req, res, target, requestId, undefined);
            return;
        }
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.once('error', () => res.destroy());
        req.once('end', () => {
            const parsed = parseStrictJson(Buffer.concat(chunks).toString('utf8'));
            if (!parsed.ok) {
                const detail = 'The request body is not valid JSON.';
                sendProblem(res, requestId, problem(CONTRACT_PROBLEMS.malformedJson, detail));
                return;
            }
            answer(req, res, target, requestId, parsed.value);
        });
    };
}
function targetOf(url) {
    if (url === undefined || url.charCodeAt(0) !== 0x2f /* / */)
        return undefined;
    const mark = url.indexOf('?');
    return mark < 0
        ? { path: url, query: '' }
        : { path: url.slice(0, mark), query: url.slice(mark + 1) };
}
/** A JSON body the fast path can read: declared length within the limit, identity, UTF-8. */
function isDirectJson(req, limitBytes) {
    if (req.headers['transfer-encoding'] !== undefined)
        return false;
    const encoding = req.headers['content-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity')
        return false;
    const length = Number(req.headers['content-length']);
    if (!Number.isInteger(length) || length > limitBytes)
        return false;
    if (!isJsonMediaType(mediaTypeOf(req.headers) ?? ''))
        return false;
    const charset = CHARSET.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}
/**
 * `JSON.parse` as body-parser's strict mode does it: a leading byte-order mark is dropped and
 * the text must be an object or an array.
 */
function parseStrictJson(text) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    // trimStart also drops whitespace JSON does not allow; JSON.parse refuses the text then.
    const first = body.trimStart().charAt(0);
    if (first !== '{' && first !== '[')
        return { ok: false };
    try {
        return { ok: true, value: JSON.parse(body) };
    }
    catch {
        return { ok: false };
    }
}
