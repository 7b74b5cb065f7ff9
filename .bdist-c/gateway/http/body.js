import express, {} from 'express';
import { CONTRACT_PROBLEMS, problem } from '../../contracts/problems.js';
import { requestIdOf } from './request-id.js';
import { isJsonMediaType, sendProblem } from './send.js';
/**
 * Body parsers for JSON (`application/json`, `application/*+json`) and form posts (the OAuth
 * token endpoint), both bounded by the configured size limit.
 */
export function bodyParsers(limitBytes) {
    return [
        express.json({
            limit: limitBytes,
            type: (req) => isJsonMediaType(mediaTypeOf(req.headers) ?? ''),
        }),
        express.urlencoded({ limit: limitBytes, extended: false }),
    ];
}
/** Turns body-parser failures into problems: malformed JSON 400, too large 413, bad charset 415. */
export const bodyErrors = (error, _req, res, next) => {
    const type = error.type;
    if (type === 'entity.parse.failed') {
        sendProblem(res, requestIdOf(res), problem(CONTRACT_PROBLEMS.malformedJson, 'The request body is not valid JSON.'));
    }
    else if (type === 'entity.too.large') {
        const limit = error.limit;
        sendProblem(res, requestIdOf(res), problem(CONTRACT_PROBLEMS.payloadTooLarge, `The request body exceeds ${limit ?? 'the'} bytes.`));
    }
    else if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
        sendProblem(res, requestIdOf(res), problem(CONTRACT_PROBLEMS.unsupportedMediaType, 'The request body charset or encoding is not supported.'));
    }
    else {
        next(error);
    }
};
/** The media type of a request without parameters, lower-cased; `undefined` when absent. */
export function mediaTypeOf(headers) {
    const header = headers['content-type'];
    if (header === undefined)
        return undefined;
    return header.split(';')[0]?.trim().toLowerCase() || undefined;
}
/** True when the request carries a body (RFC 9110 §6.4.1: Transfer-Encoding or non-zero Content-Length). */
export function hasBody(headers) {
    if (headers['transfer-encoding'] !== undefined)
        return true;
    const length = headers['content-length'];
    return length !== undefined && length !== '0';
}
