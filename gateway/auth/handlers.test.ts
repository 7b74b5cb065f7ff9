import { beforeAll, expect, it } from 'vitest';
import { startTestGateway } from '../../test/support/gateway.js';
import { bootstrapClients, DEMO_CREDENTIALS, DEMO_OFFICER, seedClients } from './demo-clients.js';
import { createAuthHandlers, oauthErrorForViolations } from './handlers.js';
import { authFixture, rsaKey, TEST_START } from './test-support.js';
import { createTokenIssuer } from './token-issuer.js';
import { createTokenSigner, publicKeysFromJwks } from './token-signer.js';
import { verifyAccessToken } from './token-verifier.js';
import type { Handler } from '../../contracts/handler.js';

const ISSUER = 'http://127.0.0.1:8080';
const signer = createTokenSigner({ privateKey: rsaKey(), kid: 'sbx-demo-1' });
let handlers: Map<string, Handler>;

beforeAll(async () => {
  const { clients, officers } = await authFixture();
  const seeds = bootstrapClients(true, {});
  if (!seeds.ok) throw new Error(seeds.error.key);
  await seedClients(clients, officers, seeds.value);
  expect((await officers.get(DEMO_OFFICER.officerId))?.officer.clientId).toBe('tinh-demo');
  const issueToken = createTokenIssuer({ clients, signer, issuer: ISSUER, now: () => TEST_START });
  handlers = createAuthHandlers({ issueToken, signer });
});

it('issues demo tokens over HTTP for a JSON body and a form body, within the contract', async () => {
  await using gateway = await startTestGateway({ handlers });
  const json = await fetch(`${gateway.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credentials', ...idAndSecret('admin') }),
  });
  expect(json.status).toBe(200);
  expect(json.headers.get('cache-control')).toBe('no-store');
  expect(await json.json()).toMatchObject({
    token_type: 'Bearer',
    scope: 'sandbox.admin',
    expires_in: 3600,
  });
  const form = await fetch(`${gateway.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      ...idAndSecret('province'),
      scope: 'lienthong.write dancu.read',
    }),
  });
  const answer = (await form.json()) as { access_token: string; scope: string };
  expect(form.status).toBe(200);
  expect(answer.scope).toBe('lienthong.write dancu.read');
  const principal = verifyAccessToken(`Bearer ${answer.access_token}`, {
    publicKeys: publicKeysFromJwks(signer.jwks()),
    issuer: ISSUER,
    audience: 'lienthong-sandbox',
    now: () => TEST_START,
  });
  expect(principal.ok && principal.value).toMatchObject({ clientId: 'tinh-demo', maTinh: '38' });
});

it('answers a wrong secret with an RFC 6749 invalid_client, not a problem', async () => {
  await using gateway = await startTestGateway({ handlers });
  const refused = await fetch(`${gateway.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: 'tinh-demo',
      client_secret: 'wrong',
    }),
  });
  expect(refused.status).toBe(401);
  expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await refused.json()).toEqual({
    error: 'invalid_client',
    error_description: 'Unknown client or wrong client secret.',
  });
  const scope = await fetch(`${gateway.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      ...idAndSecret('province'),
      scope: 'sandbox.admin',
    }),
  });
  expect(scope.status).toBe(400);
  expect(await scope.json()).toMatchObject({ error: 'invalid_scope' });
});

it('publishes the signing key at /.well-known/jwks.json', async () => {
  await using gateway = await startTestGateway({ handlers });
  const jwks = await fetch(`${gateway.url}/.well-known/jwks.json`);
  expect(jwks.status).toBe(200);
  expect(await jwks.json()).toEqual({
    keys: [
      expect.objectContaining({
        kty: 'RSA',
        kid: 'sbx-demo-1',
        alg: 'RS256',
        use: 'sig',
        e: 'AQAB',
      }),
    ],
  });
});

it.each([
  {
    violations: [{ pointer: '/body/grant_type', code: 'CONST', detail: '' }],
    status: 400,
    error: 'unsupported_grant_type',
  },
  {
    violations: [{ pointer: '/body/grant_type', code: 'REQUIRED', detail: '' }],
    status: 400,
    error: 'invalid_request',
  },
  {
    violations: [{ pointer: '/body/client_secret', code: 'REQUIRED', detail: '' }],
    status: 401,
    error: 'invalid_client',
  },
  {
    violations: [{ pointer: '/body/scope', code: 'PATTERN', detail: '' }],
    status: 400,
    error: 'invalid_scope',
  },
  {
    violations: [{ pointer: '/body/extra', code: 'UNKNOWN_PROPERTY', detail: '' }],
    status: 400,
    error: 'invalid_request',
  },
])('maps a token request that breaks the contract to $error', ({ violations, status, error }) => {
  expect(oauthErrorForViolations(violations)).toMatchObject({ status, body: { error } });
});

it('refuses to start outside demo mode without the admin secret, naming the setting', () => {
  const missing = bootstrapClients(false, {});
  expect(missing.ok ? 'ok' : missing.error.key).toBe('LIENTHONG_ADMIN_CLIENT_SECRET');
  const documented = bootstrapClients(false, {
    LIENTHONG_ADMIN_CLIENT_SECRET: 'sandbox-admin-secret',
  });
  expect(documented.ok ? 'ok' : documented.error.detail).toMatch(/documented demo secret/);
  const short = bootstrapClients(false, {
    LIENTHONG_ADMIN_CLIENT_SECRET: 'abc',
    LIENTHONG_PROVINCE_CLIENT_SECRET: 'x',
  });
  expect(short.ok ? 'ok' : short.error.key).toBe('LIENTHONG_ADMIN_CLIENT_SECRET');
  const badProvince = bootstrapClients(false, {
    LIENTHONG_ADMIN_CLIENT_SECRET: 'a-long-admin-secret-42',
    LIENTHONG_PROVINCE_CLIENT_SECRET: 'x',
  });
  expect(badProvince.ok ? 'ok' : badProvince.error.key).toBe('LIENTHONG_PROVINCE_CLIENT_SECRET');
  const adminOnly = bootstrapClients(false, {
    LIENTHONG_ADMIN_CLIENT_SECRET: 'a-long-admin-secret-42',
  });
  expect(adminOnly.ok && adminOnly.value.map((s) => s.client.clientId)).toEqual(['sandbox-admin']);
  const both = bootstrapClients(false, {
    LIENTHONG_ADMIN_CLIENT_SECRET: 'a-long-admin-secret-42',
    LIENTHONG_PROVINCE_CLIENT_SECRET: 'a-long-province-secret-42',
  });
  expect(both.ok && both.value.map((s) => [s.client.clientId, s.secret])).toEqual([
    ['sandbox-admin', 'a-long-admin-secret-42'],
    ['tinh-demo', 'a-long-province-secret-42'],
  ]);
});

function idAndSecret(which: keyof typeof DEMO_CREDENTIALS) {
  const { clientId, clientSecret } = DEMO_CREDENTIALS[which];
  return { client_id: clientId, client_secret: clientSecret };
}
