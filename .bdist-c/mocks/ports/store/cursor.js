/**
 * Opaque list cursors shared by all Store adapters. A cursor is the position of the last
 * entry of a page ("continue after this id", or "after this index key and id") bound to the
 * query it came from, encoded as base64url JSON. Positions stay meaningful when documents are
 * inserted or deleted between requests, unlike offsets.
 *
 * @see mocks/ports/README.md "Pagination"
 */
import { Buffer } from 'node:buffer';
import { err, ok } from '../../../contracts/result.js';
const VERSION = 1;
/**
 * Encodes the position after which the next page starts.
 * @see mocks/ports/README.md "Pagination"
 */
export function encodeCursor(query, position) {
    const payload = [VERSION, query.index ?? null, query.key ?? null, position.key ?? null];
    return Buffer.from(JSON.stringify([...payload, position.id]), 'utf8').toString('base64url');
}
/**
 * Decodes a cursor received from a client and checks that it belongs to `query`.
 * @see specs/sandbox.yaml#/components/parameters/ListCursor
 */
export function decodeCursor(cursor, query) {
    const payload = parse(cursor);
    if (!Array.isArray(payload) || payload.length !== 5 || payload[0] !== VERSION) {
        return invalid('the cursor is malformed');
    }
    const [, index, key, positionKey, id] = payload;
    if (!isStringOrNull(index) || !isStringOrNull(key) || !isStringOrNull(positionKey)) {
        return invalid('the cursor is malformed');
    }
    if (typeof id !== 'string' || id === '')
        return invalid('the cursor is malformed');
    if (index !== (query.index ?? null) || key !== (query.key ?? null)) {
        return invalid('the cursor belongs to another listing');
    }
    const walksIndex = query.index !== undefined && query.key === undefined;
    if (walksIndex !== (positionKey !== null))
        return invalid('the cursor is malformed');
    return ok(positionKey === null ? { id } : { id, key: positionKey });
}
function parse(cursor) {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor))
        return undefined;
    try {
        return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
function isStringOrNull(value) {
    return value === null || typeof value === 'string';
}
function invalid(detail) {
    return err({ code: 'INVALID_CURSOR', detail });
}
