/**
 * The append-only log part of the Store port, for the hash-chained audit journal and the
 * webhook outbox. Entries get sequence numbers 1, 2, 3 … per log per sandbox. A retention
 * policy keeps memory bounded by trimming the oldest entries; the log remembers how many it
 * trimmed, so a verifier can tell a trimmed head from a gap.
 *
 * @see specs/sandbox.yaml (journal: query, export, verify the hash chain)
 * @see mocks/ports/README.md "Logs"
 */
export {};
