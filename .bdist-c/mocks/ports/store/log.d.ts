/**
 * The append-only log part of the Store port, for the hash-chained audit journal and the
 * webhook outbox. Entries get sequence numbers 1, 2, 3 … per log per sandbox. A retention
 * policy keeps memory bounded by trimming the oldest entries; the log remembers how many it
 * trimmed, so a verifier can tell a trimmed head from a gap.
 *
 * @see specs/sandbox.yaml (journal: query, export, verify the hash chain)
 * @see mocks/ports/README.md "Logs"
 */
/**
 * When to trim: beyond `maxEntries` entries, and/or entries older than `maxAgeMs` measured by
 * `timestampOf` against the newest entry (or the instant given to `trim`). The newest entry is
 * never trimmed, so a hash chain can always continue from `last()`.
 * @see mocks/ports/README.md "Logs"
 */
export type RetentionPolicy<T> = {
    readonly maxEntries: number;
    readonly maxAgeMs?: undefined;
} | {
    readonly maxEntries?: number;
    readonly maxAgeMs: number;
    readonly timestampOf: (entry: T) => Date | number;
};
/**
 * How a log is kept. A log keeps the definition it was first opened with in a sandbox and
 * rejects a later one with other retention limits.
 * @see mocks/ports/README.md "Definitions"
 */
export interface LogDefinition<T> {
    readonly retention?: RetentionPolicy<T>;
}
/**
 * One entry with its sequence number. The entry is deep-frozen, like documents.
 * @see mocks/ports/README.md "Logs"
 */
export interface LogRecord<T> {
    readonly seq: number;
    readonly entry: T;
}
/**
 * What a log holds: retained entries run from `firstSeq` to `lastSeq`; `trimmed` entries
 * (seq 1 … firstSeq − 1) were dropped by retention. An empty log has `lastSeq` 0.
 * @see mocks/ports/README.md "Logs"
 */
export interface LogInfo {
    readonly size: number;
    readonly firstSeq: number;
    readonly lastSeq: number;
    readonly trimmed: number;
}
/**
 * Entries read from a log, with the log's extent at the time of the read. Reading from a
 * trimmed seq starts at `firstSeq`; compare it with the `fromSeq` you asked for.
 * @see mocks/ports/README.md "Logs"
 */
export interface LogPage<T> extends LogInfo {
    readonly records: readonly LogRecord<T>[];
}
/**
 * Options of `read`: from `fromSeq` (default: the first retained entry), at most `limit`.
 * @see mocks/ports/README.md "Logs"
 */
export interface LogReadOptions {
    readonly fromSeq?: number;
    readonly limit: number;
}
/**
 * An append-only log in one sandbox (or in one transaction on it: appends roll back with it,
 * and retention runs when it commits).
 * @see mocks/ports/README.md "Logs"
 */
export interface Log<T> {
    /** Appends an entry and returns its sequence number. */
    append(entry: T): Promise<number>;
    /**
     * Appends entries in order as one step — all of them or none — and returns their sequence
     * numbers (a batch of audit records costs one operation instead of one each).
     */
    appendMany(entries: readonly T[]): Promise<number[]>;
    /** Entries in sequence order. */
    read(options: LogReadOptions): Promise<LogPage<T>>;
    /** The newest entry (retention never trims it), or `undefined` for an empty log. */
    last(): Promise<LogRecord<T> | undefined>;
    /** Number of retained entries. */
    size(): Promise<number>;
    /** Extent of the log and how many entries were trimmed. */
    info(): Promise<LogInfo>;
    /** Applies the age limit against `now` (e.g. the sandbox clock); returns how many were trimmed. */
    trim(now?: Date): Promise<number>;
}
