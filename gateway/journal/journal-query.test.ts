import { describe, expect, it } from 'vitest';
import { loadContracts } from '../../contracts/contracts.js';
import { verifyEntries } from './chain.js';
import type { JournalEntry } from './entry.js';
import type { JournalFilters } from './filters.js';
import { appendSamples, collectLines, setupJournal } from './journal-fixtures.js';

describe('journal export', () => {
  it('round-trips as JSON Lines that verify offline', async () => {
    const { journal } = await setupJournal();
    const entries = await appendSamples(journal, 120);
    const lines = await collectLines(journal.export('sbx-1', {}));
    expect(lines).toHaveLength(120);
    expect(lines.every((line) => line.endsWith('}\n') && !line.slice(0, -1).includes('\n'))).toBe(
      true,
    );
    const parsed = lines.map((line) => JSON.parse(line) as JournalEntry);
    expect(parsed).toEqual(entries);
    expect(verifyEntries(parsed)).toMatchObject({ valid: true, checked: 120 });
  });

  it('names the record edited in an exported copy', async () => {
    const { journal } = await setupJournal();
    await appendSamples(journal, 50);
    const parsed = (await collectLines(journal.export('sbx-1', {}))).map(
      (l) => JSON.parse(l) as JournalEntry,
    );
    const tampered = parsed.map((e) =>
      e.seq === 23 ? { ...e, maHoSo: '000.00.00.H38-260915-9999' } : e,
    );
    expect(verifyEntries(tampered)).toMatchObject({
      valid: false,
      firstBrokenSeq: 23,
      problems: [{ seq: 23, kind: 'HASH_MISMATCH' }],
    });
  });

  it('exports only the matching entries, oldest first', async () => {
    const { journal } = await setupJournal();
    await appendSamples(journal, 30);
    const lines = await collectLines(journal.export('sbx-1', { status: 403 }));
    const seqs = lines.map((l) => (JSON.parse(l) as JournalEntry).seq);
    expect(seqs).toEqual([5, 10, 15, 20, 25, 30]);
  });
});

describe('journal query', () => {
  const filterCases: [string, JournalFilters][] = [
    ['client', { clientId: 'tinh-thanhhoa' }],
    ['officer', { officerId: 'cb.tuphap.38002' }],
    ['citizen', { soDinhDanh: '038195000003' }],
    ['purpose', { mucDich: 'KHAI_TU' }],
    ['dossier', { maHoSo: '000.00.00.H38-260915-0007' }],
    ['operation', { operationId: 'dancuLookupCitizen' }],
    ['status', { status: 403 }],
    ['time window', { from: '2026-09-15T09:00:10+07:00', to: '2026-09-15T09:00:20+07:00' }],
    ['several filters', { officerId: 'cb.hotich.38001', status: 200, mucDich: 'KHAI_SINH' }],
    ['no match', { clientId: 'tinh-khac' }],
  ];

  it.each(filterCases)('filters by %s', async (_name, filters) => {
    const { journal } = await setupJournal();
    const entries = await appendSamples(journal, 60);
    const page = await journal.query('sbx-1', { ...filters, limit: 100 });
    const expected = entries.filter((e) =>
      Object.entries(filters).every(([key, value]) => {
        if (key === 'soDinhDanh') return e.subjectSoDinhDanh.includes(value as string);
        if (key === 'from') return Date.parse(e.ts) >= Date.parse(value as string);
        if (key === 'to') return Date.parse(e.ts) < Date.parse(value as string);
        return e[key as keyof JournalEntry] === value;
      }),
    );
    expect(page).toEqual({ ok: true, value: { items: expected, nextCursor: null } });
  });

  it('includes from and excludes to', async () => {
    const { journal } = await setupJournal();
    await appendSamples(journal, 30);
    const page = await journal.query('sbx-1', {
      from: '2026-09-15T09:00:10+07:00',
      to: '2026-09-15T09:00:20+07:00',
    });
    const seqs = page.ok ? page.value.items.map((e) => e.seq) : [];
    expect(seqs).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
  });

  it('pages through matches with cursors, ending without an empty page', async () => {
    const { journal } = await setupJournal();
    const entries = await appendSamples(journal, 200);
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await journal.query('sbx-1', {
        status: 200,
        limit: 7,
        ...(cursor ? { cursor } : {}),
      });
      if (!page.ok) throw new Error(page.error.code);
      expect(page.value.items.length).toBeGreaterThan(0);
      seen.push(...page.value.items.map((e) => e.seq));
      cursor = page.value.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(seen).toEqual(entries.filter((e) => e.status === 200).map((e) => e.seq));
    expect(pages).toBe(Math.ceil(160 / 7));
  });

  it('defaults to pages of 20', async () => {
    const { journal } = await setupJournal();
    await appendSamples(journal, 25);
    const page = await journal.query('sbx-1', {});
    expect(page.ok && page.value.items).toHaveLength(20);
  });

  it.each([
    ['malformed', 'not a cursor!'],
    ['of another listing', 'eyJzZXEiOjV9'],
  ])('refuses a cursor that is %s', async (_name, cursor) => {
    const { journal } = await setupJournal();
    await appendSamples(journal, 5);
    const page = await journal.query('sbx-1', { cursor });
    expect(page.ok ? undefined : page.error).toMatchObject({ status: 400, code: 'INVALID_CURSOR' });
  });

  it('refuses a cursor made for other filters', async () => {
    const { journal } = await setupJournal();
    await appendSamples(journal, 30);
    const first = await journal.query('sbx-1', { status: 200, limit: 5 });
    const cursor = first.ok ? (first.value.nextCursor ?? '') : '';
    const page = await journal.query('sbx-1', { status: 403, cursor });
    expect(page.ok ? undefined : page.error).toMatchObject({ code: 'INVALID_CURSOR' });
  });
});

describe('journal wire shapes', () => {
  const contracts = loadContracts();

  it('answers sandboxQueryJournal and sandboxVerifyJournal as the spec declares', async () => {
    const { journal } = await setupJournal();
    await appendSamples(journal, 30);
    const page = await journal.query('sbx-1', { limit: 10 });
    const verified = await journal.verify('sbx-1');
    if (!page.ok || !verified.ok) throw new Error('unexpected problem');
    const { validators } = contracts;
    expect(
      validators.validateResponse('sandboxQueryJournal', 200, 'application/json', page.value),
    ).toMatchObject({ ok: true });
    expect(
      validators.validateResponse(
        'sandboxVerifyJournal',
        200,
        'application/json',
        verified.value.result,
      ),
    ).toMatchObject({ ok: true });
  });
});
