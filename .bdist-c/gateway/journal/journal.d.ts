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
import { type Problem } from '../../contracts/problems.js';
import { type Result } from '../../contracts/result.js';
import type { LogDefinition, LogInfo, Store } from '../../mocks/ports/store/index.js';
import { type JournalVerifyResult } from './chain.js';
import { type JournalEntry, type JournalRecord } from './entry.js';
import { type JournalFilters, type JournalQuery } from './filters.js';
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
export declare const DEFAULT_JOURNAL_RETENTION: JournalRetention;
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
    verify(sandboxId: string, range?: JournalVerifyRequest): Promise<Result<JournalVerification, Problem>>;
    /** Size and extent of a sandbox's journal (for `/metrics`). */
    info(sandboxId: string): Promise<LogInfo>;
    /** Applies the age limit against `now` (the sandbox clock); returns how many were trimmed. */
    trim(sandboxId: string, now: Date): Promise<number>;
}
/**
 * Builds the journal over a store. Retention limits are checked here and throw a `RangeError`
 * when they are not positive integers.
 * @see SECURITY.md GW-10
 */
export declare function createJournal(options: JournalOptions): Journal;
/**
 * The log definition of a retention: count and/or age by the entry's `ts`.
 * @see mocks/ports/README.md "Logs"
 */
export declare function journalDefinition(retention: JournalRetention): LogDefinition<JournalEntry>;
