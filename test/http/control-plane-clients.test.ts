import { describe, expect, it } from 'vitest';
import {
  admin,
  lookup,
  register,
  registration,
  officer,
  tokenWith,
  type App,
} from '../support/control-plane.js';
import { startSandboxApp } from '../support/sandbox-app.js';

async function move(app: App, clientId: string, change: object) {
  return admin(app, 'POST', `/clients/${clientId}/state`, change);
}

/** The onboarding steps of gateway/auth/README.md, up to CONNECTED. */
async function connect(app: App, clientId: string) {
  const steps = [
    { target: 'COMMITMENT_SIGNED', actorRole: 'OWNER_ADMIN', commitmentRef: 'CK-38-2026-100' },
    { target: 'SOURCE_SUBMITTED', actorRole: 'OWNER_ADMIN' },
    { target: 'SOURCE_APPROVED', actorRole: 'DATA_OWNER' },
    { target: 'CONNECTED', actorRole: 'DATA_OWNER' },
  ];
  const states: unknown[] = [];
  for (const step of steps) {
    const response = await move(app, clientId, step);
    states.push(((await response.json()) as { state?: unknown }).state);
  }
  return states;
}

describe('client systems through the control plane', () => {
  it('registers a client and shows its secret only in the registration answer', async () => {
    await using app = await startSandboxApp();
    const { response, body } = await register(app);
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('location')).toBe('/sandbox/v1/clients/motcua-thanhhoa');
    expect(body.clientSecret).toMatch(/^[A-Za-z0-9_-]{16,128}$/);
    expect(body.client).toMatchObject({ clientId: 'motcua-thanhhoa', state: 'REGISTERED' });

    const read = await (await admin(app, 'GET', '/clients/motcua-thanhhoa')).text();
    const listed = await (await admin(app, 'GET', '/clients?state=REGISTERED')).text();
    expect(JSON.parse(listed).items).toHaveLength(1);
    for (const text of [read, listed]) {
      expect(text).not.toContain(String(body.clientSecret));
      expect(text).not.toContain('clientSecret');
    }
  });

  it('walks a new client to CONNECTED and serves it data with its own secret', async () => {
    await using app = await startSandboxApp();
    const { body } = await register(app);
    expect(await connect(app, 'motcua-thanhhoa')).toEqual([
      'COMMITMENT_SIGNED',
      'SOURCE_SUBMITTED',
      'SOURCE_APPROVED',
      'CONNECTED',
    ]);
    expect((await admin(app, 'POST', '/clients/motcua-thanhhoa/officers', officer)).status).toBe(
      201,
    );
    const issued = await tokenWith(app, 'motcua-thanhhoa', String(body.clientSecret));
    const { access_token: token } = (await issued.json()) as { access_token: string };
    const response = await lookup(app, token, officer.officerId);
    expect(response.status).toBe(200);
  });

  it('answers a move the lifecycle does not allow with 409 ILLEGAL_STATE_TRANSITION', async () => {
    await using app = await startSandboxApp();
    await register(app);
    const response = await move(app, 'motcua-thanhhoa', {
      target: 'CONNECTED',
      actorRole: 'DATA_OWNER',
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      code: 'ILLEGAL_STATE_TRANSITION',
      currentState: 'REGISTERED',
    });
  });

  it('lets only the data owner approve the source and asks for a commitment reference', async () => {
    await using app = await startSandboxApp();
    await register(app);
    const unsigned = await move(app, 'motcua-thanhhoa', {
      target: 'COMMITMENT_SIGNED',
      actorRole: 'OWNER_ADMIN',
    });
    expect(await unsigned.json()).toMatchObject({ status: 422, code: 'STATE_PRECONDITION_FAILED' });
    await move(app, 'motcua-thanhhoa', {
      target: 'COMMITMENT_SIGNED',
      actorRole: 'OWNER_ADMIN',
      commitmentRef: 'CK-38-2026-100',
    });
    await move(app, 'motcua-thanhhoa', { target: 'SOURCE_SUBMITTED', actorRole: 'OWNER_ADMIN' });
    const approved = await move(app, 'motcua-thanhhoa', {
      target: 'SOURCE_APPROVED',
      actorRole: 'OWNER_ADMIN',
    });
    expect(await approved.json()).toMatchObject({ status: 403, code: 'ROLE_NOT_PERMITTED' });
  });

  it('cuts off a client the data owner suspends with 403 CONNECTION_SUSPENDED_BY_DATA_OWNER', async () => {
    await using app = await startSandboxApp();
    const token = await app.token('tinh-demo');
    const suspended = await move(app, 'tinh-demo', {
      target: 'SUSPENDED',
      actorRole: 'DATA_OWNER',
      reasonRef: 'C06-2026-0142',
    });
    expect(await suspended.json()).toMatchObject({
      state: 'SUSPENDED',
      suspension: { reasonRef: 'C06-2026-0142', automatic: false },
    });
    const response = await lookup(app, token, 'cb.hotich.38001');
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      code: 'CONNECTION_SUSPENDED_BY_DATA_OWNER',
      reasonRef: 'C06-2026-0142',
    });
  });

  it('rotates a secret: the new one works at once and the old one stops', async () => {
    await using app = await startSandboxApp();
    const { body } = await register(app);
    const rotated = await admin(app, 'POST', '/clients/motcua-thanhhoa/secret');
    expect(rotated.status).toBe(200);
    expect(rotated.headers.get('cache-control')).toBe('no-store');
    const { clientSecret } = (await rotated.json()) as { clientSecret: string };
    expect((await tokenWith(app, 'motcua-thanhhoa', String(body.clientSecret))).status).toBe(401);
    expect((await tokenWith(app, 'motcua-thanhhoa', clientSecret)).status).toBe(200);
  });

  it('refuses a registration with a taken id, an unknown scope or an unknown sandbox', async () => {
    await using app = await startSandboxApp();
    await register(app);
    const taken = await register(app);
    const scope = await register(app, { ...registration, clientId: 'a-1', scopes: ['dancu.fly'] });
    const sandbox = await register(app, {
      ...registration,
      clientId: 'a-2',
      defaultSandboxId: 'sbx-none',
    });
    expect(taken.body).toMatchObject({ status: 409, code: 'CLIENT_EXISTS' });
    expect(scope.body).toMatchObject({ status: 422, code: 'SCOPE_UNKNOWN', scopes: ['dancu.fly'] });
    expect(sandbox.body).toMatchObject({ status: 422, code: 'DEFAULT_SANDBOX_UNKNOWN' });
  });

  it('answers an unknown client with 404 CLIENT_NOT_FOUND', async () => {
    await using app = await startSandboxApp();
    const response = await admin(app, 'GET', '/clients/khong-co');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'CLIENT_NOT_FOUND' });
  });

  it('keeps the control plane for the admin scope', async () => {
    await using app = await startSandboxApp();
    const anonymous = await fetch(`${app.url}/sandbox/v1/clients`);
    const province = await fetch(`${app.url}/sandbox/v1/clients`, {
      headers: { authorization: `Bearer ${await app.token('tinh-demo')}` },
    });
    expect(anonymous.status).toBe(401);
    expect(await province.json()).toMatchObject({ status: 403, code: 'INSUFFICIENT_SCOPE' });
  });
});
