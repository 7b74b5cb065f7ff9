import { describe, expect, it } from 'vitest';
import { createPrng } from '../../mocks/domain/population/index.js';
import { decideFault, matchesCall } from './decide.js';
import { faultRule, noDraws } from './test-support.js';
import type { FaultCall, FaultRule } from './types.js';

const LOOKUP: FaultCall = {
  system: 'dancu',
  operationId: 'dancuLookupCitizen',
  clientId: 'tinh-demo',
};

describe('matchesCall', () => {
  it.each<[string, Partial<FaultRule>, FaultCall, boolean]>([
    ['an empty match matches any agency call', {}, LOOKUP, true],
    ['the same system', { match: { system: 'dancu' } }, LOOKUP, true],
    ['another system', { match: { system: 'hotich' } }, LOOKUP, false],
    ['the same operation', { match: { operationId: 'dancuLookupCitizen' } }, LOOKUP, true],
    ['another operation', { match: { operationId: 'dancuIssuePersonalId' } }, LOOKUP, false],
    ['the same client', { match: { clientId: 'tinh-demo' } }, LOOKUP, true],
    ['another client', { match: { clientId: 'tinh-other' } }, LOOKUP, false],
    [
      'a client rule and an anonymous call',
      { match: { clientId: 'tinh-demo' } },
      { system: 'dancu', operationId: 'dancuLookupCitizen' },
      false,
    ],
    [
      'the control plane, never',
      {},
      { system: 'sandbox', operationId: 'sandboxListFaultRules' },
      false,
    ],
    ['a spent rule', { maxCount: 1, remainingCount: 0 }, LOOKUP, false],
    ['a rule with applications left', { maxCount: 2, remainingCount: 1 }, LOOKUP, true],
    [
      'an outcome rule on an operation that cannot take it',
      { effect: { kind: 'outcome', outcome: 'refuse' } },
      LOOKUP,
      false,
    ],
    [
      'an outcome rule on an operation that can take it',
      { effect: { kind: 'outcome', outcome: 'refuse' } },
      { system: 'cutru', operationId: 'cutruRegisterPermanentResidence' },
      true,
    ],
  ])('%s → %s', (_name, overrides, call, expected) => {
    expect(matchesCall(faultRule('r', overrides), call)).toBe(expected);
  });
});

describe('decideFault', () => {
  it('returns null when no rule matches', () => {
    const rules = [faultRule('other', { match: { system: 'bhxh' } })];
    expect(decideFault(rules, LOOKUP, noDraws)).toBeNull();
  });

  it('applies the oldest matching rule, not the most specific one', () => {
    const rules = [
      faultRule('broad', { effect: { kind: 'error', status: 503 } }),
      faultRule('specific', {
        match: { system: 'dancu', operationId: 'dancuLookupCitizen', clientId: 'tinh-demo' },
        effect: { kind: 'connectionDrop' },
      }),
    ];
    const decision = decideFault(rules, LOOKUP, noDraws);
    expect(decision?.ruleIds).toEqual(['broad']);
    expect(decision?.action.kind).toBe('error');
  });

  it('adds every applying latency rule to the terminal fault that follows', () => {
    const rules = [
      faultRule('slow', { effect: { kind: 'latency', fixedMs: 200 } }),
      faultRule('slower', { effect: { kind: 'latency', fixedMs: 300 } }),
      faultRule('drop', { effect: { kind: 'connectionDrop' } }),
      faultRule('never-reached', { effect: { kind: 'latency', fixedMs: 1000 } }),
    ];
    expect(decideFault(rules, LOOKUP, noDraws)).toEqual({
      ruleIds: ['slow', 'slower', 'drop'],
      latencyMs: 500,
      action: { kind: 'connectionDrop', ruleId: 'drop' },
    });
  });

  it('passes the call on after latency alone', () => {
    const rules = [faultRule('slow', { effect: { kind: 'latency', fixedMs: 250 } })];
    expect(decideFault(rules, LOOKUP, noDraws)).toEqual({
      ruleIds: ['slow'],
      latencyMs: 250,
      action: { kind: 'pass' },
    });
  });

  it('skips a rule that loses its probability draw and tries the next one', () => {
    const rules = [
      faultRule('unlucky', { probability: 0.5, effect: { kind: 'error', status: 500 } }),
      faultRule('fallback', { effect: { kind: 'timeout' } }),
    ];
    expect(decideFault(rules, LOOKUP, () => 0.9)?.ruleIds).toEqual(['fallback']);
    expect(decideFault(rules, LOOKUP, () => 0.1)?.ruleIds).toEqual(['unlucky']);
  });

  it('never applies a rule of probability 0 and always one of probability 1, without drawing', () => {
    expect(decideFault([faultRule('off', { probability: 0 })], LOOKUP, noDraws)).toBeNull();
    expect(decideFault([faultRule('on', { probability: 1 })], LOOKUP, noDraws)).not.toBeNull();
  });

  it('applies a rule of probability 0.3 to about 30% of calls with a seeded source', () => {
    const random = createPrng('faults:probability').random;
    const rules = [
      faultRule('flaky', { probability: 0.3, effect: { kind: 'error', status: 503 } }),
    ];
    const n = 10_000;
    let applied = 0;
    for (let i = 0; i < n; i += 1) if (decideFault(rules, LOOKUP, random)) applied += 1;
    // 0.3 ± 4.4 standard deviations (σ ≈ 0.0046): fails by chance far less than once in 10^4.
    expect(applied / n).toBeGreaterThan(0.28);
    expect(applied / n).toBeLessThan(0.32);
  });

  it('answers an error rule with a problem of its status and code', () => {
    const rules = [
      faultRule('busy', { effect: { kind: 'error', status: 503, problemCode: 'HE_THONG_BAN' } }),
    ];
    const decision = decideFault(rules, LOOKUP, noDraws);
    expect(decision?.action).toMatchObject({
      kind: 'error',
      problem: {
        type: 'urn:lienthong-sandbox:problem:he-thong-ban',
        status: 503,
        code: 'HE_THONG_BAN',
      },
    });
  });

  it('answers an MOJ error rule with the MOJ code kept apart from gateway codes', () => {
    const rules = [
      faultRule('agency-id', {
        match: { system: 'hotich' },
        effect: { kind: 'error', status: 400, mojErrorCode: 106 },
      }),
    ];
    const call = { system: 'hotich', operationId: 'hotichRegisterBirth' };
    expect(decideFault(rules, call, noDraws)?.action).toMatchObject({
      kind: 'error',
      problem: {
        status: 400,
        code: 'MOJ_AGENCY_ID_INCORRECT',
        title: 'Mã đơn vị không đúng',
        maLoi: 106,
      },
    });
  });

  it('turns an outcome rule into the Prefer vocabulary of the operation', () => {
    const rules = [
      faultRule('refuse', {
        effect: {
          kind: 'outcome',
          outcome: 'refuse',
          reason: { ma: 'KHONG_THUOC_DOI_TUONG', moTa: 'Không thuộc đối tượng' },
        },
      }),
    ];
    const tinh = { system: 'tinh', operationId: 'tinhReceiveDossier' };
    const vneid = { system: 'vneid', operationId: 'vneidRequestConfirmation' };
    expect(decideFault(rules, tinh, noDraws)?.action).toEqual({
      kind: 'outcome',
      ruleId: 'refuse',
      prefer: 'outcome=reject; reason=KHONG_THUOC_DOI_TUONG',
    });
    const accept = [faultRule('agree', { effect: { kind: 'outcome', outcome: 'accept' } })];
    expect(decideFault(accept, vneid, noDraws)?.action).toMatchObject({ prefer: 'outcome=agree' });
  });
});
