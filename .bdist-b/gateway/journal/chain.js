import { GENESIS_HASH, hashEntry } from './entry.js';
/** The spec reports at most this many breaks (the first ones). */
export const MAX_REPORTED_PROBLEMS = 100;
/** The chain's origin: nothing before seq 1, whose `prevHash` is 64 zeros. */
export const GENESIS = { seq: 0, hash: GENESIS_HASH };
/**
 * Starts a verification after `start` (default: the genesis).
 * @see SECURITY.md GW-10
 */
export function createChainVerifier(start = GENESIS) {
    const problems = [];
    let firstBrokenSeq;
    let checked = 0;
    let expectedSeq = start.seq + 1;
    let previousHash = start.hash;
    let headHash;
    const report = (seq, kind) => {
        if (firstBrokenSeq === undefined || seq < firstBrokenSeq)
            firstBrokenSeq = seq;
        if (problems.length < MAX_REPORTED_PROBLEMS)
            problems.push({ seq, kind });
    };
    return {
        push(entry) {
            checked += 1;
            if (entry.seq > expectedSeq) {
                report(expectedSeq, 'GAP');
            }
            else if (previousHash !== null && entry.prevHash !== previousHash) {
                report(entry.seq, 'PREV_HASH_MISMATCH');
            }
            if (hashEntry(entry) !== entry.hash)
                report(entry.seq, 'HASH_MISMATCH');
            expectedSeq = Math.max(expectedSeq, entry.seq + 1);
            previousHash = entry.hash;
            headHash = entry.hash;
        },
        result() {
            return {
                valid: firstBrokenSeq === undefined,
                checked,
                ...(firstBrokenSeq !== undefined ? { firstBrokenSeq } : {}),
                ...(headHash !== undefined ? { headHash } : {}),
                problems: [...problems],
            };
        },
    };
}
/**
 * Verifies entries given in sequence order, from `start` (default: the genesis). Pure: it reads
 * nothing but its arguments.
 * @see SECURITY.md GW-10
 */
export function verifyEntries(entries, start = GENESIS) {
    const verifier = createChainVerifier(start);
    for (const entry of entries)
        verifier.push(entry);
    return verifier.result();
}
