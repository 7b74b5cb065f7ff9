/**
 * Filters and page cursors of the journal's query and export: the query parameters of
 * `sandboxQueryJournal` as a predicate over entries, and an opaque cursor bound to them.
 * @see SECURITY.md GW-11 (read-only queries by officer, citizen, client, purpose and time)
 * @see specs/sandbox.yaml `sandboxQueryJournal`, `sandboxExportJournal`
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { problem } from '../../contracts/problems.js';
import { err, ok } from '../../contracts/result.js';
import { canonicalJson } from './canonical-json.js';
import { JOURNAL_PROBLEMS } from './problems.js';
/**
 * A predicate for the filters: every given filter must hold. `soDinhDanh` matches an entry that
 * touched that citizen; `from` is inclusive and `to` exclusive, compared as instants.
 * @see specs/sandbox.yaml#/components/parameters/FromQuery, ToQuery
 */
export function matcherOf(filters) {
    const from = filters.from === undefined ? undefined : Date.parse(filters.from);
    const to = filters.to === undefined ? undefined : Date.parse(filters.to);
    const exact = [
        ['clientId', filters.clientId],
        ['officerId', filters.officerId],
        ['mucDich', filters.mucDich],
        ['maHoSo', filters.maHoSo],
        ['operationId', filters.operationId],
        ['status', filters.status],
    ].filter(([, wanted]) => wanted !== undefined);
    const citizen = filters.soDinhDanh;
    return (entry) => {
        for (const [key, wanted] of exact)
            if (entry[key] !== wanted)
                return false;
        if (citizen !== undefined && !entry.subjectSoDinhDanh.includes(citizen))
            return false;
        if (from === undefined && to === undefined)
            return true;
        const at = Date.parse(entry.ts);
        return (from === undefined || at >= from) && (to === undefined || at < to);
    };
}
/**
 * The cursor of the page after `seq`, bound to the filters it was made with: base64url JSON
 * `{"seq":…,"q":…}` where `q` is a short digest of the filters.
 * @see specs/sandbox.yaml#/components/parameters/ListCursor
 */
export function encodeJournalCursor(seq, filters) {
    const payload = JSON.stringify({ seq, q: fingerprint(filters) });
    return Buffer.from(payload, 'utf8').toString('base64url');
}
/**
 * The seq a cursor continues after, or an `INVALID_CURSOR` problem when it is malformed or was
 * made for other filters.
 * @see specs/sandbox.yaml#/components/parameters/ListCursor
 */
export function decodeJournalCursor(cursor, filters) {
    const payload = parse(cursor);
    if (payload === null ||
        typeof payload !== 'object' ||
        !('seq' in payload) ||
        !('q' in payload) ||
        !Number.isSafeInteger(payload.seq) ||
        payload.seq < 1) {
        return err(problem(JOURNAL_PROBLEMS.invalidCursor, 'The journal cursor is malformed.'));
    }
    if (payload.q !== fingerprint(filters)) {
        return err(problem(JOURNAL_PROBLEMS.invalidCursor, 'The journal cursor belongs to a query with other filters.'));
    }
    return ok(payload.seq);
}
function fingerprint(filters) {
    const canonical = canonicalJson({ ...filters });
    return createHash('sha256').update(canonical, 'utf8').digest('base64url').slice(0, 12);
}
function parse(cursor) {
    if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor))
        return undefined;
    try {
        return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
