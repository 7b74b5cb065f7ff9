/**
 * Verification of the hash chain as a pure, streaming computation: feed entries in sequence
 * order, read the verdict. `verifyEntries` runs it over an array, so a tampered copy of a journal
 * is easy to check (tests, offline verification of an export).
 *
 * What each kind names (the `seq` of a problem):
 * - `HASH_MISMATCH`: the entry's content no longer gives its stored hash — that entry was edited;
 * - `GAP`: the first missing sequence number — an entry was removed;
 * - `PREV_HASH_MISMATCH`: the entry does not link to the stored hash of the one before it — the
 *   entry before it was rewritten with a recomputed hash, or this entry's link was.
 * An entry after a gap is not also reported for its link (the gap explains it).
 *
 * @see SECURITY.md GW-10
 * @see specs/sandbox.yaml#/components/schemas/JournalVerifyResult
 */
import type { components } from '../../contracts/generated/sandbox.js';
import { type JournalEntry } from './entry.js';
/** One break of the chain, as the control plane reports it. */
export type JournalProblem = components['schemas']['JournalProblem'];
/** The verdict, as the control plane reports it. */
export type JournalVerifyResult = components['schemas']['JournalVerifyResult'];
/** The spec reports at most this many breaks (the first ones). */
export declare const MAX_REPORTED_PROBLEMS = 100;
/**
 * Where the checked range starts: the entry before it (`seq`, and its stored `hash`, or `null`
 * when it is unknown because retention trimmed it). The default is the genesis: seq 0 with the
 * 64-zero hash, so the first entry must be seq 1 and link to the genesis hash.
 * @see mocks/ports/README.md "Logs" (trimmed heads)
 */
export interface ChainStart {
    readonly seq: number;
    readonly hash: string | null;
}
/** The chain's origin: nothing before seq 1, whose `prevHash` is 64 zeros. */
export declare const GENESIS: ChainStart;
/**
 * A verifier fed one entry at a time, in sequence order.
 * @see SECURITY.md GW-10
 */
export interface ChainVerifier {
    /** Checks the next entry. */
    push(entry: JournalEntry): void;
    /** The verdict over everything pushed so far. */
    result(): JournalVerifyResult;
}
/**
 * Starts a verification after `start` (default: the genesis).
 * @see SECURITY.md GW-10
 */
export declare function createChainVerifier(start?: ChainStart): ChainVerifier;
/**
 * Verifies entries given in sequence order, from `start` (default: the genesis). Pure: it reads
 * nothing but its arguments.
 * @see SECURITY.md GW-10
 */
export declare function verifyEntries(entries: Iterable<JournalEntry>, start?: ChainStart): JournalVerifyResult;
