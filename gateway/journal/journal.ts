/**
 * The tamper-evident journal of the gateway: one append-only, hash-chained log per sandbox in
 * the Store, with the read-only query, the JSON Lines export and the chain verification of the
 * control plane.
 *
 * @see SECURITY.md GW-09 (complete logs), GW-10 (tamper-evident), GW-11 (inspection), GW-20
 * @see specs/sandbox.yaml `sandboxQueryJournal`, `sandboxExportJournal`, `sandboxVerifyJournal`
 * @see mocks/ports/README.md "Logs" (retention, trimmed heads)
 */
import type { Logger } from 'pino';
import type { components } from '../../contracts/generated/sandbox.js';
import { problem, type Problem } from '../../contracts/problems.js';
import { err, ok, type Result } from '../../contracts/result.js';
import { toVnIso } from '../../mocks/domain/calendar/index.js';
import type {
  Log,
  LogDefinition,
  LogInfo,
  LogRecord,
  Store,
} from '../../mocks/ports/store/index.js';
import { maskIdNumbers } from '../logger.js';
import {
  createChainVerifier,
  GENESIS,
  type ChainStart,
  type JournalVerifyResult,
} from './chain.js';
import {
  chainEntry,
  GENESIS_HASH,
  JOURNAL_LOG,
  type JournalEntry,
  type JournalRecord,
} from './entry.js';
import {
  decodeJournalCursor,
  encodeJournalCursor,
  matcherOf,
  type JournalFilters,
  type JournalQuery,
} from './filters.js';
import { JOURNAL_PROBLEMS } from './problems.js';

/** A page of the journal as `sandboxQueryJournal` answers it. */
export type JournalPage = components['schemas']['JournalPage'];

/** The range `sandboxVerifyJournal` takes (default: the whole chain). */
export type JournalVerifyRequest = components['schemas']['JournalVerifyRequest'];

/**
 * How much of the journal a sandbox keeps in memory: at most `maxEntries` entries and/or
 * entries at most `maxAgeMs` old (by their `ts`). Trimmed entries are reported by `verify`,
 * never mistaken for a gap.
 * @see mocks/ports/README.md "Logs"
 */
export interface JournalRetention {
  readonly maxEntries?: number;
  readonly maxAgeMs?: number;
}

/** The sandbox default: the newest 100,000 entries per sandbox. */
export const DEFAULT_JOURNAL_RETENTION: JournalRetention = { maxEntries: 100_000 };

/** What the journal is built from. */
export interface JournalOptions {
  readonly store: Store;
  readonly retention?: JournalRetention;
  /**
   * Operational logger; it never receives a whole ID number. When it has `isLevelEnabled`, the
   * per-entry debug line is only built while `debug` is enabled.
   */
  readonly logger?: Pick<Logger, 'debug' | 'error'> & Partial<Pick<Logger, 'isLevelEnabled'>>;
}

/**
 * The verdict of `verify`: the wire result, and how many entries retention trimmed before the
 * first one kept (not part of the wire shape; for metrics and the operator).
 * @see specs/sandbox.yaml#/components/schemas/JournalVerifyResult
 */
export interface JournalVerification {
  readonly result: JournalVerifyResult;
  readonly trimmed: number;
}

/**
 * The journal of every sandbox of a store.
 * @see SECURITY.md GW-09, GW-10, GW-11
 */
export interface Journal {
  /**
   * Appends the record of one call, written at `at` (the sandbox clock), and returns the chained
   * entry once it is stored. Appends to one sandbox get their seq in call order: they are queued
   * and written in batches, each batch by store operations started from the context of the call
   * that opened it, so do not call it from inside a transaction on the same sandbox. The journal
   * must be the only writer of its log (`JOURNAL_LOG`): one journal per store.
   */
  append(sandboxId: string, record: JournalRecord, at: Date): Promise<JournalEntry>;
  /** One page of matching entries, oldest first (`sandboxQueryJournal`). */
  query(sandboxId: string, query: JournalQuery): Promise<Result<JournalPage, Problem>>;
  /** Matching entries oldest first, one JSON object and `\n` per line (`sandboxExportJournal`). */
  export(sandboxId: string, filters: JournalFilters): AsyncIterable<string>;
  /** Recomputes the chain over the range (`sandboxVerifyJournal`). */
  verify(
    sandboxId: string,
    range?: JournalVerifyRequest,
  ): Promise<Result<JournalVerification, Problem>>;
  /** Size and extent of a sandbox's journal (for `/metrics`). */
  info(sandboxId: string): Promise<LogInfo>;
  /** Applies the age limit against `now` (the sandbox clock); returns how many were trimmed. */
  trim(sandboxId: string, now: Date): Promise<number>;
}

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
export function createJournal(options: JournalOptions): Journal {
  const { store, logger } = options;
  const definition = journalDefinition(options.retention ?? DEFAULT_JOURNAL_RETENTION);
  const logOf = (sandboxId: string): Log<JournalEntry> =>
    store.sandbox(sandboxId).log<JournalEntry>(JOURNAL_LOG, definition);

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
        if (!decoded.ok) return decoded;
        after = decoded.value;
      }
      const matches = matcherOf(filters);
      const items: JournalEntry[] = [];
      let nextCursor: string | null = null;
      for await (const entry of scan(logOf(sandboxId), after + 1)) {
        if (!matches(entry)) continue;
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
        if (matches(entry)) yield `${JSON.stringify(entry)}\n`;
      }
    },

    async verify(sandboxId, range = {}) {
      const from = range.fromSeq ?? 1;
      if (range.toSeq !== undefined && from > range.toSeq) {
        return err(
          problem(JOURNAL_PROBLEMS.rangeInvalid, 'fromSeq must not be after toSeq.', {
            errors: [
              { pointer: '/body/fromSeq', code: 'MAXIMUM', detail: 'must not exceed toSeq' },
            ],
          }),
        );
      }
      const log = logOf(sandboxId);
      const info = await log.info();
      const to = Math.min(range.toSeq ?? info.lastSeq, info.lastSeq);
      const { start, readFrom } = await startOf(log, info, from);
      const verifier = createChainVerifier(start);
      // The range is bounded by the log's own positions; the verifier checks the seq each entry
      // claims (a forged entry claiming another seq shows as a gap).
      for await (const record of scanRecords(log, readFrom)) {
        if (record.seq > to) break;
        verifier.push(record.entry);
      }
      const result = verifier.result();
      if (!result.valid) {
        // GW-10: a break is a security incident. Sequence numbers only, no personal data.
        logger?.error(
          {
            event: 'SECURITY_INCIDENT',
            sandboxId,
            firstBrokenSeq: result.firstBrokenSeq,
            breaks: result.problems.map((p) => `${p.kind}@${p.seq}`),
          },
          'the journal hash chain is broken',
        );
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
export function journalDefinition(retention: JournalRetention): LogDefinition<JournalEntry> {
  const { maxEntries, maxAgeMs } = retention;
  for (const [name, value] of [
    ['maxEntries', maxEntries],
    ['maxAgeMs', maxAgeMs],
  ] as const) {
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
async function startOf(
  log: Log<JournalEntry>,
  info: LogInfo,
  from: number,
): Promise<{ start: ChainStart; readFrom: number }> {
  if (from <= info.firstSeq || info.size === 0) {
    // The entry before the first kept one was trimmed: its hash is unknown, not missing.
    const start = info.trimmed === 0 ? GENESIS : { seq: info.trimmed, hash: null };
    return { start, readFrom: info.firstSeq };
  }
  const before = (await log.read({ fromSeq: from - 1, limit: 1 })).records[0];
  const start =
    before?.seq === from - 1
      ? { seq: before.seq, hash: before.entry.hash }
      : { seq: from - 1, hash: null };
  return { start, readFrom: from };
}

/** Entries from `fromSeq` (or the first kept one) to the end. */
async function* scan(log: Log<JournalEntry>, fromSeq: number): AsyncGenerator<JournalEntry> {
  for await (const record of scanRecords(log, fromSeq)) yield record.entry;
}

/** Log records from `fromSeq` (or the first kept one) to the end, a page at a time. */
async function* scanRecords(
  log: Log<JournalEntry>,
  fromSeq: number,
): AsyncGenerator<LogRecord<JournalEntry>> {
  let next = fromSeq;
  for (;;) {
    const page = await log.read({ fromSeq: next, limit: PAGE });
    yield* page.records;
    const last = page.records[page.records.length - 1];
    if (!last || page.records.length < PAGE) return;
    next = last.seq + 1;
  }
}

/** One call to `append` waiting for its batch. */
interface PendingAppend {
  readonly record: JournalRecord;
  readonly at: Date;
  readonly resolve: (entry: JournalEntry) => void;
  readonly reject: (error: unknown) => void;
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
function createAppendQueue(
  store: Store,
  definition: LogDefinition<JournalEntry>,
  logger: JournalOptions['logger'],
): Pick<Journal, 'append'> {
  const queues = new Map<string, PendingAppend[]>();

  const drain = async (sandboxId: string, queue: PendingAppend[]): Promise<void> => {
    while (queue.length > 0) {
      const batch = queue.splice(0, batchLength(queue));
      try {
        await writeBatch(sandboxId, batch);
      } catch (error) {
        // Settling a promise twice does nothing: this only reaches calls still waiting.
        for (const pending of batch) pending.reject(error);
      }
    }
    // Nothing can be queued between the check above and this line: both run synchronously.
    queues.delete(sandboxId);
  };

  const writeBatch = async (sandboxId: string, batch: readonly PendingAppend[]): Promise<void> => {
    // No transaction: this queue is the only writer of the journal log, and it writes one batch
    // of a sandbox at a time, so the last entry read here is still the last one at the append.
    const log = store.sandbox(sandboxId).log<JournalEntry>(JOURNAL_LOG, definition);
    const last = await log.last();
    let seq = (last?.seq ?? 0) + 1;
    let prevHash = last?.entry.hash ?? GENESIS_HASH;
    // Each call whose record could be chained, with its entry; the others fail alone at once.
    const chained: { readonly pending: PendingAppend; readonly entry: JournalEntry }[] = [];
    for (const pending of batch) {
      try {
        const entry = chainEntry(pending.record, { seq, ts: toVnIso(pending.at), prevHash });
        chained.push({ pending, entry });
        seq += 1;
        prevHash = entry.hash;
      } catch (failed) {
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
        if (debug) logAppended(logger, sandboxId, entry);
        pending.resolve(entry);
      } catch (error) {
        pending.reject(error);
      }
    }
  };

  return {
    append(sandboxId, record, at) {
      return new Promise<JournalEntry>((resolve, reject) => {
        const pending: PendingAppend = { record, at, resolve, reject };
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
function batchLength(queue: readonly PendingAppend[]): number {
  const limit = Math.min(queue.length, MAX_BATCH);
  for (let i = 1; i < limit; i += 1) {
    const previous = queue[i - 1];
    const current = queue[i];
    if (previous && current && timeOf(current.at) < timeOf(previous.at)) return i;
  }
  return limit;
}

/** The time of a call, `NaN` (never "before") for something that is not a `Date`. */
function timeOf(at: unknown): number {
  return at instanceof Date ? at.getTime() : Number.NaN;
}

/** The debug line of an appended entry: sequence, operation, outcome and masked subjects. */
function logAppended(logger: Pick<Logger, 'debug'>, sandboxId: string, entry: JournalEntry): void {
  logger.debug(
    {
      sandboxId,
      seq: entry.seq,
      operationId: entry.operationId,
      resultCode: entry.resultCode,
      subjects: entry.subjectSoDinhDanh.map(maskIdNumbers),
    },
    'journal entry appended',
  );
}
