/**
 * Cursor pages over a listing the control plane already holds in memory (a client's officer
 * accounts, a sandbox's confirmations). Cursors are the Store's opaque positions, bound to the
 * listing they came from.
 * @see mocks/ports/README.md "Pagination"; specs/sandbox.yaml#/components/parameters/ListCursor
 */
import { type Result } from '../../contracts/result.js';
/** How to cut one page. */
export interface PageRequest<T> {
    /** Names the listing, so a cursor from another listing is refused. */
    readonly listing: string;
    readonly idOf: (item: T) => string;
    readonly limit: number;
    readonly cursor?: string;
    /** The order of `items` by id (ascending by default). */
    readonly order?: 'ascending' | 'descending';
}
/** A page as the spec's `*Page` schemas have it. */
export interface ListPage<T> {
    readonly items: T[];
    readonly nextCursor: string | null;
}
/**
 * The page of `items` (already filtered and sorted by id in `order`) that starts after the
 * cursor's position. A position is an id, not an offset, so items added in between are neither
 * skipped nor repeated. The error is the detail of a 400 `INVALID_CURSOR`.
 * @see mocks/ports/store/cursor.ts
 */
export declare function pageOf<T>(items: readonly T[], request: PageRequest<T>): Result<ListPage<T>, string>;
