/**
 * The synchronous log engine of the memory adapter: an array of records with a moving head.
 * Retention advances the head and compacts the array now and then, so memory stays bounded;
 * `nextSeq` keeps counting, so the first retained seq tells how many entries were trimmed.
 *
 * @see mocks/ports/README.md "Logs"
 */
import { deepFreeze } from './deep-freeze.js';
const MAX_READ = 10_000;
const COMPACT_AFTER = 1024;
/**
 * An empty log.
 * @see mocks/ports/README.md "Logs"
 */
export function createLogState(definition, explicit) {
    return { definition, explicit, records: [], head: 0, nextSeq: 1 };
}
/**
 * Appends a frozen entry and returns its seq. Retention is applied by `trimLog`, after the
 * write commits.
 * @see mocks/ports/README.md "Logs"
 */
export function appendEntry(log, entry, undo) {
    undo.push({ log, nextSeq: log.nextSeq });
    const seq = log.nextSeq;
    log.records.push({ seq, entry: deepFreeze(entry) });
    log.nextSeq += 1;
    return seq;
}
/**
 * Undoes appends newest first (explicit trims are not undone).
 * @see mocks/ports/README.md "Transactions"
 */
export function rollbackLogs(undo) {
    for (let i = undo.length - 1; i >= 0; i -= 1) {
        const record = undo[i];
        if (!record)
            continue;
        const { log, nextSeq } = record;
        const appended = log.nextSeq - nextSeq;
        log.records.length = Math.max(log.head, log.records.length - appended);
        log.nextSeq = nextSeq;
    }
}
/**
 * The log's extent.
 * @see mocks/ports/README.md "Logs"
 */
export function logInfo(log) {
    const size = log.records.length - log.head;
    const firstSeq = log.nextSeq - size;
    return { size, firstSeq, lastSeq: log.nextSeq - 1, trimmed: firstSeq - 1 };
}
/**
 * Records from `fromSeq` (or the first retained one), at most `limit`.
 * @see mocks/ports/README.md "Logs"
 */
export function readEntries(log, options) {
    const { limit, fromSeq } = options;
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_READ) {
        throw new RangeError(`read limit must be an integer from 1 to ${MAX_READ}`);
    }
    if (fromSeq !== undefined && !(Number.isSafeInteger(fromSeq) && fromSeq >= 1)) {
        throw new RangeError('fromSeq must be a positive integer');
    }
    const info = logInfo(log);
    const start = log.head + Math.max(0, (fromSeq ?? info.firstSeq) - info.firstSeq);
    return { ...info, records: log.records.slice(start, start + limit) };
}
/**
 * The newest record.
 * @see mocks/ports/README.md "Logs"
 */
export function lastRecord(log) {
    return log.records.length > log.head ? log.records[log.records.length - 1] : undefined;
}
/**
 * Applies the retention policy and returns how many records it trimmed. The age limit is
 * measured against `now`, or against the newest entry's timestamp. The newest entry stays.
 * @see mocks/ports/README.md "Logs"
 */
export function trimLog(log, now) {
    const { maxEntries, maxAgeMs, timestampOf } = log.definition;
    const before = log.head;
    if (maxEntries !== undefined) {
        log.head = Math.max(log.head, log.records.length - maxEntries);
    }
    const newest = lastRecord(log);
    if (maxAgeMs !== undefined && timestampOf && newest) {
        const oldestAllowed = (now ?? timestampOf(newest.entry)) - maxAgeMs;
        while (log.head < log.records.length - 1) {
            const oldest = log.records[log.head];
            if (!oldest || timestampOf(oldest.entry) >= oldestAllowed)
                break;
            log.head += 1;
        }
    }
    const trimmed = log.head - before;
    if (log.head > COMPACT_AFTER && log.head * 2 > log.records.length) {
        log.records = log.records.slice(log.head);
        log.head = 0;
    }
    return trimmed;
}
