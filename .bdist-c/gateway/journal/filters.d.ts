import type { operations } from '../../contracts/generated/sandbox.js';
import { type Problem } from '../../contracts/problems.js';
import { type Result } from '../../contracts/result.js';
import type { QueryParams } from '../../contracts/typed.js';
import type { JournalEntry } from './entry.js';
/** The query parameters of `sandboxQueryJournal` (filters, `cursor`, `limit`). */
export type JournalQuery = QueryParams<operations['sandboxQueryJournal']>;
/** The filters alone, shared by the query and the export. */
export type JournalFilters = Omit<JournalQuery, 'cursor' | 'limit'>;
/**
 * A predicate for the filters: every given filter must hold. `soDinhDanh` matches an entry that
 * touched that citizen; `from` is inclusive and `to` exclusive, compared as instants.
 * @see specs/sandbox.yaml#/components/parameters/FromQuery, ToQuery
 */
export declare function matcherOf(filters: JournalFilters): (entry: JournalEntry) => boolean;
/**
 * The cursor of the page after `seq`, bound to the filters it was made with: base64url JSON
 * `{"seq":…,"q":…}` where `q` is a short digest of the filters.
 * @see specs/sandbox.yaml#/components/parameters/ListCursor
 */
export declare function encodeJournalCursor(seq: number, filters: JournalFilters): string;
/**
 * The seq a cursor continues after, or an `INVALID_CURSOR` problem when it is malformed or was
 * made for other filters.
 * @see specs/sandbox.yaml#/components/parameters/ListCursor
 */
export declare function decodeJournalCursor(cursor: string, filters: JournalFilters): Result<number, Problem>;
