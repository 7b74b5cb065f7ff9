import { beforeEach, describe, expect, it } from 'vitest';
import type { HandlerOutput } from '../../contracts/handler.js';
import { DEFAULT_HOLIDAY_CALENDAR } from '../../mocks/domain/calendar/index.js';
import { resolveRegimeSettings } from '../../mocks/domain/regimes/index.js';
import type { SandboxResources } from '../../mocks/kit/index.js';
import { createClock } from '../../mocks/ports/clock/create-clock.js';
import { createMemoryStore } from '../../mocks/ports/store/index.js';
import { createMockRuntime } from '../../mocks/runtime.js';
import { createKeyRing } from '../../mocks/signing/key-ring.js';
import { testContracts } from '../../test/support/gateway.js';
import { createPipeline, type Pipeline } from '../pipeline/pipeline.js';
import { createFaultOperations } from './control-plane.js';

const contracts = testContracts();
const keys = createKeyRing();
const BASE = '/sandbox/v1/sandboxes/qa-1/faults';

let pipeline: Pipeline;
let sequence = 0;

beforeEach(async () => {
  const store = createMemoryStore();
  await store.createSandbox('qa-1');
  const resources: SandboxResources = {
    id: 'qa-1',
    store: store.sandbox('qa-1'),
    clock: createClock({ start: new Date('2026-09-15T01:05:00Z'), frozen: true }),
    calendar: DEFAULT_HOLIDAY_CALENDAR,
    regime: resolveRegimeSettings(),
  };
  const operations = createFaultOperations({
    resolveSandbox: (id) => (id === 'qa-1' ? resources : undefined),
  });
  const handlers = createMockRuntime({
    contracts,
    keys,
    mocks: new Map(operations),
    sandbox: (id) => (id === 'qa-1' ? resources : undefined),
    defaultSandboxId: 'qa-1',
    dispatch: () => Promise.reject(new Error('the fault operations call no other system')),
  });
  // Strict mode: every answer below is also checked against specs/sandbox.yaml.
  pipeline = createPipeline({ contracts, handlers, responseValidation: 'strict' });
});

function send(method: string, path: string, body?: unknown): Promise<HandlerOutput> {
  sequence += 1;
  return pipeline({
    method,
    path,
    query: {},
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    requestId: `req-${sequence}`,
    ...(body === undefined ? {} : { contentType: 'application/json', body }),
  });
}

const SLOW = {
  match: { system: 'dancu', operationId: 'dancuLookupCitizen' },
  effect: { kind: 'latency', distribution: { shape: 'uniform', minMs: 200, maxMs: 1500 } },
  maxCount: 3,
  note: 'Tra cứu chậm / Slow lookups',
};

describe('fault rules on the control plane', () => {
  it('creates a rule (201), replaces it (200) and reads it back', async () => {
    const created = await send('PUT', `${BASE}/dancu-slow`, SLOW);
    expect(created).toMatchObject({
      status: 201,
      body: { ruleId: 'dancu-slow', probability: 1, maxCount: 3, remainingCount: 3 },
    });
    const replaced = await send('PUT', `${BASE}/dancu-slow`, { ...SLOW, probability: 0.5 });
    expect(replaced).toMatchObject({ status: 200, body: { probability: 0.5 } });
    expect(await send('GET', `${BASE}/dancu-slow`)).toEqual({
      status: 200,
      body: replaced.body,
    });
  });

  it('lists the rules oldest first', async () => {
    await send('PUT', `${BASE}/second-created-first`, SLOW);
    await send('PUT', `${BASE}/a-later-one`, { match: {}, effect: { kind: 'timeout' } });
    const listed = await send('GET', BASE);
    expect(listed.status).toBe(200);
    expect((listed.body as { items: { ruleId: string }[] }).items.map((r) => r.ruleId)).toEqual([
      'second-created-first',
      'a-later-one',
    ]);
  });

  it('deletes a rule (204), then answers 404 for it', async () => {
    await send('PUT', `${BASE}/dancu-slow`, SLOW);
    expect((await send('DELETE', `${BASE}/dancu-slow`)).status).toBe(204);
    expect(await send('GET', `${BASE}/dancu-slow`)).toMatchObject({
      status: 404,
      body: { code: 'FAULT_RULE_NOT_FOUND' },
    });
    expect((await send('DELETE', `${BASE}/dancu-slow`)).status).toBe(404);
  });

  it('clears every rule (204)', async () => {
    await send('PUT', `${BASE}/one`, SLOW);
    await send('PUT', `${BASE}/two`, SLOW);
    expect((await send('DELETE', BASE)).status).toBe(204);
    expect(await send('GET', BASE)).toMatchObject({
      status: 200,
      body: { items: [], nextCursor: null },
    });
  });

  it('answers 404 SANDBOX_NOT_FOUND for a sandbox that does not exist', async () => {
    const answer = await send('GET', '/sandbox/v1/sandboxes/nowhere/faults');
    expect(answer).toMatchObject({ status: 404, body: { code: 'SANDBOX_NOT_FOUND' } });
  });

  it('answers 400 with pointers for a rule of the wrong shape', async () => {
    const answer = await send('PUT', `${BASE}/bad`, {
      match: { system: 'dancu' },
      effect: { kind: 'error', status: 200 },
    });
    expect(answer).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
  });

  it('answers 422 with pointers for a rule whose parts do not fit together', async () => {
    const answer = await send('PUT', `${BASE}/bad`, {
      match: { system: 'dancu' },
      effect: { kind: 'latency', distribution: { shape: 'uniform', minMs: 900, maxMs: 100 } },
    });
    expect(answer).toMatchObject({
      status: 422,
      body: {
        code: 'FAULT_RULE_INVALID',
        errors: [{ pointer: '/body/effect/distribution/maxMs', code: 'RANGE_INVERTED' }],
      },
    });
    expect((await send('GET', `${BASE}/bad`)).status).toBe(404);
  });

  it('answers 400 for a list cursor it did not issue', async () => {
    sequence += 1;
    const answer = await pipeline({
      method: 'GET',
      path: BASE,
      query: { cursor: 'bm90LWEtY3Vyc29y' },
      headers: {},
      requestId: `req-${sequence}`,
    });
    expect(answer).toMatchObject({ status: 400, body: { code: 'INVALID_CURSOR' } });
  });
});
