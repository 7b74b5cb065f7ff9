import { describe, expect, it } from 'vitest';
import {
  createMemoryStore,
  type LogDefinition,
  type Store,
} from '../../mocks/ports/store/index.js';
import { chainEntry, GENESIS_HASH, JOURNAL_LOG, type JournalEntry } from './entry.js';
import { createJournal } from './journal.js';
import { appendSamples, sampleInstant, sampleRecord, setupJournal } from './journal-fixtures.js';

describe('journal append', () => {
  it('chains the first entry of a sandbox from 64 zeros, stamped in +07:00', async () => {
    const { journal } = await setupJournal();
    const entry = await journal.append('sbx-1', sampleRecord(0), sampleInstant(0));
    expect(entry).toMatchObject({
      seq: 1,
      auditId: 'aud-00000001',
      ts: '2026-09-15T09:00:00+07:00',
      prevHash: GENESIS_HASH,
      subjectSoDinhDanh: ['038195000000'],
    });
    expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('links each entry to the one before it', async () => {
    const { journal } = await setupJournal();
    const [first, second] = await appendSamples(journal, 2);
    expect(second?.prevHash).toBe(first?.hash);
  });

  it('serialises concurrent appends into one gapless chain', async () => {
    const { journal } = await setupJournal();
    const entries = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        journal.append('sbx-1', sampleRecord(i), sampleInstant(i)),
      ),
    );
    expect(new Set(entries.map((e) => e.seq)).size).toBe(50);
    const verified = await journal.verify('sbx-1');
    expect(verified.ok && verified.value.result).toMatchObject({ valid: true, checked: 50 });
  });

  it('gives concurrent appends seq in call order and makes each entry queryable when it resolves', async () => {
    const { journal } = await setupJournal();
    const appended = Array.from({ length: 20 }, (_, i) =>
      journal.append('sbx-1', sampleRecord(i), sampleInstant(i)).then(async (entry) => {
        const page = await journal.query('sbx-1', { limit: 100 });
        return { entry, stored: page.ok && page.value.items.some((e) => e.seq === entry.seq) };
      }),
    );
    const results = await Promise.all(appended);
    expect(results.map((r) => r.entry.seq)).toEqual(results.map((_, i) => i + 1));
    expect(results.map((r) => r.entry.requestId)).toEqual(results.map((_, i) => `req-${i}`));
    expect(results.every((r) => r.stored)).toBe(true);
  });

  it('writes the appends queued together in one store operation', async () => {
    const { store, counts } = await countingStore();
    const journal = createJournal({ store });
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        journal.append('sbx-1', sampleRecord(i), sampleInstant(i)),
      ),
    );
    expect(counts.batches).toBe(1);
    // Calls made while a batch is written go to the next one, which chains from the stored head.
    const first = journal.append('sbx-1', sampleRecord(30), sampleInstant(30));
    await new Promise<void>((resolve) => setImmediate(resolve));
    const later = journal.append('sbx-1', sampleRecord(31), sampleInstant(31));
    const [a, b] = await Promise.all([first, later]);
    expect([a.seq, b.seq]).toEqual([31, 32]);
    expect(counts.batches).toBe(3);
    expect(b.prevHash).toBe(a.hash);
    const verified = await journal.verify('sbx-1');
    expect(verified.ok && verified.value.result).toMatchObject({ valid: true, checked: 32 });
  });

  it('fails only the call whose record cannot be chained', async () => {
    const { journal } = await setupJournal();
    const results = await Promise.allSettled([
      journal.append('sbx-1', sampleRecord(0), sampleInstant(0)),
      journal.append('sbx-1', sampleRecord(1, { latencyMs: Number.NaN }), sampleInstant(1)),
      journal.append('sbx-1', sampleRecord(2), sampleInstant(2)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[1]).toMatchObject({ reason: expect.any(TypeError) });
    const seqs = results.map((r) => (r.status === 'fulfilled' ? r.value.seq : undefined));
    expect(seqs).toEqual([1, undefined, 2]);
    const verified = await journal.verify('sbx-1');
    expect(verified.ok && verified.value.result).toMatchObject({ valid: true, checked: 2 });
  });

  it('fails every call of a failed batch and goes on with the next, from the stored head', async () => {
    const { store, counts } = await countingStore();
    const journal = createJournal({ store });
    await journal.append('sbx-1', sampleRecord(0), sampleInstant(0));
    counts.failNext = true;
    const failed = await Promise.allSettled([
      journal.append('sbx-1', sampleRecord(1), sampleInstant(1)),
      journal.append('sbx-1', sampleRecord(2), sampleInstant(2)),
    ]);
    expect(failed).toEqual([
      { status: 'rejected', reason: new Error('store unavailable') },
      { status: 'rejected', reason: new Error('store unavailable') },
    ]);
    // Another writer moved the head in between: the next batch reads it again.
    const raw = store.sandbox('sbx-1').log<JournalEntry>(JOURNAL_LOG);
    const head = await raw.last();
    if (!head) throw new Error('nothing appended');
    const other = chainEntry(sampleRecord(3), {
      seq: 2,
      ts: '2026-09-15T09:00:03+07:00',
      prevHash: head.entry.hash,
    });
    await raw.append(other);
    const next = await journal.append('sbx-1', sampleRecord(4), sampleInstant(4));
    expect(next).toMatchObject({ seq: 3, prevHash: other.hash });
    const verified = await journal.verify('sbx-1');
    expect(verified.ok && verified.value.result).toMatchObject({ valid: true, checked: 3 });
  });

  it('rejects appends to a sandbox that does not exist', async () => {
    const { journal } = await setupJournal();
    await expect(journal.append('sbx-none', sampleRecord(0), sampleInstant(0))).rejects.toThrow(
      /does not exist/,
    );
    expect((await journal.append('sbx-1', sampleRecord(0), sampleInstant(0))).seq).toBe(1);
  });

  it('keeps one chain per sandbox', async () => {
    const { journal } = await setupJournal(undefined, ['sbx-a', 'sbx-b']);
    await journal.append('sbx-a', sampleRecord(0), sampleInstant(0));
    const b = await journal.append('sbx-b', sampleRecord(1), sampleInstant(1));
    expect(b).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
  });

  it('rounds latency to whole non-negative milliseconds', async () => {
    const { journal } = await setupJournal();
    const entry = await journal.append(
      'sbx-1',
      sampleRecord(0, { latencyMs: 2.6 }),
      sampleInstant(0),
    );
    expect(entry.latencyMs).toBe(3);
  });

  it('logs appends with masked ID numbers only', async () => {
    const store = createMemoryStore();
    await store.createSandbox('sbx-1');
    const lines: string[] = [];
    const logger = {
      debug: (obj: unknown) => lines.push(JSON.stringify(obj)),
      error: (obj: unknown) => lines.push(JSON.stringify(obj)),
    } as unknown as Parameters<typeof createJournal>[0]['logger'];
    const journal = createJournal({ store, ...(logger ? { logger } : {}) });
    await journal.append('sbx-1', sampleRecord(0), sampleInstant(0));
    expect(lines.join('')).toContain('038*******00');
    expect(lines.join('')).not.toMatch(/\d{12}/);
  });

  it('logs a broken chain as a security incident, by sequence number only', async () => {
    const store = createMemoryStore();
    await store.createSandbox('sbx-1');
    const incidents: unknown[] = [];
    const logger = {
      debug: () => undefined,
      error: (obj: unknown) => incidents.push(obj),
    } as unknown as Parameters<typeof createJournal>[0]['logger'];
    const journal = createJournal({ store, ...(logger ? { logger } : {}) });
    const first = await journal.append('sbx-1', sampleRecord(0), sampleInstant(0));
    await store
      .sandbox('sbx-1')
      .log<JournalEntry>(JOURNAL_LOG)
      .append({ ...first, seq: 2, prevHash: first.hash });
    await journal.verify('sbx-1');
    expect(incidents).toEqual([
      {
        event: 'SECURITY_INCIDENT',
        sandboxId: 'sbx-1',
        firstBrokenSeq: 2,
        breaks: ['HASH_MISMATCH@2'],
      },
    ]);
  });
});

describe('journal verify', () => {
  it('verifies a chain of 1,000 appended entries', async () => {
    const { journal } = await setupJournal();
    const entries = await appendSamples(journal, 1000);
    const verified = await journal.verify('sbx-1');
    expect(verified).toEqual({
      ok: true,
      value: {
        result: { valid: true, checked: 1000, headHash: entries[999]?.hash, problems: [] },
        trimmed: 0,
      },
    });
  });

  it('names an entry forged through a second append path', async () => {
    const { store, journal } = await setupJournal();
    const entries = await appendSamples(journal, 10);
    const last = entries[9];
    if (!last) throw new Error('fixture too short');
    const raw = store.sandbox('sbx-1').log<JournalEntry>(JOURNAL_LOG);
    const forged = {
      ...last,
      seq: 11,
      auditId: 'aud-00000011',
      prevHash: last.hash,
      officerId: 'cb.khac.99999',
    };
    await raw.append(forged);
    const verified = await journal.verify('sbx-1');
    expect(verified.ok && verified.value.result).toMatchObject({
      valid: false,
      checked: 11,
      firstBrokenSeq: 11,
      problems: [{ seq: 11, kind: 'HASH_MISMATCH' }],
    });
  });

  it('reports an entry that skips a sequence number as a gap', async () => {
    const { store, journal } = await setupJournal();
    await appendSamples(journal, 10);
    const raw = store.sandbox('sbx-1').log<JournalEntry>(JOURNAL_LOG);
    const skipped = (await journal.append('sbx-1', sampleRecord(10), sampleInstant(10))).hash;
    const next = chainEntry(sampleRecord(12), {
      seq: 13,
      ts: '2026-09-15T09:00:12+07:00',
      prevHash: skipped,
    });
    await raw.append(next);
    const verified = await journal.verify('sbx-1');
    expect(verified.ok && verified.value.result.problems).toEqual([{ seq: 12, kind: 'GAP' }]);
  });

  it('verifies a range against the entry before it', async () => {
    const { journal } = await setupJournal();
    await appendSamples(journal, 30);
    const verified = await journal.verify('sbx-1', { fromSeq: 10, toSeq: 20 });
    expect(verified.ok && verified.value.result).toMatchObject({ valid: true, checked: 11 });
  });

  it('refuses a range that ends before it starts', async () => {
    const { journal } = await setupJournal();
    const verified = await journal.verify('sbx-1', { fromSeq: 20, toSeq: 10 });
    expect(verified.ok ? undefined : verified.error).toMatchObject({
      status: 422,
      code: 'JOURNAL_RANGE_INVALID',
    });
  });

  it('tells entries trimmed by count from a gap', async () => {
    const { journal } = await setupJournal({ maxEntries: 100 });
    await appendSamples(journal, 250);
    const verified = await journal.verify('sbx-1');
    expect(verified.ok && verified.value).toMatchObject({
      result: { valid: true, checked: 100, problems: [] },
      trimmed: 150,
    });
    expect(await journal.info('sbx-1')).toMatchObject({ size: 100, firstSeq: 151, lastSeq: 250 });
  });

  it('tells entries trimmed by age from a gap, also when trimmed against the sandbox clock', async () => {
    const { journal } = await setupJournal({ maxAgeMs: 60_000 });
    await appendSamples(journal, 200);
    const before = await journal.verify('sbx-1');
    expect(before.ok && before.value).toMatchObject({
      result: { valid: true, checked: 61 },
      trimmed: 139,
    });
    expect(await journal.trim('sbx-1', sampleInstant(10_000))).toBe(60);
    const after = await journal.verify('sbx-1');
    expect(after.ok && after.value).toMatchObject({
      result: { valid: true, checked: 1 },
      trimmed: 199,
    });
    const next = await journal.append('sbx-1', sampleRecord(200), sampleInstant(10_000));
    expect(next.seq).toBe(201);
    const continued = await journal.verify('sbx-1');
    expect(continued.ok && continued.value.result.valid).toBe(true);
  });

  it('trims by age as if each entry had its own transaction, also when the clock goes back', async () => {
    const { journal } = await setupJournal({ maxAgeMs: 60_000 });
    await appendSamples(journal, 10);
    await Promise.all([
      journal.append('sbx-1', sampleRecord(10), sampleInstant(200)),
      journal.append('sbx-1', sampleRecord(11), sampleInstant(5)),
    ]);
    expect(await journal.info('sbx-1')).toMatchObject({ size: 2, trimmed: 10, lastSeq: 12 });
  });

  it('refuses retention limits that are not positive integers', async () => {
    const store = createMemoryStore();
    expect(() => createJournal({ store, retention: { maxEntries: 0 } })).toThrow(RangeError);
    expect(() => createJournal({ store, retention: { maxAgeMs: 1.5 } })).toThrow(RangeError);
  });
});

/**
 * A memory store with sandbox `sbx-1` that counts transactions and can fail the next one.
 * @see mocks/ports/README.md "Transactions"
 */
async function countingStore(): Promise<{
  store: Store;
  counts: { batches: number; failNext: boolean };
}> {
  const inner = createMemoryStore();
  await inner.createSandbox('sbx-1');
  const counts = { batches: 0, failNext: false };
  const store: Store = {
    ...inner,
    sandbox(id) {
      const handle = inner.sandbox(id);
      return {
        ...handle,
        log<T>(name: string, definition?: LogDefinition<T>) {
          const log = handle.log<T>(name, definition);
          return {
            ...log,
            appendMany(entries: readonly T[]) {
              counts.batches += 1;
              if (counts.failNext) {
                counts.failNext = false;
                return Promise.reject(new Error('store unavailable'));
              }
              return log.appendMany(entries);
            },
          };
        },
      };
    },
  };
  return { store, counts };
}
