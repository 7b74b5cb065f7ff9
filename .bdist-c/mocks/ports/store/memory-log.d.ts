import type { ResolvedLog } from './definitions.js';
import type { LogInfo, LogPage, LogReadOptions, LogRecord } from './log.js';
/**
 * One log in one sandbox.
 * @see mocks/ports/README.md "Logs"
 */
export interface LogState {
    /** The retention in force; a log opened without a definition takes the first explicit one. */
    definition: ResolvedLog;
    explicit: boolean;
    records: LogRecord<unknown>[];
    head: number;
    nextSeq: number;
}
/**
 * How to undo appends: drop every record from `nextSeq` on.
 * @see mocks/ports/README.md "Transactions"
 */
export interface LogUndo {
    readonly log: LogState;
    readonly nextSeq: number;
}
/**
 * An empty log.
 * @see mocks/ports/README.md "Logs"
 */
export declare function createLogState(definition: ResolvedLog, explicit: boolean): LogState;
/**
 * Appends a frozen entry and returns its seq. Retention is applied by `trimLog`, after the
 * write commits.
 * @see mocks/ports/README.md "Logs"
 */
export declare function appendEntry(log: LogState, entry: unknown, undo: LogUndo[]): number;
/**
 * Undoes appends newest first (explicit trims are not undone).
 * @see mocks/ports/README.md "Transactions"
 */
export declare function rollbackLogs(undo: readonly LogUndo[]): void;
/**
 * The log's extent.
 * @see mocks/ports/README.md "Logs"
 */
export declare function logInfo(log: LogState): LogInfo;
/**
 * Records from `fromSeq` (or the first retained one), at most `limit`.
 * @see mocks/ports/README.md "Logs"
 */
export declare function readEntries(log: LogState, options: LogReadOptions): LogPage<unknown>;
/**
 * The newest record.
 * @see mocks/ports/README.md "Logs"
 */
export declare function lastRecord(log: LogState): LogRecord<unknown> | undefined;
/**
 * Applies the retention policy and returns how many records it trimmed. The age limit is
 * measured against `now`, or against the newest entry's timestamp. The newest entry stays.
 * @see mocks/ports/README.md "Logs"
 */
export declare function trimLog(log: LogState, now?: number): number;
