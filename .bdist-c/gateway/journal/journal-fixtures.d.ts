import { type Store } from '../../mocks/ports/store/index.js';
import { type JournalEntry, type JournalRecord } from './entry.js';
import { type Journal, type JournalRetention } from './journal.js';
/**
 * The `i`-th sample record (from 0): officers, purposes, citizens and outcomes cycle with `i`.
 * @see specs/sandbox.yaml#/components/schemas/JournalEntry (examples)
 */
export declare function sampleRecord(i: number, overrides?: Partial<JournalRecord>): JournalRecord;
/**
 * A well-formed chain of `count` sample entries from seq 1, one second apart from `start`.
 * @see SECURITY.md GW-10
 */
export declare function sampleChain(count: number, start?: number): JournalEntry[];
/**
 * The instant of the `i`-th sample call: 09:00:00 +07:00 on 15/09/2026 plus `i` seconds.
 * @see mocks/ports/README.md "Clock"
 */
export declare function sampleInstant(i: number): Date;
/**
 * A memory store with the given sandboxes and a journal over it.
 * @see mocks/ports/README.md "Store"
 */
export declare function setupJournal(retention?: JournalRetention, sandboxes?: readonly string[]): Promise<{
    store: Store;
    journal: Journal;
}>;
/**
 * Appends `count` sample records, one second apart, and returns their entries.
 * @see SECURITY.md GW-09
 */
export declare function appendSamples(journal: Journal, count: number, sandboxId?: string): Promise<JournalEntry[]>;
/**
 * Reads an async iterable of lines (an export) to the end.
 * @see specs/sandbox.yaml `sandboxExportJournal`
 */
export declare function collectLines(lines: AsyncIterable<string>): Promise<string[]>;
