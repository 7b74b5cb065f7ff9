import type { components } from '../../contracts/generated/sandbox.js';
/** One journal entry as the control plane returns and exports it. */
export type JournalEntry = components['schemas']['JournalEntry'];
/** An entry before it is chained: everything but `hash`. */
export type UnhashedEntry = Omit<JournalEntry, 'hash'>;
/**
 * What the pipeline's journal stage knows about a call; the journal adds `seq`, `auditId`, `ts`,
 * `prevHash` and `hash`. Fields are `null` when the call never got that far (an unknown client,
 * no officer, no matched route).
 * @see SECURITY.md GW-09
 */
export type JournalRecord = Omit<JournalEntry, 'seq' | 'auditId' | 'ts' | 'prevHash' | 'hash'>;
/**
 * Name of the append-only log, per sandbox, that holds the journal. A sandbox reset must keep
 * it (`resetSandbox(id, { keep: { logs: [JOURNAL_LOG] } })`): the journal is never cleared.
 * @see specs/sandbox.yaml `sandboxResetSandbox` ("The journal is append-only and is never cleared")
 */
export declare const JOURNAL_LOG = "gateway.journal";
/**
 * `prevHash` of the first entry of every sandbox: 64 zeros.
 * @see specs/sandbox.yaml#/components/schemas/JournalEntry
 */
export declare const GENESIS_HASH: string;
/**
 * The chain hash of an entry: `sha256(prevHash ‖ canonicalJson(entry without hash))` in lower-case
 * hex, where ‖ is the concatenation of the 64 hex characters of `prevHash` and the UTF-8 bytes of
 * the canonical JSON (see canonical-json.ts). `prevHash` is inside the entry as well, so it is
 * covered twice; that keeps the formula of the spec and costs nothing. Hashed once per request
 * and once per entry verified, so the JSON has a fast path (`entryCanonicalJson`) and the digest
 * is one `crypto.hash` call where Node has it.
 * @see SECURITY.md GW-10
 */
export declare function hashEntry(entry: UnhashedEntry | JournalEntry): string;
/**
 * `canonicalJson` of an entry without its `hash`, written by one `JSON.stringify` of its members
 * in canonical order when the entry has exactly the members of `UnhashedEntry` (plus, possibly,
 * `hash`) with values that are strings, finite numbers, `null` or arrays of strings: for those,
 * canonicalJson writes the same bytes. Anything else (a tampered or malformed entry fed to a
 * chain verifier) goes through `canonicalJson` itself, so the result never differs.
 * @see SECURITY.md GW-10
 */
export declare function entryCanonicalJson(entry: UnhashedEntry | JournalEntry): string;
/**
 * The audit record id of a sequence number: `aud-` and at least 8 digits (`aud-00001542`).
 * @see specs/sandbox.yaml#/components/schemas/JournalEntry (`auditId`)
 */
export declare function auditIdOf(seq: number): string;
/**
 * Builds the entry of a record: the record's fields in the order of the wire schema, then the
 * chain fields, so exports read like the spec's examples.
 * @see specs/sandbox.yaml#/components/schemas/JournalEntry
 */
export declare function chainEntry(record: JournalRecord, at: {
    readonly seq: number;
    readonly ts: string;
    readonly prevHash: string;
}): JournalEntry;
