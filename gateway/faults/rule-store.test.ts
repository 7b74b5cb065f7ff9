import { describe, expect, it } from 'vitest';
import { createPrng } from '../../mocks/domain/population/index.js';
import { createClock } from '../../mocks/ports/clock/create-clock.js';
import { createMemoryStore } from '../../mocks/ports/store/index.js';
import {
  clearFaultRules,
  deleteFaultRule,
  drawFault,
  getFaultRule,
  listFaultRules,
  putFaultRule,
  type FaultRuleScope,
} from './rule-store.js';
import { noDraws } from './test-support.js';
import type { FaultCall, FaultRuleInput } from './types.js';

const LOOKUP: FaultCall = { system: 'dancu', operationId: 'dancuLookupCitizen' };
const DROP: FaultRuleInput = { match: {}, effect: { kind: 'connectionDrop' }, probability: 1 };

async function sandbox(id = 'qa-1'): Promise<FaultRuleScope> {
  const store = createMemoryStore();
  await store.createSandbox(id);
  const clock = createClock({ start: new Date('2026-09-15T01:00:00Z'), frozen: true });
  return { store: store.sandbox(id), clock };
}

describe('fault rule store', () => {
  it('creates a rule with default probability and unlimited counters', async () => {
    const scope = await sandbox();
    const { created, rule } = await putFaultRule(scope, 'drop', {
      match: { system: 'dancu' },
      effect: { kind: 'connectionDrop' },
    } as FaultRuleInput);
    expect(created).toBe(true);
    expect(rule).toEqual({
      ruleId: 'drop',
      match: { system: 'dancu' },
      effect: { kind: 'connectionDrop' },
      probability: 1,
      maxCount: null,
      remainingCount: null,
      matchedCount: 0,
      createdAt: '2026-09-15T08:00:00+07:00',
      updatedAt: '2026-09-15T08:00:00+07:00',
    });
    expect(await getFaultRule(scope.store, 'drop')).toEqual(rule);
  });

  it('replaces a rule, resetting its counters but keeping its creation time and place', async () => {
    const scope = await sandbox();
    await putFaultRule(scope, 'first', { ...DROP, maxCount: 3 });
    await putFaultRule(scope, 'second', DROP);
    await drawFault(scope.store, LOOKUP, noDraws);
    await scope.clock.advance(60_000);
    const { created, rule } = await putFaultRule(scope, 'first', { ...DROP, maxCount: 5 });
    expect(created).toBe(false);
    expect(rule).toMatchObject({
      maxCount: 5,
      remainingCount: 5,
      matchedCount: 0,
      createdAt: '2026-09-15T08:00:00+07:00',
      updatedAt: '2026-09-15T08:01:00+07:00',
    });
    const page = await listFaultRules(scope.store, { limit: 10 });
    expect(page.ok && page.value.items.map((r) => r.ruleId)).toEqual(['first', 'second']);
  });

  it('lists rules in creation order, page by page', async () => {
    const scope = await sandbox();
    for (const id of ['zeta', 'alpha', 'mid']) await putFaultRule(scope, id, DROP);
    const first = await listFaultRules(scope.store, { limit: 2 });
    if (!first.ok) throw new Error('listing failed');
    expect(first.value.items.map((r) => r.ruleId)).toEqual(['zeta', 'alpha']);
    const cursor = first.value.nextCursor ?? undefined;
    const second = await listFaultRules(scope.store, { limit: 2, ...(cursor ? { cursor } : {}) });
    expect(second.ok && second.value).toMatchObject({ nextCursor: null });
    expect(second.ok && second.value.items.map((r) => r.ruleId)).toEqual(['mid']);
  });

  it('refuses a cursor it did not issue', async () => {
    const scope = await sandbox();
    const page = await listFaultRules(scope.store, { limit: 2, cursor: 'bm90LWEtY3Vyc29y' });
    expect(page.ok).toBe(false);
  });

  it('switches a rule off after maxCount applications', async () => {
    const scope = await sandbox();
    await putFaultRule(scope, 'twice', { ...DROP, maxCount: 2 });
    const drawn = [];
    for (let i = 0; i < 4; i += 1) drawn.push(await drawFault(scope.store, LOOKUP, noDraws));
    expect(drawn.map((d) => d?.action.kind ?? null)).toEqual([
      'connectionDrop',
      'connectionDrop',
      null,
      null,
    ]);
    expect(await getFaultRule(scope.store, 'twice')).toMatchObject({
      maxCount: 2,
      remainingCount: 0,
      matchedCount: 2,
    });
  });

  it('counts the matches a probability draw skipped without spending the rule', async () => {
    const scope = await sandbox();
    await putFaultRule(scope, 'never', { ...DROP, probability: 0, maxCount: 1 });
    for (let i = 0; i < 3; i += 1) expect(await drawFault(scope.store, LOOKUP, noDraws)).toBeNull();
    expect(await getFaultRule(scope.store, 'never')).toMatchObject({
      remainingCount: 1,
      matchedCount: 3,
    });
  });

  it('leaves rules that do not match the call untouched', async () => {
    const scope = await sandbox();
    await putFaultRule(scope, 'bhxh-only', { ...DROP, match: { system: 'bhxh' } });
    expect(await drawFault(scope.store, LOOKUP, noDraws)).toBeNull();
    expect(await getFaultRule(scope.store, 'bhxh-only')).toMatchObject({ matchedCount: 0 });
  });

  it('never exceeds maxCount under concurrent calls', async () => {
    const scope = await sandbox();
    await putFaultRule(scope, 'thrice', { ...DROP, maxCount: 3 });
    const random = createPrng(1).random;
    const drawn = await Promise.all(
      Array.from({ length: 25 }, () => drawFault(scope.store, LOOKUP, random)),
    );
    expect(drawn.filter((d) => d !== null)).toHaveLength(3);
    expect(await getFaultRule(scope.store, 'thrice')).toMatchObject({
      remainingCount: 0,
      matchedCount: 3,
    });
  });

  it('deletes one rule, then clears the rest', async () => {
    const scope = await sandbox();
    for (const id of ['a', 'b', 'c']) await putFaultRule(scope, id, DROP);
    expect(await deleteFaultRule(scope.store, 'b')).toBe(true);
    expect(await deleteFaultRule(scope.store, 'b')).toBe(false);
    expect(await clearFaultRules(scope.store)).toBe(2);
    expect(await drawFault(scope.store, LOOKUP, noDraws)).toBeNull();
  });

  it('keeps the rules of one sandbox out of another', async () => {
    const store = createMemoryStore();
    await store.createSandbox('one');
    await store.createSandbox('two');
    const clock = createClock({ frozen: true });
    await putFaultRule({ store: store.sandbox('one'), clock }, 'drop', DROP);
    expect(await drawFault(store.sandbox('two'), LOOKUP, noDraws)).toBeNull();
    expect(await drawFault(store.sandbox('one'), LOOKUP, noDraws)).not.toBeNull();
  });
});
