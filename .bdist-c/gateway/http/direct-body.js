import { CONTRACT_PROBLEMS, problem } from '../../contracts/problems.js';
import { hasBody, mediaTypeOf } from './body.js';
import { isJsonMediaType, sendProblem } from './send.js';
/** Paths the docs router serves (express matches paths case-insensitively). */
const DOCS_PATH = /^\/(?:docs(?:\/|$)|specs\/)/i;
/** A `charset` parameter other than UTF-8 (body-parser answers 415 for those). */
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)/i;
/**
 * The fast path of API requests: a request with no body, or with a plain UTF-8 JSON body of a
 * declared length within the limit, is read here and handed to `answer` without the docs router
 * and the general body parsers. Anything else — a form post, a chunked, compressed or oversized
 * body, another charset, the docs — goes on to the general middleware, which answers exactly as
 * before (413, 415, malformed JSON 400 included).
 * @see docs/decisions/0006-fast-host.md
 */
export function directApi(limitBytes, answer) {
    return (req, res, next) => {
        if (DOCS_PATH.test(req.path)) {
            next();
            return;
        }
        if (!hasBody(req)) {
            answer(req, res, next);
            return;
        }
        if (!isDirectJson(req, limitBytes)) {
            next();
            return;
        }
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.once('error', next);
        req.once('end', () => {
            const parsed = parseStrictJson(Buffer.concat(chunks).toString('utf8'));
            if (!parsed.ok) {
                sendProblem(res, problem(CONTRACT_PROBLEMS.malformedJson, 'The request body is not valid JSON.'));
                return;
            }
            req.body = parsed.value;
            answer(req, res, next);
        });
    };
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
    if (!isJsonMediaType(mediaTypeOf(req) ?? ''))
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
