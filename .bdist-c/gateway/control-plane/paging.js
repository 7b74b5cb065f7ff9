/**
 * Cursor pages over a listing the control plane already holds in memory (a client's officer
 * accounts, a sandbox's confirmations). Cursors are the Store's opaque positions, bound to the
 * listing they came from.
 * @see mocks/ports/README.md "Pagination"; specs/sandbox.yaml#/components/parameters/ListCursor
 */
import { err, ok } from '../../contracts/result.js';
import { decodeCursor, encodeCursor } from '../../mocks/ports/store/index.js';
/**
 * The page of `items` (already filtered and sorted by id in `order`) that starts after the
 * cursor's position. A position is an id, not an offset, so items added in between are neither
 * skipped nor repeated. The error is the detail of a 400 `INVALID_CURSOR`.
 * @see mocks/ports/store/cursor.ts
 */
export function pageOf(items, request) {
    const query = { index: 'control-plane', key: request.listing };
    let rest = items;
    if (request.cursor !== undefined) {
        const position = decodeCursor(request.cursor, query);
        if (!position.ok)
            return err(`The cursor does not belong to this listing (${position.error.detail}).`);
        const after = position.value.id;
        const descending = request.order === 'descending';
        rest = items.filter((item) => {
            const id = request.idOf(item);
            return descending ? id < after : id > after;
        });
    }
    const page = rest.slice(0, request.limit);
    const last = page.at(-1);
    const nextCursor = rest.length > page.length && last !== undefined
        ? encodeCursor(query, { id: request.idOf(last) })
        : null;
    return ok({ items: page, nextCursor });
}
