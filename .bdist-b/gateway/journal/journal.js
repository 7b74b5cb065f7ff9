import { problem } from '../../contracts/problems.js';
import { err, ok } from '../../contracts/result.js';
import { toVnIso } from '../../mocks/domain/calendar/index.js';
import { maskIdNumbers } from '../logger.js';
import { createChainVerifier, GENESIS, } from './chain.js';
import { chainEntry, GENESIS_HASH, JOURNAL_LOG, } from './entry.js';
import { decodeJournalCursor, encodeJournalCursor, matcherOf, } from './filters.js';
import { JOURNAL_PROBLEMS } from './problems.js';
/** The sandbox default: the newest 100,000 entries per sandbox. */
export const DEFAULT_JOURNAL_RETENTION = { maxEntries: 100_000 };
const PAGE = 1000;
/** At most this many entries per batch, so one append never holds the sandbox's lock long. */
const MAX_BATCH = 512;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
/**
 * Builds the journal over a store. Retention limits are checked here and throw a `RangeError`
 * when they are not positive integers.
 * @see SECURITY.md GW-10
 */
export function createJournal(options) {
    const { store, logger } = options;
    const definition = journalDefinition(options.retention ?? DEFAULT_JOURNAL_RETENTION);
    const logOf = (sandboxId) => store.sandbox(sandboxId).log(JOURNAL_LOG, definition);
    const appends = createAppendQueue(store, definition, logger);
    return {
        append: appends.append,
        async query(sandboxId, query) {
            const { cursor, limit = DEFAULT_LIMIT, ...filters } = query;
            if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
                throw new RangeError(`limit must be an integer from 1 to ${MAX_LIMIT}`);
            }
            let after = 0;
            if (cursor !== undefined) {
                const decoded = decodeJournalCursor(cursor, filters);
                if (!decoded.ok)
                    return decoded;
                after = decoded.value;
            }
            const matches = matcherOf(filters);
            const items = [];
            let nextCursor = null;
            for await (const entry of scan(logOf(sandboxId), after + 1)) {
                if (!matches(entry))
                    continue;
                if (items.length === limit) {
                    // One more match exists: the page is full and a next one is worth asking for.
                    nextCursor = encodeJournalCursor(items[items.length - 1]?.seq ?? after, filters);
                    break;
                }
                items.push(entry);
            }
            return ok({ items, nextCursor });
        },
        async *export(sandboxId, filters) {
            const matches = matcherOf(filters);
            for await (const entry of scan(logOf(sandboxId), 1)) {
                if (matches(entry))
                    yield `${JSON.stringify(entry)}\n`;
            }
        },
        async verify(sandboxId, range = {}) {
            const from = range.fromSeq ?? 1;
            if (range.toSeq !== undefined && from > range.toSeq) {
                return err(problem(JOURNAL_PROBLEMS.rangeInvalid, 'fromSeq must not be after toSeq.', {
                    errors: [
                        { pointer: '/body/fromSeq', code: 'MAXIMUM', detail: 'must not exceed toSeq' },
                    ],
                }));
            }
            const log = logOf(sandboxId);
            const info = await log.info();
            const to = Math.min(range.toSeq ?? info.lastSeq, info.lastSeq);
            const { start, readFrom } = await startOf(log, info, from);
            const verifier = createChainVerifier(start);
            // The range is bounded by the log's own positions; the verifier checks the seq each entry
            // claims (a forged entry claiming another seq shows as a gap).
            for await (const record of scanRecords(log, readFrom)) {
                if (record.seq > to)
                    break;
                verifier.push(record.entry);
            }
            const result = verifier.result();
            if (!result.valid) {
                // GW-10: a break is a security incident. Sequence numbers only, no personal data.
                logger?.error({
                    event: 'SECURITY_INCIDENT',
                    sandboxId,
                    firstBrokenSeq: result.firstBrokenSeq,
                    breaks: result.problems.map((p) => `${p.kind}@${p.seq}`),
                }, 'the journal hash chain is broken');
            }
            return ok({ result, trimmed: info.trimmed });
        },
        info: (sandboxId) => logOf(sandboxId).info(),
        trim: (sandboxId, now) => logOf(sandboxId).trim(now),
    };
}
/**
 * The log definition of a retention: count and/or age by the entry's `ts`.
 * @see mocks/ports/README.md "Logs"
 */
export function journalDefinition(retention) {
    const { maxEntries, maxAgeMs } = retention;
    for (const [name, value] of [
        ['maxEntries', maxEntries],
        ['maxAgeMs', maxAgeMs],
    ]) {
        if (value !== undefined && !(Number.isSafeInteger(value) && value > 0)) {
            throw new RangeError(`journal retention ${name} must be a positive integer`);
        }
    }
    if (maxAgeMs === undefined) {
        return maxEntries === undefined ? {} : { retention: { maxEntries } };
    }
    return {
        retention: {
            ...(maxEntries !== undefined ? { maxEntries } : {}),
            maxAgeMs,
            timestampOf: (entry) => Date.parse(entry.ts),
        },
    };
}
/** Where verification of a range starting at `from` begins, given what retention kept. */
async function startOf(log, info, from) {
    if (from <= info.firstSeq || info.size === 0) {
        // The entry before the first kept one was trimmed: its hash is unknown, not missing.
        const start = info.trimmed === 0 ? GENESIS : { seq: info.trimmed, hash: null };
        return { start, readFrom: info.firstSeq };
    }
    const before = (await log.read({ fromSeq: from - 1, limit: 1 })).records[0];
    const start = before?.seq === from - 1
        ? { seq: before.seq, hash: before.entry.hash }
        : { seq: from - 1, hash: null };
    return { start, readFrom: from };
}
/** Entries from `fromSeq` (or the first kept one) to the end. */
async function* scan(log, fromSeq) {
    for await (const record of scanRecords(log, fromSeq))
        yield record.entry;
}
/** Log records from `fromSeq` (or the first kept one) to the end, a page at a time. */
async function* scanRecords(log, fromSeq) {
    let next = fromSeq;
    for (;;) {
        const page = await log.read({ fromSeq: next, limit: PAGE });
        yield* page.records;
        const last = page.records[page.records.length - 1];
        if (!last || page.records.length < PAGE)
            return;
        next = last.seq + 1;
    }
}
/**
 * The appends of a journal: one queue per sandbox, drained a batch at a time. A batch starts
 * once the event loop's current phase is over (`setImmediate` after the call that opened the
 * queue: answers finished in the same I/O turn share it), takes everything queued by then (up to
 * {@link MAX_BATCH}), reads `last()` once, chains each record and appends them all in ONE store
 * operation (`appendMany`, all or nothing). No transaction is needed: the queue is the only
 * writer of the journal log and writes one batch of a sandbox at a time, so seq follows call
 * order and the chain never forks. A record that cannot be chained (an invalid date, a
 * non-finite latency) fails its own call only; a failing append fails every call of its batch
 * and the queue goes on with the next batch, which reads `last()` again.
 * @see SECURITY.md GW-09, GW-10
 */
function createAppendQueue(store, definition, logger) {
    const queues = new Map();
    const drain = async (sandboxId, queue) => {
        while (queue.length > 0) {
            const batch = queue.splice(0, batchLength(queue));
            try {
                await writeBatch(sandboxId, batch);
            }
            catch (error) {
                // Settling a promise twice does nothing: this only reaches calls still waiting.
                for (const pending of batch)
                    pending.reject(error);
            }
        }
        // Nothing can be queued between the check above and this line: both run synchronously.
        queues.delete(sandboxId);
    };
    const writeBatch = async (sandboxId, batch) => {
        // No transaction: this queue is the only writer of the journal log, and it writes one batch
        // of a sandbox at a time, so the last entry read here is still the last one at the append.
        const log = store.sandbox(sandboxId).log(JOURNAL_LOG, definition);
        const last = await log.last();
        let seq = (last?.seq ?? 0) + 1;
        let prevHash = last?.entry.hash ?? GENESIS_HASH;
        // Each call whose record could be chained, with its entry; the others fail alone at once.
        const chained = [];
        for (const pending of batch) {
            try {
                const entry = chainEntry(pending.record, { seq, ts: toVnIso(pending.at), prevHash });
                chained.push({ pending, entry });
                seq += 1;
                prevHash = entry.hash;
            }
            catch (failed) {
                pending.reject(failed);
            }
        }
        // All or nothing: when it throws, the drain rejects every call of the batch still waiting.
        const seqs = await log.appendMany(chained.map((c) => c.entry));
        const expected = chained[0]?.entry.seq;
        if (seqs[0] !== expected) {
            throw new Error(`journal seq ${seqs[0]} is not the expected ${expected}`);
        }
        const debug = logger !== undefined && (logger.isLevelEnabled?.('debug') ?? true);
        for (const { pending, entry } of chained) {
            try {
                if (debug)
                    logAppended(logger, sandboxId, entry);
                pending.resolve(entry);
            }
            catch (error) {
                pending.reject(error);
            }
        }
    };
    return {
        append(sandboxId, record, at) {
            return new Promise((resolve, reject) => {
                const pending = { record, at, resolve, reject };
                const queue = queues.get(sandboxId);
                if (queue) {
                    queue.push(pending);
                    return;
                }
                const opened = [pending];
                queues.set(sandboxId, opened);
                // After the current I/O phase: answers completed in the same turn share one batch.
                setImmediate(() => void drain(sandboxId, opened));
            });
        },
    };
}
/**
 * How many queued calls the next batch takes: up to {@link MAX_BATCH}, and not past a call whose
 * time is before the previous one's. Retention by age trims against the newest entry when the
 * batch is appended; with times in order that trims exactly what trimming after each entry
 * would, and a sandbox clock set back starts a new batch so it still does.
 */
function batchLength(queue) {
    const limit = Math.min(queue.length, MAX_BATCH);
    for (let i = 1; i < limit; i += 1) {
        const previous = queue[i - 1];
        const current = queue[i];
        if (previous && current && timeOf(current.at) < timeOf(previous.at))
            return i;
    }
    return limit;
}
/** The time of a call, `NaN` (never "before") for something that is not a `Date`. */
function timeOf(at) {
    return at instanceof Date ? at.getTime() : Number.NaN;
}
/** The debug line of an appended entry: sequence, operation, outcome and masked subjects. */
function logAppended(logger, sandboxId, entry) {
    logger.debug({
        sandboxId,
        seq: entry.seq,
        operationId: entry.operationId,
        resultCode: entry.resultCode,
        subjects: entry.subjectSoDinhDanh.map(maskIdNumbers),
    }, 'journal entry appended');
}
