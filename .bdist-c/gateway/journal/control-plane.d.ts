import type { Handler } from '../../contracts/handler.js';
import type { Journal } from './journal.js';
/** What the journal's control-plane operations need. */
export interface JournalOperationsOptions {
    readonly journal: Journal;
    /** True when the sandbox exists. */
    readonly hasSandbox: (id: string) => boolean;
}
/**
 * The control-plane operations over a sandbox's journal: query (filters, cursor pagination),
 * export as JSON lines, and verification of the hash chain.
 * @see specs/sandbox.yaml sandboxQueryJournal, sandboxExportJournal, sandboxVerifyJournal; SECURITY.md GW-10, GW-11
 */
export declare function createJournalOperations(options: JournalOperationsOptions): Map<string, Handler>;
