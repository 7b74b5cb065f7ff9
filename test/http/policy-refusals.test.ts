import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_CONFIG } from '../../gateway/policy/index.js';
import { startSandboxApp } from '../support/sandbox-app.js';

type App = Awaited<ReturnType<typeof startSandboxApp>>;

const lookupHeaders = {
  'content-type': 'application/json',
  'x-officer-id': 'cb.hotich.38001',
  'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
  'x-ma-ho-so': '000.00.00.H38-260915-0001',
};

async function lookup(
  app: App,
  token: string,
  soDinhDanh: string,
  headers: Record<string, string | undefined> = {},
) {
  const merged = Object.entries({ ...lookupHeaders, authorization: `Bearer ${token}`, ...headers });
  return fetch(`${app.url}/dancu/v1/cong-dan/tra-cuu`, {
    method: 'POST',
    headers: merged.filter((entry): entry is [string, string] => entry[1] !== undefined),
    body: JSON.stringify({ soDinhDanh }),
  });
}

function livingCitizens(app: App, count: number): string[] {
  const ids = app.sandbox.population.people.filter((p) => p.death === null).map((p) => p.id);
  if (ids.length < count) throw new Error(`only ${ids.length} living people`);
  return ids.slice(0, count);
}

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as { status: number; code: string; detail?: string };
}

describe('policy refusals over HTTP', () => {
  it('throttles a client over its rate limit with 429 RATE_LIMITED and Retry-After', async () => {
    await using app = await startSandboxApp({
      policy: {
        rate: { ...DEFAULT_POLICY_CONFIG.rate, client: { capacity: 3, perMs: 60_000 } },
      },
    });
    const token = await app.token('tinh-demo');
    const [citizen = ''] = livingCitizens(app, 1);
    const statuses: number[] = [];
    let throttled: Response | undefined;
    for (let i = 0; i < 5; i += 1) {
      const response = await lookup(app, token, citizen);
      statuses.push(response.status);
      if (response.status === 429) throttled ??= response;
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(throttled?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await problemOf(throttled ?? new Response())).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
    });
  });

  it('refuses the citizen over the bulk cap with 429 BULK_LIMIT_EXCEEDED and suspends the client', async () => {
    await using app = await startSandboxApp({
      policy: { bulk: { perOfficerPerDay: 2, perClientPerDay: 10_000 } },
    });
    const token = await app.token('tinh-demo');
    const [first = '', second = '', third = ''] = livingCitizens(app, 3);
    expect((await lookup(app, token, first)).status).toBe(200);
    expect((await lookup(app, token, second)).status).toBe(200);
    // The same citizens again are not "more" citizens: still under the cap.
    expect((await lookup(app, token, first)).status).toBe(200);
    const refused = await lookup(app, token, third);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await problemOf(refused)).toMatchObject({ code: 'BULK_LIMIT_EXCEEDED' });
    // SECURITY.md GW-14: one bulk breach disconnects the client system at once.
    const after = await lookup(app, token, first);
    expect(await problemOf(after)).toMatchObject({
      status: 403,
      code: 'CONNECTION_SUSPENDED_BY_DATA_OWNER',
    });
  });

  it('holds a client that announces a new X-Client-Version with 403 CLIENT_REAPPROVAL_REQUIRED', async () => {
    await using app = await startSandboxApp();
    const token = await app.token('tinh-demo');
    const [citizen = ''] = livingCitizens(app, 1);
    const sameVersion = await lookup(app, token, citizen, { 'x-client-version': '1.0.0' });
    expect(sameVersion.status).toBe(200);
    const changed = await lookup(app, token, citizen, { 'x-client-version': '1.1.0' });
    expect(changed.status).toBe(403);
    expect(await problemOf(changed)).toMatchObject({ code: 'CLIENT_REAPPROVAL_REQUIRED' });
    // The hold outlives the request: the client waits for the data owner, whatever it sends.
    const later = await lookup(app, token, citizen, { 'x-client-version': undefined });
    expect(await problemOf(later)).toMatchObject({ code: 'CLIENT_REAPPROVAL_REQUIRED' });
    expect((await app.security.clients.get('tinh-demo'))?.state).toBe('PENDING_REAPPROVAL');
  });

  it('answers a lookup without its dossier with 400, pointing at the missing header', async () => {
    await using app = await startSandboxApp();
    const [citizen = ''] = livingCitizens(app, 1);
    const response = await lookup(app, await app.token('tinh-demo'), citizen, {
      'x-ma-ho-so': undefined,
    });
    expect(response.status).toBe(400);
    // The contract declares X-Ma-Ho-So required, so validation answers before the policy's
    // DOSSIER_REQUIRED (the policy's own check stays as defence in depth).
    const problem = (await problemOf(response)) as { errors?: { pointer: string }[] };
    expect(problem).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(problem.errors?.map((e) => e.pointer)).toContain('/header/x-ma-ho-so');
  });

  it('answers a malformed dossier code with 400 listing the header violation', async () => {
    await using app = await startSandboxApp();
    const [citizen = ''] = livingCitizens(app, 1);
    const response = await lookup(app, await app.token('tinh-demo'), citizen, {
      'x-ma-ho-so': 'HS-38-0001',
    });
    expect(response.status).toBe(400);
    const problem = (await problemOf(response)) as { errors?: { pointer: string }[] };
    expect(problem.errors?.map((e) => e.pointer)).toContain('/header/x-ma-ho-so');
  });

  it('refuses a dossier dated before any procedure regime with 403 DOSSIER_NOT_ACTIVE', async () => {
    await using app = await startSandboxApp();
    const [citizen = ''] = livingCitizens(app, 1);
    const response = await lookup(app, await app.token('tinh-demo'), citizen, {
      'x-ma-ho-so': '000.00.00.H38-150101-0001',
    });
    expect(response.status).toBe(403);
    expect(await problemOf(response)).toMatchObject({ code: 'DOSSIER_NOT_ACTIVE' });
  });

  it('refuses every dossier the hub does not know when configured to', async () => {
    await using app = await startSandboxApp({ policy: { unknownDossier: 'refuse' } });
    const [citizen = ''] = livingCitizens(app, 1);
    const response = await lookup(app, await app.token('tinh-demo'), citizen);
    expect(response.status).toBe(403);
    expect(await problemOf(response)).toMatchObject({ code: 'DOSSIER_NOT_ACTIVE' });
  });
});
