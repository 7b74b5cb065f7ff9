import { describe, expect, it } from 'vitest';
import { startSandboxApp } from '../support/sandbox-app.js';

const lookupHeaders = {
  'content-type': 'application/json',
  'x-officer-id': 'cb.hotich.38001',
  'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
  'x-ma-ho-so': '000.00.00.H38-260915-0001',
};

async function lookup(
  url: string,
  token: string,
  soDinhDanh: string,
  headers: Record<string, string> = {},
) {
  return fetch(`${url}/dancu/v1/cong-dan/tra-cuu`, {
    method: 'POST',
    headers: { ...lookupHeaders, authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ soDinhDanh }),
  });
}

function someCitizen(app: Awaited<ReturnType<typeof startSandboxApp>>): string {
  const person = app.sandbox.population.people.find((p) => p.death === null);
  if (!person) throw new Error('no living person');
  return person.id;
}

describe('authentication, policy, faults and the journal over HTTP', () => {
  it('serves a citizen lookup to a connected province with a valid token', async () => {
    await using app = await startSandboxApp();
    const response = await lookup(app.url, await app.token('tinh-demo'), someCitizen(app));
    expect(response.status).toBe(200);
  });

  it('refuses an expired token with 401 TOKEN_EXPIRED', async () => {
    let now = new Date('2026-09-15T09:00:00+07:00');
    await using app = await startSandboxApp({ now: () => now });
    const token = await app.token('tinh-demo');
    now = new Date(now.getTime() + 2 * 3600_000);
    const response = await lookup(app.url, token, someCitizen(app));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'TOKEN_EXPIRED' });
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('refuses a token whose signature was tampered with', async () => {
    await using app = await startSandboxApp();
    const [header, payload, signature = ''] = (await app.token('tinh-demo')).split('.');
    const forged = `${header}.${payload}.${signature.slice(0, -4)}AAAA`;
    const response = await lookup(app.url, forged, someCitizen(app));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'TOKEN_INVALID' });
  });

  it('refuses a token issued for another audience', async () => {
    await using app = await startSandboxApp();
    const token = await app.token('tinh-demo', { audience: 'another-system' });
    const response = await lookup(app.url, token, someCitizen(app));
    expect(await response.json()).toMatchObject({ status: 401, code: 'TOKEN_AUDIENCE_INVALID' });
  });

  it('answers a suspended client with the distinct disconnection problem', async () => {
    await using app = await startSandboxApp();
    const token = await app.token('tinh-demo');
    const suspended = await app.security.clients.changeState('tinh-demo', {
      target: 'SUSPENDED',
      actorRole: 'DATA_OWNER',
      reasonRef: 'C06-2026-0142',
    });
    expect(suspended.ok).toBe(true);
    const response = await lookup(app.url, token, someCitizen(app));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      code: 'CONNECTION_SUSPENDED_BY_DATA_OWNER',
      reasonRef: 'C06-2026-0142',
    });
  });

  it('refuses a purpose the dossier procedure does not allow, before any agency answers', async () => {
    await using app = await startSandboxApp();
    const response = await lookup(app.url, await app.token('tinh-demo'), someCitizen(app), {
      'x-muc-dich': 'KHAI_TU',
      'x-ma-ho-so': '000.00.00.H38-260915-0001-KS',
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'PURPOSE_NOT_PERMITTED' });
  });

  it('injects an agency outage through a fault rule, then recovers when its count runs out', async () => {
    await using app = await startSandboxApp();
    const admin = await app.token('sandbox-admin');
    const rule = await fetch(`${app.url}/sandbox/v1/sandboxes/default/faults/dancu-down`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        match: { system: 'dancu' },
        effect: { kind: 'error', status: 503 },
        maxCount: 1,
      }),
    });
    expect(rule.status).toBe(201);
    const token = await app.token('tinh-demo');
    const first = await lookup(app.url, token, someCitizen(app));
    expect(first.status).toBe(503);
    expect(first.headers.get('lienthong-fault')).toBe('dancu-down');
    expect((await lookup(app.url, token, someCitizen(app))).status).toBe(200);
  });

  it('journals every request, refused ones too, in a chain that verifies', async () => {
    await using app = await startSandboxApp();
    const token = await app.token('tinh-demo');
    const citizen = someCitizen(app);
    await lookup(app.url, token, citizen);
    await lookup(app.url, 'not-a-token', citizen);
    const admin = await app.token('sandbox-admin');
    const journal = await fetch(
      `${app.url}/sandbox/v1/sandboxes/default/journal?operationId=dancuLookupCitizen`,
      {
        headers: { authorization: `Bearer ${admin}` },
      },
    );
    const page = (await journal.json()) as {
      items: {
        status: number;
        clientId: string | null;
        subjectSoDinhDanh: string[];
        officerId: string | null;
      }[];
    };
    expect(page.items.map((e) => e.status)).toEqual([200, 401]);
    expect(page.items[0]).toMatchObject({
      clientId: 'tinh-demo',
      officerId: 'cb.hotich.38001',
      subjectSoDinhDanh: [citizen],
    });
    const verified = await fetch(`${app.url}/sandbox/v1/sandboxes/default/journal/verify`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(await verified.json()).toMatchObject({ valid: true, problems: [] });
  });
});
