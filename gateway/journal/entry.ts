/**
 * The journal record: one entry per gateway call, refused ones included, with the audit fields
 * of SECURITY.md §2 in the wire shape of the control plane (`JournalEntry`).
 *
 * @see SECURITY.md GW-09 ("Audit record fields"), GW-10
 * @see specs/sandbox.yaml#/components/schemas/JournalEntry
 */
import { createHash } from 'node:crypto';
import type { components } from '../../contracts/generated/sandbox.js';
import { canonicalJson } from './canonical-json.js';

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
export const JOURNAL_LOG = 'gateway.journal';

/**
 * `prevHash` of the first entry of every sandbox: 64 zeros.
 * @see specs/sandbox.yaml#/components/schemas/JournalEntry
 */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The chain hash of an entry: `sha256(prevHash ‖ canonicalJson(entry without hash))` in lower-case
 * hex, where ‖ is the concatenation of the 64 hex characters of `prevHash` and the UTF-8 bytes of
 * the canonical JSON (see canonical-json.ts). `prevHash` is inside the entry as well, so it is
 * covered twice; that keeps the formula of the spec and costs nothing.
 * @see SECURITY.md GW-10
 */
export function hashEntry(entry: UnhashedEntry | JournalEntry): string {
  // canonicalJson leaves out undefined members: this is the entry without its hash.
  const unhashed = canonicalJson({ ...entry, hash: undefined });
  return createHash('sha256').update(entry.prevHash, 'utf8').update(unhashed, 'utf8').digest('hex');
}

/**
 * The audit record id of a sequence number: `aud-` and at least 8 digits (`aud-00001542`).
 * @see specs/sandbox.yaml#/components/schemas/JournalEntry (`auditId`)
 */
export function auditIdOf(seq: number): string {
  return `aud-${String(seq).padStart(8, '0')}`;
}

/**
 * Builds the entry of a record: the record's fields in the order of the wire schema, then the
 * chain fields, so exports read like the spec's examples.
 * @see specs/sandbox.yaml#/components/schemas/JournalEntry
 */
export function chainEntry(
  record: JournalRecord,
  at: { readonly seq: number; readonly ts: string; readonly prevHash: string },
): JournalEntry {
  const unhashed: UnhashedEntry = {
    seq: at.seq,
    auditId: auditIdOf(at.seq),
    ts: at.ts,
    requestId: record.requestId,
    clientId: record.clientId,
    clientVersion: record.clientVersion,
    officerId: record.officerId,
    deviceId: record.deviceId,
    sourceIp: record.sourceIp,
    mucDich: record.mucDich,
    maHoSo: record.maHoSo,
    maTTHC: record.maTTHC,
    operationId: record.operationId,
    endpoint: record.endpoint,
    subjectSoDinhDanh: [...record.subjectSoDinhDanh],
    fieldsReturned: [...record.fieldsReturned],
    resultCode: record.resultCode,
    status: record.status,
    // Whole milliseconds, never negative (the wire type is a non-negative integer).
    latencyMs: Math.max(0, Math.round(record.latencyMs)),
    prevHash: at.prevHash,
  };
  return { ...unhashed, hash: hashEntry(unhashed) };
}
