/**
 * The journal record: one entry per gateway call, refused ones included, with the audit fields
 * of SECURITY.md §2 in the wire shape of the control plane (`JournalEntry`).
 *
 * @see SECURITY.md GW-09 ("Audit record fields"), GW-10
 * @see specs/sandbox.yaml#/components/schemas/JournalEntry
 */
import * as nodeCrypto from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
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
/** `crypto.hash` (Node 20.12+): one call, no Hash object; `undefined` on an older Node. */
const oneShotSha256 = typeof nodeCrypto.hash === 'function' ? nodeCrypto.hash : undefined;
/**
 * The chain hash of an entry: `sha256(prevHash ‖ canonicalJson(entry without hash))` in lower-case
 * hex, where ‖ is the concatenation of the 64 hex characters of `prevHash` and the UTF-8 bytes of
 * the canonical JSON (see canonical-json.ts). `prevHash` is inside the entry as well, so it is
 * covered twice; that keeps the formula of the spec and costs nothing. Hashed once per request
 * and once per entry verified, so the JSON has a fast path (`entryCanonicalJson`) and the digest
 * is one `crypto.hash` call where Node has it.
 * @see SECURITY.md GW-10
 */
export function hashEntry(entry) {
    const { prevHash } = entry;
    const unhashed = entryCanonicalJson(entry);
    // The canonical JSON starts with `{`, so concatenating before encoding gives the same UTF-8
    // bytes as hashing the two parts in turn. A `prevHash` that is not a string (a malformed
    // export) goes to `createHash`, which refuses it as it always did.
    if (oneShotSha256 !== undefined && typeof prevHash === 'string') {
        return oneShotSha256('sha256', prevHash + unhashed);
    }
    return nodeCrypto
        .createHash('sha256')
        .update(prevHash, 'utf8')
        .update(unhashed, 'utf8')
        .digest('hex');
}
/** Whether a key is a member of an unhashed entry, checked by the compiler against the type. */
const ENTRY_MEMBERS = {
    seq: true,
    auditId: true,
    ts: true,
    requestId: true,
    clientId: true,
    clientVersion: true,
    officerId: true,
    deviceId: true,
    sourceIp: true,
    mucDich: true,
    maHoSo: true,
    maTTHC: true,
    operationId: true,
    endpoint: true,
    subjectSoDinhDanh: true,
    fieldsReturned: true,
    resultCode: true,
    status: true,
    latencyMs: true,
    prevHash: true,
};
/** The member names of an unhashed entry. */
const ENTRY_KEYS = new Set(Object.keys(ENTRY_MEMBERS));
/**
 * A copy of the members of an entry in canonical key order (UTF-16 code units), for
 * `JSON.stringify`, which writes members in the order they were created.
 */
function inCanonicalOrder(entry) {
    return {
        auditId: entry.auditId,
        clientId: entry.clientId,
        clientVersion: entry.clientVersion,
        deviceId: entry.deviceId,
        endpoint: entry.endpoint,
        fieldsReturned: entry.fieldsReturned,
        latencyMs: entry.latencyMs,
        maHoSo: entry.maHoSo,
        maTTHC: entry.maTTHC,
        mucDich: entry.mucDich,
        officerId: entry.officerId,
        operationId: entry.operationId,
        prevHash: entry.prevHash,
        requestId: entry.requestId,
        resultCode: entry.resultCode,
        seq: entry.seq,
        sourceIp: entry.sourceIp,
        status: entry.status,
        subjectSoDinhDanh: entry.subjectSoDinhDanh,
        ts: entry.ts,
    };
}
/** Whether `inCanonicalOrder` lists every member in canonical order; if not, no fast path. */
const FAST_PATH = (() => {
    const order = Object.keys(inCanonicalOrder(ENTRY_MEMBERS));
    return order.join() === [...ENTRY_KEYS].sort().join();
})();
/**
 * `canonicalJson` of an entry without its `hash`, written by one `JSON.stringify` of its members
 * in canonical order when the entry has exactly the members of `UnhashedEntry` (plus, possibly,
 * `hash`) with values that are strings, finite numbers, `null` or arrays of strings: for those,
 * canonicalJson writes the same bytes. Anything else (a tampered or malformed entry fed to a
 * chain verifier) goes through `canonicalJson` itself, so the result never differs.
 * @see SECURITY.md GW-10
 */
export function entryCanonicalJson(entry) {
    return FAST_PATH && hasEntryShape(entry)
        ? JSON.stringify(inCanonicalOrder(entry))
        : generalJson(entry);
}
/** Exactly the entry's own enumerable members (and maybe `hash`), each of a fast-path type. */
function hasEntryShape(entry) {
    const record = entry;
    let members = 0;
    for (const key of Object.keys(record)) {
        if (key === 'hash')
            continue;
        if (!ENTRY_KEYS.has(key) || !isPlainValue(record[key]))
            return false;
        members += 1;
    }
    return members === ENTRY_KEYS.size;
}
/** A string, `null`, a finite number or an array of strings (no holes). */
function isPlainValue(value) {
    if (typeof value === 'string' || value === null)
        return true;
    if (typeof value === 'number')
        return Number.isFinite(value);
    if (!Array.isArray(value))
        return false;
    for (let i = 0; i < value.length; i += 1) {
        if (typeof value[i] !== 'string')
            return false;
    }
    return true;
}
/** The general path: canonicalJson leaves out undefined members, so this drops the hash. */
function generalJson(entry) {
    const members = entry;
    return canonicalJson({ ...members, hash: undefined });
}
/**
 * The audit record id of a sequence number: `aud-` and at least 8 digits (`aud-00001542`).
 * @see specs/sandbox.yaml#/components/schemas/JournalEntry (`auditId`)
 */
export function auditIdOf(seq) {
    return `aud-${String(seq).padStart(8, '0')}`;
}
/**
 * Builds the entry of a record: the record's fields in the order of the wire schema, then the
 * chain fields, so exports read like the spec's examples.
 * @see specs/sandbox.yaml#/components/schemas/JournalEntry
 */
export function chainEntry(record, at) {
    // Built once in its final member order; `hash` is filled in last (hashEntry ignores it).
    const entry = {
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
        hash: '',
    };
    entry.hash = hashEntry(entry);
    return entry;
}
