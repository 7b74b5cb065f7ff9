/**
 * Journal records for tests: a refused and an answered citizen lookup, varied by index so
 * filters have something to tell apart. Not used at run time.
 * @see SECURITY.md GW-09
 */
import { toVnIso } from '../../mocks/domain/calendar/index.js';
import { createMemoryStore } from '../../mocks/ports/store/index.js';
import { chainEntry, GENESIS_HASH } from './entry.js';
import { createJournal } from './journal.js';
const OFFICERS = ['cb.hotich.38001', 'cb.tuphap.38002', 'cb.congan.38003'];
const PURPOSES = ['KHAI_SINH', 'XAC_THUC_NGUOI_NOP', 'KHAI_TU'];
/**
 * The `i`-th sample record (from 0): officers, purposes, citizens and outcomes cycle with `i`.
 * @see specs/sandbox.yaml#/components/schemas/JournalEntry (examples)
 */
export function sampleRecord(i, overrides = {}) {
    const refused = i % 5 === 4;
    return {
        requestId: `req-${i}`,
        clientId: i % 2 === 0 ? 'tinh-demo' : 'tinh-thanhhoa',
        clientVersion: '1.0.0',
        officerId: OFFICERS[i % OFFICERS.length] ?? null,
        deviceId: 'MT-38-0001',
        sourceIp: '10.38.1.25',
        mucDich: PURPOSES[i % PURPOSES.length] ?? null,
        maHoSo: `000.00.00.H38-260915-${String(i % 10).padStart(4, '0')}`,
        maTTHC: '3.000722',
        operationId: 'dancuLookupCitizen',
        endpoint: 'POST /dancu/v1/cong-dan/tra-cuu',
        subjectSoDinhDanh: [`038195${String(i % 7).padStart(6, '0')}`],
        fieldsReturned: refused ? [] : ['soDinhDanh', 'hoTen', 'ngaySinh'],
        resultCode: refused ? 'PURPOSE_NOT_PERMITTED' : 'OK',
        status: refused ? 403 : 200,
        latencyMs: 3 + (i % 40),
        ...overrides,
    };
}
/**
 * A well-formed chain of `count` sample entries from seq 1, one second apart from `start`.
 * @see SECURITY.md GW-10
 */
export function sampleChain(count, start = Date.parse('2026-09-15T02:00:00Z')) {
    const entries = [];
    let prevHash = GENESIS_HASH;
    for (let i = 0; i < count; i += 1) {
        const ts = toVnIso(new Date(start + i * 1000));
        const entry = chainEntry(sampleRecord(i), { seq: i + 1, ts, prevHash });
        entries.push(entry);
        prevHash = entry.hash;
    }
    return entries;
}
const START = Date.parse('2026-09-15T02:00:00Z');
/**
 * The instant of the `i`-th sample call: 09:00:00 +07:00 on 15/09/2026 plus `i` seconds.
 * @see mocks/ports/README.md "Clock"
 */
export function sampleInstant(i) {
    return new Date(START + i * 1000);
}
/**
 * A memory store with the given sandboxes and a journal over it.
 * @see mocks/ports/README.md "Store"
 */
export async function setupJournal(retention, sandboxes = ['sbx-1']) {
    const store = createMemoryStore();
    for (const id of sandboxes) {
        const created = await store.createSandbox(id);
        if (!created.ok)
            throw new Error(created.error.code);
    }
    return { store, journal: createJournal({ store, ...(retention ? { retention } : {}) }) };
}
/**
 * Appends `count` sample records, one second apart, and returns their entries.
 * @see SECURITY.md GW-09
 */
export async function appendSamples(journal, count, sandboxId = 'sbx-1') {
    const entries = [];
    for (let i = 0; i < count; i += 1) {
        entries.push(await journal.append(sandboxId, sampleRecord(i), sampleInstant(i)));
    }
    return entries;
}
/**
 * Reads an async iterable of lines (an export) to the end.
 * @see specs/sandbox.yaml `sandboxExportJournal`
 */
export async function collectLines(lines) {
    const out = [];
    for await (const line of lines)
        out.push(line);
    return out;
}
