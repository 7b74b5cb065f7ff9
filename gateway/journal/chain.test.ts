import { describe, expect, it } from 'vitest';
import { verifyEntries, MAX_REPORTED_PROBLEMS } from './chain.js';
import { chainEntry, GENESIS_HASH, hashEntry, type JournalEntry } from './entry.js';
import { sampleChain, sampleRecord } from './journal-fixtures.js';

function edit(entries: JournalEntry[], seq: number, change: Partial<JournalEntry>): JournalEntry[] {
  return entries.map((e) => (e.seq === seq ? { ...e, ...change } : e));
}

describe('verifyEntries', () => {
  it('accepts an intact chain of 1,000 entries', () => {
    const chain = sampleChain(1000);
    const result = verifyEntries(chain);
    expect(result).toEqual({
      valid: true,
      checked: 1000,
      headHash: chain[999]?.hash,
      problems: [],
    });
  });

  it('accepts an empty journal', () => {
    expect(verifyEntries([])).toEqual({ valid: true, checked: 0, problems: [] });
  });

  it('chains the first entry from 64 zeros', () => {
    const [first] = sampleChain(1);
    expect(first?.prevHash).toBe(GENESIS_HASH);
    expect(first?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the record whose field was edited', () => {
    const tampered = edit(sampleChain(1000), 812, { officerId: 'cb.khac.99999' });
    const result = verifyEntries(tampered);
    expect(result.valid).toBe(false);
    expect(result.firstBrokenSeq).toBe(812);
    expect(result.problems).toEqual([{ seq: 812, kind: 'HASH_MISMATCH' }]);
  });

  it('names the record whose citizen list was edited', () => {
    const tampered = edit(sampleChain(20), 7, { subjectSoDinhDanh: ['001099000001'] });
    expect(verifyEntries(tampered).problems).toEqual([{ seq: 7, kind: 'HASH_MISMATCH' }]);
  });

  it('reports a rewritten record with a recomputed hash at the link after it', () => {
    const chain = sampleChain(10);
    const rewritten = { ...chain[4], resultCode: 'OK', status: 200 } as JournalEntry;
    const forged = { ...rewritten, hash: hashEntry(rewritten) };
    const tampered = chain.map((e) => (e.seq === 5 ? forged : e));
    expect(verifyEntries(tampered).problems).toEqual([{ seq: 6, kind: 'PREV_HASH_MISMATCH' }]);
  });

  it('reports a deleted middle entry as a gap at the missing seq', () => {
    const tampered = sampleChain(100).filter((e) => e.seq !== 50);
    const result = verifyEntries(tampered);
    expect(result).toMatchObject({ valid: false, checked: 99, firstBrokenSeq: 50 });
    expect(result.problems).toEqual([{ seq: 50, kind: 'GAP' }]);
  });

  it('reports a deleted first entry as a gap at seq 1', () => {
    const tampered = sampleChain(5).slice(1);
    expect(verifyEntries(tampered).problems).toEqual([{ seq: 1, kind: 'GAP' }]);
  });

  it('accepts a trimmed head when the start is unknown', () => {
    const retained = sampleChain(100).slice(60);
    expect(verifyEntries(retained, { seq: 60, hash: null })).toMatchObject({
      valid: true,
      checked: 40,
    });
  });

  it('checks a range against the hash of the entry before it', () => {
    const chain = sampleChain(30);
    const before = chain[9];
    if (!before) throw new Error('fixture too short');
    const range = chain.slice(10, 20);
    expect(verifyEntries(range, { seq: 10, hash: before.hash }).valid).toBe(true);
    expect(verifyEntries(range, { seq: 10, hash: GENESIS_HASH }).problems).toEqual([
      { seq: 11, kind: 'PREV_HASH_MISMATCH' },
    ]);
  });

  it('reports an entry linked to the wrong predecessor', () => {
    const chain = sampleChain(3);
    const stray = chainEntry(sampleRecord(2), {
      seq: 3,
      ts: chain[2]?.ts ?? '',
      prevHash: GENESIS_HASH,
    });
    const result = verifyEntries([...chain.slice(0, 2), stray]);
    expect(result.problems).toEqual([{ seq: 3, kind: 'PREV_HASH_MISMATCH' }]);
  });

  it('lists at most the first 100 breaks but counts every entry', () => {
    const chain = sampleChain(300).map((e) => ({ ...e, latencyMs: e.latencyMs + 1 }));
    const result = verifyEntries(chain);
    expect(result.checked).toBe(300);
    expect(result.problems).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(result.firstBrokenSeq).toBe(1);
  });
});
