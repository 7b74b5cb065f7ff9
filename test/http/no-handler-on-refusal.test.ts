import { generateKeyPairSync } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { Handler } from '../../contracts/handler.js';
import { DEFAULT_CONFIG } from '../../gateway/config.js';
import { createGateway } from '../../gateway/create-gateway.js';
import { createEmbeddedSandbox, DEFAULT_SANDBOX_ID } from '../../gateway/embedded-sandbox.js';
import { faultRandom } from '../../gateway/faults/index.js';
import { createJournal } from '../../gateway/journal/index.js';
import { DEFAULT_POLICY_CONFIG } from '../../gateway/policy/index.js';
import { createGatewaySecurity } from '../../gateway/security.js';
import { listen } from '../../gateway/server.js';
import { createMemoryStore } from '../../mocks/ports/store/index.js';
import { createKeyRing } from '../../mocks/signing/key-ring.js';
import { testContracts } from '../support/gateway.js';

const LOOKUP = 'dancuLookupCitizen';
const RATE_LIMIT = 4;

/**
 * Every stage in front of a spy that counts the calls of the citizen lookup (and then answers
 * like the dancu mock), with a client rate limit of `clientLimit` requests a minute.
 */
async function startSpiedGateway(clientLimit = 1_000) {
  const contracts = testContracts();
  const config = { ...DEFAULT_CONFIG, port: 0, populationSize: 200, seed: 11 };
  const logger = pino({ level: 'silent' });
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'spy-key';
  const store = createMemoryStore();
  const journal = createJournal({ store, logger });
  const security = await createGatewaySecurity({
    contracts,
    store,
    config,
    signingKey: { privateKey, kid },
    policy: {
      rate: {
        ...DEFAULT_POLICY_CONFIG.rate,
        client: { capacity: clientLimit, perMs: 60_000 },
      },
    },
  });
  if (!security.ok) throw new Error(security.error.detail);
  const sandbox = await createEmbeddedSandbox({
    contracts,
    keys: createKeyRing({ privateKey, kid }),
    seed: config.seed,
    populationSize: config.populationSize,
    store,
    journal,
  });
  const calls = { count: 0 };
  const app = createGateway({
    contracts,
    config,
    logger,
    handlers: (dispatch) => {
      const handlers = new Map([...sandbox.handlers(dispatch), ...security.value.handlers]);
      const real = handlers.get(LOOKUP);
      if (!real) throw new Error(`no ${LOOKUP} handler`);
      const spy: Handler = (input) => {
        calls.count += 1;
        return real(input);
      };
      return new Map([...handlers, [LOOKUP, spy]]);
    },
    stages: {
      sandboxes: { defaultId: DEFAULT_SANDBOX_ID, resolve: (id) => sandbox.manager.resources(id) },
      journal,
      faults: {
        random: (id) => faultRandom(config.seed, id),
        sleep: (ms) => sleep(ms),
        upstreamTimeoutMs: 1_000,
      },
      security: security.value.security,
      policy: security.value.policy,
    },
  });
  const running = await listen(app, '127.0.0.1', 0, logger);
  const token = async (clientId: string) => {
    const response = await fetch(`${running.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: `${clientId}-secret`,
      }),
    });
    return ((await response.json()) as { access_token: string }).access_token;
  };
  const citizen = sandbox.population.people.find((p) => p.death === null)?.id ?? '';
  return Object.assign(running, {
    calls,
    token,
    citizen,
    security: security.value,
    [Symbol.asyncDispose]: async () => {
      sandbox.manager.dispose();
      await running.close();
    },
  });
}

type Spied = Awaited<ReturnType<typeof startSpiedGateway>>;

function lookup(
  gateway: Spied,
  headers: Record<string, string>,
  body: unknown = { soDinhDanh: gateway.citizen },
) {
  return fetch(`${gateway.url}/dancu/v1/cong-dan/tra-cuu`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-officer-id': 'cb.hotich.38001',
      'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
      'x-ma-ho-so': '000.00.00.H38-260915-0001',
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

async function codeOf(response: Response): Promise<string> {
  return ((await response.json()) as { code: string }).code;
}

describe('no handler runs when a stage refuses', () => {
  it('runs the handler once for an accepted lookup, and never for the refused ones', async () => {
    await using gateway = await startSpiedGateway();
    const token = await gateway.token('tinh-demo');
    const auth = { authorization: `Bearer ${token}` };

    expect((await lookup(gateway, auth)).status).toBe(200);
    expect(gateway.calls.count).toBe(1);

    const refusals: [string, Response][] = [
      ['no token', await lookup(gateway, {})],
      ['bad token', await lookup(gateway, { authorization: 'Bearer not.a.token' })],
      [
        'scope',
        await lookup(gateway, { authorization: `Bearer ${await gateway.token('sandbox-admin')}` }),
      ],
      ['validation', await lookup(gateway, auth, { soDinhDanh: '12' })],
      ['officer', await lookup(gateway, { ...auth, 'x-officer-id': 'cb.khac.01' })],
      [
        'purpose',
        await lookup(gateway, {
          ...auth,
          'x-muc-dich': 'KHAI_TU',
          'x-ma-ho-so': '000.00.00.H38-260915-0001-KS',
        }),
      ],
      ['dossier', await lookup(gateway, { ...auth, 'x-ma-ho-so': '000.00.00.H38-150101-0001' })],
      ['sandbox', await lookup(gateway, { ...auth, 'x-sandbox-id': 'sbx-khong-co' })],
    ];
    const codes = await Promise.all(
      refusals.map(async ([stage, response]) => [stage, response.status, await codeOf(response)]),
    );
    expect(codes).toEqual([
      ['no token', 401, 'TOKEN_MISSING'],
      ['bad token', 401, 'TOKEN_INVALID'],
      ['scope', 403, 'INSUFFICIENT_SCOPE'],
      ['validation', 400, 'VALIDATION_FAILED'],
      ['officer', 403, 'OFFICER_NOT_PERMITTED'],
      ['purpose', 403, 'PURPOSE_NOT_PERMITTED'],
      ['dossier', 403, 'DOSSIER_NOT_ACTIVE'],
      ['sandbox', 404, 'SANDBOX_NOT_FOUND'],
    ]);
    expect(gateway.calls.count).toBe(1);
  });

  it('runs no handler for a request over the rate limit', async () => {
    await using gateway = await startSpiedGateway(RATE_LIMIT);
    const auth = { authorization: `Bearer ${await gateway.token('tinh-demo')}` };
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT + 2; i += 1) statuses.push((await lookup(gateway, auth)).status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    expect(gateway.calls.count).toBe(RATE_LIMIT);
  });

  it('runs no handler for a client held for re-approval', async () => {
    await using gateway = await startSpiedGateway();
    const auth = { authorization: `Bearer ${await gateway.token('tinh-demo')}` };
    const response = await lookup(gateway, { ...auth, 'x-client-version': '9.9.9' });
    expect(await codeOf(response)).toBe('CLIENT_REAPPROVAL_REQUIRED');
    expect(gateway.calls.count).toBe(0);
  });

  it('runs no handler when a fault rule answers for the agency', async () => {
    await using gateway = await startSpiedGateway();
    const admin = await gateway.token('sandbox-admin');
    const rule = await fetch(`${gateway.url}/sandbox/v1/sandboxes/default/faults/dancu-down`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ match: { system: 'dancu' }, effect: { kind: 'error', status: 503 } }),
    });
    expect(rule.status).toBe(201);
    const auth = { authorization: `Bearer ${await gateway.token('tinh-demo')}` };
    expect((await lookup(gateway, auth)).status).toBe(503);
    expect(gateway.calls.count).toBe(0);
  });

  it('runs no handler for a wrong method, an unknown path or a media type it does not accept', async () => {
    await using gateway = await startSpiedGateway();
    const auth = { authorization: `Bearer ${await gateway.token('tinh-demo')}` };
    const wrongMethod = await fetch(`${gateway.url}/dancu/v1/cong-dan/tra-cuu`, { headers: auth });
    const unknown = await fetch(`${gateway.url}/dancu/v1/cong-dan/khong-co`, { headers: auth });
    const text = await fetch(`${gateway.url}/dancu/v1/cong-dan/tra-cuu`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/plain', 'x-officer-id': 'cb.hotich.38001' },
      body: 'soDinhDanh',
    });
    expect([wrongMethod.status, unknown.status, text.status]).toEqual([405, 404, 415]);
    expect(gateway.calls.count).toBe(0);
  });
});
