/**
 * Builders shared by the fault tests (not exported from the module).
 */
import type { FaultRule } from './types.js';

/** A stored-looking rule with sensible defaults: matches everything, applies always. */
export function faultRule(ruleId: string, overrides: Partial<FaultRule> = {}): FaultRule {
  return {
    ruleId,
    match: {},
    effect: { kind: 'timeout' },
    probability: 1,
    maxCount: null,
    remainingCount: null,
    matchedCount: 0,
    createdAt: '2026-09-15T08:00:00+07:00',
    updatedAt: '2026-09-15T08:00:00+07:00',
    ...overrides,
  };
}

/** A random source that fails the test if drawn. */
export function noDraws(): number {
  throw new Error('unexpected random draw');
}
