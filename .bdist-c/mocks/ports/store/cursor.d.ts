import type { Result } from '../../../contracts/result.js';
import type { InvalidCursorError } from './store-errors.js';
/**
 * Which listing a cursor belongs to: ordered by id (no index), by id under one index key, or
 * by index key then id.
 * @see mocks/ports/README.md "Pagination"
 */
export interface CursorQuery {
    readonly index?: string | undefined;
    readonly key?: string | undefined;
}
/**
 * The last entry of a page: its id, and its index key when the listing walks a whole index.
 * @see mocks/ports/README.md "Pagination"
 */
export interface CursorPosition {
    readonly id: string;
    readonly key?: string | undefined;
}
/**
 * Encodes the position after which the next page starts.
 * @see mocks/ports/README.md "Pagination"
 */
export declare function encodeCursor(query: CursorQuery, position: CursorPosition): string;
/**
 * Decodes a cursor received from a client and checks that it belongs to `query`.
 * @see specs/sandbox.yaml#/components/parameters/ListCursor
 */
export declare function decodeCursor(cursor: string, query: CursorQuery): Result<CursorPosition, InvalidCursorError>;
