import { describe, expect, it } from 'vitest';
import { testContracts } from '../../test/support/gateway.js';
import { checkFaultRule } from './check-rule.js';
import { FORCIBLE_OUTCOMES } from './outcomes.js';
import type { FaultRuleInput } from './types.js';

const index = testContracts().index;

function codes(input: Omit<FaultRuleInput, 'probability'>): string[] {
  return checkFaultRule({ probability: 1, ...input }, index).map((v) => `${v.pointer} ${v.code}`);
}

describe('checkFaultRule', () => {
  it.each<[string, Omit<FaultRuleInput, 'probability'>]>([
    [
      'a slow population lookup',
      {
        match: { system: 'dancu', operationId: 'dancuLookupCitizen' },
        effect: {
          kind: 'latency',
          distribution: { shape: 'lognormal', meanMs: 800, stdDevMs: 400 },
        },
      },
    ],
    [
      'an MOJ error on hotich',
      { match: { system: 'hotich' }, effect: { kind: 'error', status: 400, mojErrorCode: 106 } },
    ],
    [
      'an MOJ error on a hotich operation without system',
      {
        match: { operationId: 'hotichRegisterBirth' },
        effect: { kind: 'error', status: 400, mojErrorCode: 201 },
      },
    ],
    [
      'a refusal across cutru',
      { match: { system: 'cutru' }, effect: { kind: 'outcome', outcome: 'refuse' } },
    ],
    [
      'an equal uniform range',
      {
        match: {},
        effect: { kind: 'latency', distribution: { shape: 'uniform', minMs: 5, maxMs: 5 } },
      },
    ],
  ])('accepts %s', (_name, input) => {
    expect(codes(input)).toEqual([]);
  });

  it.each<[string, Omit<FaultRuleInput, 'probability'>, string[]]>([
    [
      'an inverted uniform range',
      {
        match: {},
        effect: { kind: 'latency', distribution: { shape: 'uniform', minMs: 900, maxMs: 100 } },
      },
      ['/body/effect/distribution/maxMs RANGE_INVERTED'],
    ],
    [
      'a log-normal spread around 0',
      {
        match: {},
        effect: { kind: 'latency', distribution: { shape: 'lognormal', meanMs: 0, stdDevMs: 10 } },
      },
      ['/body/effect/distribution/meanMs LOGNORMAL_MEAN_ZERO'],
    ],
    [
      'an unknown operation',
      { match: { operationId: 'dancuFlyToTheMoon' }, effect: { kind: 'timeout' } },
      ['/body/match/operationId UNKNOWN_OPERATION'],
    ],
    [
      'a control-plane operation',
      { match: { operationId: 'sandboxListFaultRules' }, effect: { kind: 'timeout' } },
      ['/body/match/operationId UNKNOWN_OPERATION'],
    ],
    [
      'an operation of another system',
      { match: { system: 'bhxh', operationId: 'dancuLookupCitizen' }, effect: { kind: 'timeout' } },
      ['/body/match/operationId OPERATION_NOT_IN_SYSTEM'],
    ],
    [
      'an MOJ error outside hotich',
      { match: { system: 'dancu' }, effect: { kind: 'error', status: 400, mojErrorCode: 106 } },
      ['/body/effect/mojErrorCode MOJ_ERROR_OUTSIDE_HOTICH'],
    ],
    [
      'an MOJ error on any system',
      { match: {}, effect: { kind: 'error', status: 400, mojErrorCode: 106 } },
      ['/body/effect/mojErrorCode MOJ_ERROR_OUTSIDE_HOTICH'],
    ],
    [
      'an outcome on an operation that cannot be forced',
      {
        match: { operationId: 'dancuLookupCitizen' },
        effect: { kind: 'outcome', outcome: 'refuse' },
      },
      ['/body/effect/outcome OUTCOME_NOT_FORCIBLE'],
    ],
    [
      'a supplement on a system without supplements',
      { match: { system: 'bhxh' }, effect: { kind: 'outcome', outcome: 'supplement' } },
      ['/body/effect/outcome OUTCOME_NOT_FORCIBLE'],
    ],
  ])('refuses %s', (_name, input, expected) => {
    expect(codes(input)).toEqual(expected);
  });
});

describe('FORCIBLE_OUTCOMES', () => {
  it('names only agency operations that take a Prefer header', () => {
    for (const operationId of Object.keys(FORCIBLE_OUTCOMES)) {
      const operation = index.operations.get(operationId);
      expect(operation, operationId).toBeDefined();
      expect(
        operation?.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'prefer'),
        operationId,
      ).toBe(true);
    }
  });
});
