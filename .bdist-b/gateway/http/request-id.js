import { randomUUID } from 'node:crypto';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** The header that carries the correlation id, both ways. */
export const REQUEST_ID_HEADER = 'X-Request-Id';
/** The caller's `X-Request-Id` when it is safe to echo, a new UUID otherwise. */
export function correlationId(incoming) {
    return typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
}
/**
 * Correlation id middleware: {@link correlationId}, stored in `res.locals.requestId` and echoed
 * on every response.
 */
export function requestId(req, res, next) {
    const id = correlationId(req.headers['x-request-id']);
    res.locals.requestId = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
}
/** The correlation id set by {@link requestId}. */
export function requestIdOf(res) {
    return typeof res.locals.requestId === 'string' ? res.locals.requestId : 'unknown';
}
