import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../mocks/ports/index.js';
import { DEFAULT_POLICY_CONFIG } from './policy-config.js';
import { recordViolation, slideWindow, VIOLATION_LOG, type ViolationRecord } from './violations.js';

const HOUR = 3_600_000;
const LIMITS = { violations: 3, windowMs: HOUR };

async function sandbox() {
  const store = createMemoryStore();
  await store.createSandbox('s1');
  return store.sandbox('s1');
}

const ENTRY = {
  kind: 'PURPOSE' as const,
  code: 'PURPOSE_NOT_PERMITTED',
  clientId: 'tinh-demo',
  officerId: 'cb.hotich.38001',
  operationId: 'dancuLookupCitizen',
  requestId: 'r-1',
  mucDich: 'KHAI_TU',
  maHoSo: '000.00.00.H38-260915-0007',
};

describe('violations', () => {
  it.each([
    [[], 10, [10], false],
    [[1, 2], 3, [], true],
    [[1, 2], HOUR + 1, [2, HOUR + 1], false],
    [[1, 2], HOUR + 2, [HOUR + 2], false],
    [[5], 4, [4], false],
  ])('slides window %j at %i to %j (triggered: %s)', (previous, now, at, triggered) => {
    expect(slideWindow(previous, now, LIMITS)).toEqual({ at, triggered });
  });

  it('suspends a client at the fifth purpose or field violation within an hour', async () => {
    const store = await sandbox();
    const start = Date.parse('2026-09-15T09:00:00+07:00');
    const results = [];
    for (let i = 0; i < 5; i++) {
      const kind = i % 2 === 0 ? ('PURPOSE' as const) : ('FIELD' as const);
      const at = new Date(start + i * 10 * 60_000);
      results.push(await recordViolation(store, { ...ENTRY, kind }, at, DEFAULT_POLICY_CONFIG));
    }
    expect(results.slice(0, 4).map((r) => r.suspend)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(results[4]).toEqual({
      kind: 'PURPOSE',
      seq: 5,
      suspend: { clientId: 'tinh-demo', reasonRef: 'GW14-AUTO-PURPOSE-5' },
    });
    const log = await store.log<ViolationRecord>(VIOLATION_LOG).read({ limit: 10 });
    expect(log.records.map((r) => r.entry.reasonRef)).toEqual([
      null,
      null,
      null,
      null,
      'GW14-AUTO-PURPOSE-5',
    ]);
    expect(log.records[0]?.entry.at).toBe('2026-09-15T09:00:00.000+07:00');
  });

  it('does not suspend when the violations are spread over more than an hour', async () => {
    const store = await sandbox();
    const start = Date.parse('2026-09-15T09:00:00+07:00');
    for (let i = 0; i < 8; i++) {
      const at = new Date(start + i * 16 * 60_000);
      const recorded = await recordViolation(store, ENTRY, at, DEFAULT_POLICY_CONFIG);
      expect(recorded.suspend).toBeUndefined();
    }
  });

  it('suspends at once for a bulk breach, unless configured otherwise', async () => {
    const store = await sandbox();
    const now = new Date('2026-09-15T09:00:00+07:00');
    const bulk = { ...ENTRY, kind: 'BULK' as const, code: 'BULK_LIMIT_EXCEEDED' };
    const first = await recordViolation(store, bulk, now, DEFAULT_POLICY_CONFIG);
    expect(first.suspend).toEqual({ clientId: 'tinh-demo', reasonRef: 'GW14-AUTO-BULK-1' });
    const lenient = {
      ...DEFAULT_POLICY_CONFIG,
      suspension: { ...DEFAULT_POLICY_CONFIG.suspension, onBulkBreach: false },
    };
    expect((await recordViolation(store, bulk, now, lenient)).suspend).toBeUndefined();
  });

  it('keeps the windows of clients apart', async () => {
    const store = await sandbox();
    const now = new Date('2026-09-15T09:00:00+07:00');
    const config = {
      ...DEFAULT_POLICY_CONFIG,
      suspension: { ...DEFAULT_POLICY_CONFIG.suspension, violations: 2 },
    };
    await recordViolation(store, ENTRY, now, config);
    const other = await recordViolation(store, { ...ENTRY, clientId: 'other' }, now, config);
    expect(other.suspend).toBeUndefined();
  });
});
