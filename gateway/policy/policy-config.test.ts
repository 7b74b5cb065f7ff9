import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_CONFIG, resolvePolicyConfig } from './policy-config.js';

describe('policy configuration', () => {
  it('takes the SECURITY.md defaults when nothing is overridden', () => {
    expect(resolvePolicyConfig()).toEqual({ ok: true, value: DEFAULT_POLICY_CONFIG });
    expect(DEFAULT_POLICY_CONFIG.rate.client).toEqual({ capacity: 40, perMs: 2000 });
    expect(DEFAULT_POLICY_CONFIG.bulk).toEqual({ perOfficerPerDay: 200, perClientPerDay: 10_000 });
  });

  it('merges overrides section by section and freezes the result deeply', () => {
    const result = resolvePolicyConfig({
      bulk: { perOfficerPerDay: 3 },
      device: 'enforce',
      purposeProcedures: { CAP_CAN_CUOC: ['3.000722', '2.000986'] },
    });
    if (!result.ok) throw new Error(result.error.key);
    expect(result.value.bulk).toEqual({ perOfficerPerDay: 3, perClientPerDay: 10_000 });
    expect(result.value.device).toBe('enforce');
    expect(result.value.purposeProcedures.KHAI_SINH).toEqual(['2.000986', '3.000722', '1.001193']);
    expect(Object.isFrozen(result.value.rate.client)).toBe(true);
    expect(Object.isFrozen(result.value.purposeProcedures.CAP_CAN_CUOC)).toBe(true);
  });

  it.each([
    ['rate.client.capacity', { rate: { client: { capacity: 0, perMs: 1000 } } }],
    ['rate.officerDay.perMs', { rate: { officerDay: { capacity: 5, perMs: 1.5 } } }],
    ['rate.maxTrackedBuckets', { rate: { maxTrackedBuckets: -1 } }],
    ['bulk.perOfficerPerDay', { bulk: { perOfficerPerDay: 0 } }],
    ['bulk.perClientPerDay', { bulk: { perClientPerDay: Number.NaN } }],
    ['suspension.violations', { suspension: { violations: 2.5 } }],
    ['suspension.windowMs', { suspension: { windowMs: 0 } }],
    ['suspension.onBulkBreach', { suspension: { onBulkBreach: 'yes' } }],
    ['device', { device: 'block' }],
    ['unknownDossier', { unknownDossier: 'allow' }],
    ['openStatuses', { openStatuses: [2, 11] }],
    ['openStatuses', { openStatuses: [] }],
    ['purposeProcedures.KHAI_SINH', { purposeProcedures: { KHAI_SINH: ['2000986'] } }],
    ['purposeProcedures.TRA_CUU', { purposeProcedures: { TRA_CUU: null } }],
    ['violationLogEntries', { violationLogEntries: 0 }],
  ])('names %s when its value is invalid', (key, input) => {
    const result = resolvePolicyConfig(input as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.key).toBe(key);
  });
});
