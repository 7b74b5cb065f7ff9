import jwt from 'jsonwebtoken';
import { beforeAll, expect, it } from 'vitest';
import { createKeyRing } from '../../mocks/signing/key-ring.js';
import type { ClientRegistry } from './client-registry.js';
import { authFixture, clientIn, rsaKey, TEST_START } from './test-support.js';
import { createTokenIssuer, type TokenIssuer } from './token-issuer.js';
import { createTokenSigner, publicKeysFromJwks, signerFromKeyRing } from './token-signer.js';
import { authorize, verifyAccessToken, type VerifyOptions } from './token-verifier.js';

const ISSUER = 'http://127.0.0.1:8080';
const SECRET = 'motcua-secret-0123456789';
const signer = createTokenSigner({ privateKey: rsaKey(), kid: 'sbx-test-1' });
const now = TEST_START;
let clients: ClientRegistry;
let issue: TokenIssuer;

beforeAll(async () => {
  ({ clients } = await authFixture());
  await clients.seed(clientIn('CONNECTED'), SECRET);
  issue = createTokenIssuer({ clients, signer, issuer: ISSUER, now: () => now });
});

const verifyOptions = (overrides: Partial<VerifyOptions> = {}): VerifyOptions => ({
  publicKeys: publicKeysFromJwks(signer.jwks()),
  issuer: ISSUER,
  audience: 'lienthong-sandbox',
  clockToleranceSec: 5,
  now: () => now,
  ...overrides,
});

const body = (extra: Record<string, unknown> = {}) => ({
  grant_type: 'client_credentials',
  client_id: 'motcua-thanhhoa',
  client_secret: SECRET,
  ...extra,
});

async function token(extra: Record<string, unknown> = {}): Promise<string> {
  const issued = await issue(body(extra));
  if (!issued.ok) throw new Error(issued.error.body.error);
  return issued.value.access_token;
}

function failureOf(result: ReturnType<typeof verifyAccessToken>) {
  if (result.ok) throw new Error('expected a refusal');
  return {
    code: result.error.problem.code,
    status: result.error.problem.status,
    challenge: result.error.headers['www-authenticate'],
  };
}

it('issues an RS256 token with kid and the client claims, which verifies back to the principal', async () => {
  const issued = await issue(body({ scope: 'lienthong.read dancu.read' }));
  expect(issued.ok && issued.value).toMatchObject({
    token_type: 'Bearer',
    expires_in: 3600,
    scope: 'lienthong.read dancu.read',
  });
  if (!issued.ok) return;
  const decoded = jwt.decode(issued.value.access_token, { complete: true });
  expect(decoded?.header).toMatchObject({ alg: 'RS256', kid: 'sbx-test-1' });
  const iat = Math.floor(TEST_START.getTime() / 1000);
  expect(decoded?.payload).toMatchObject({
    iss: ISSUER,
    aud: 'lienthong-sandbox',
    sub: 'motcua-thanhhoa',
    client_id: 'motcua-thanhhoa',
    scope: 'lienthong.read dancu.read',
    maTinh: '38',
    iat,
    exp: iat + 3600,
  });
  const verified = verifyAccessToken(`Bearer ${issued.value.access_token}`, verifyOptions());
  expect(verified.ok && verified.value).toMatchObject({
    clientId: 'motcua-thanhhoa',
    scopes: ['lienthong.read', 'dancu.read'],
    maTinh: '38',
    tokenId: expect.stringMatching(/^tok-[0-9a-f]{24}$/),
  });
});

it('grants every registered scope when none is requested', async () => {
  const issued = await issue(body());
  expect(issued.ok && issued.value.scope).toBe('lienthong.read lienthong.write dancu.read');
});

it('accepts the same request as a form body', async () => {
  const form = new URLSearchParams({ ...body(), scope: 'lienthong.write' }).toString();
  const issued = await issue(form);
  expect(issued.ok && issued.value.scope).toBe('lienthong.write');
});

it.each([
  {
    name: 'an unknown client',
    extra: { client_id: 'motcua-unknown' },
    status: 401,
    error: 'invalid_client',
  },
  {
    name: 'a wrong secret',
    extra: { client_secret: 'not-the-secret-at-all' },
    status: 401,
    error: 'invalid_client',
  },
  { name: 'no secret', extra: { client_secret: undefined }, status: 401, error: 'invalid_client' },
  {
    name: 'a scope the client lacks',
    extra: { scope: 'lienthong.read hotich.write' },
    status: 400,
    error: 'invalid_scope',
  },
  { name: 'a malformed scope', extra: { scope: 'ALL' }, status: 400, error: 'invalid_scope' },
  {
    name: 'the password grant',
    extra: { grant_type: 'password' },
    status: 400,
    error: 'unsupported_grant_type',
  },
  {
    name: 'no grant type',
    extra: { grant_type: undefined },
    status: 400,
    error: 'invalid_request',
  },
  {
    name: 'a repeated parameter',
    extra: { scope: ['lienthong.read', 'dancu.read'] },
    status: 400,
    error: 'invalid_request',
  },
])('refuses $name with $error (RFC 6749 §5.2)', async ({ extra, status, error }) => {
  const issued = await issue(body(extra));
  expect(issued.ok ? 'issued' : issued.error).toMatchObject({ status, body: { error } });
});

it('names the refused scope and never echoes the secret', async () => {
  const issued = await issue(body({ scope: 'hotich.write' }));
  const description = issued.ok ? '' : (issued.error.body.error_description ?? '');
  expect(description).toContain('hotich.write');
  expect(JSON.stringify(issued)).not.toContain(SECRET);
});

it('refuses a missing token with a bare challenge (no error attribute)', () => {
  for (const header of [undefined, '', 'Basic dXNlcjpwYXNz']) {
    expect(failureOf(verifyAccessToken(header, verifyOptions()))).toEqual({
      code: 'TOKEN_MISSING',
      status: 401,
      challenge: 'Bearer realm="lienthong-sandbox"',
    });
  }
});

it('refuses an expired token with TOKEN_EXPIRED, after the clock tolerance', async () => {
  const t = await token();
  const expiry = TEST_START.getTime() + 3600_000;
  expect(
    verifyAccessToken(`Bearer ${t}`, verifyOptions({ now: () => new Date(expiry + 4_000) })).ok,
  ).toBe(true);
  const failure = failureOf(
    verifyAccessToken(`Bearer ${t}`, verifyOptions({ now: () => new Date(expiry + 6_000) })),
  );
  expect(failure).toMatchObject({ code: 'TOKEN_EXPIRED', status: 401 });
  expect(failure.challenge).toMatch(
    /^Bearer realm="lienthong-sandbox", error="invalid_token", error_description="The access token expired at 2026-09-15T10:00:00\+07:00/,
  );
});

it('refuses a token for another audience with TOKEN_AUDIENCE_INVALID', async () => {
  const t = await token({ audience: 'another-gateway' });
  expect(failureOf(verifyAccessToken(`Bearer ${t}`, verifyOptions()))).toMatchObject({
    code: 'TOKEN_AUDIENCE_INVALID',
    challenge: expect.stringContaining('error="invalid_token"'),
  });
});

it('refuses a token whose signature does not verify', async () => {
  const [header, payload] = (await token()).split('.');
  const forged = createTokenSigner({ privateKey: rsaKey(), kid: 'sbx-test-1' }).sign(
    jwt.decode(`${header}.${payload}.x`) as Record<string, unknown>,
  );
  expect(failureOf(verifyAccessToken(`Bearer ${forged}`, verifyOptions())).code).toBe(
    'TOKEN_INVALID',
  );
  const tampered = `${header}.${Buffer.from(JSON.stringify({ sub: 'x' })).toString('base64url')}.${(await token()).split('.')[2]}`;
  expect(failureOf(verifyAccessToken(`Bearer ${tampered}`, verifyOptions())).code).toBe(
    'TOKEN_INVALID',
  );
});

it.each([
  {
    name: 'an unknown kid',
    make: () => createTokenSigner({ privateKey: rsaKey(), kid: 'other-kid' }).sign({ sub: 'x' }),
  },
  { name: 'no kid', make: () => jwt.sign({ sub: 'x' }, rsaKey(), { algorithm: 'RS256' }) },
  {
    name: 'the none algorithm',
    make: () => jwt.sign({ sub: 'x' }, '', { algorithm: 'none', keyid: 'sbx-test-1' }),
  },
  {
    name: 'an HMAC token naming the kid',
    make: () => jwt.sign({ sub: 'x' }, 'shared', { algorithm: 'HS256', keyid: 'sbx-test-1' }),
  },
  { name: 'garbage', make: () => 'not.a.jwt' },
  { name: 'an empty bearer', make: () => '' },
])('refuses $name as TOKEN_INVALID', ({ make }) => {
  expect(failureOf(verifyAccessToken(`Bearer ${make()}`, verifyOptions()))).toMatchObject({
    code: 'TOKEN_INVALID',
    status: 401,
  });
});

it('refuses a token from another issuer', async () => {
  const t = await token();
  expect(
    failureOf(verifyAccessToken(`Bearer ${t}`, verifyOptions({ issuer: 'urn:other' }))).code,
  ).toBe('TOKEN_INVALID');
});

it('refuses a validly signed token without the client claims', () => {
  const claims = { iss: ISSUER, aud: 'lienthong-sandbox', sub: 'x', iat: 1, exp: 4_000_000_000 };
  expect(failureOf(verifyAccessToken(`Bearer ${signer.sign(claims)}`, verifyOptions())).code).toBe(
    'TOKEN_INVALID',
  );
});

it('verifies tokens signed by the sandbox key ring through its JWKS', async () => {
  const ring = createKeyRing({ kid: 'ring-1' });
  const ringIssue = createTokenIssuer({
    clients,
    signer: signerFromKeyRing(ring),
    issuer: ISSUER,
    now: () => now,
  });
  const issued = await ringIssue(body());
  const t = issued.ok ? issued.value.access_token : '';
  const verified = verifyAccessToken(
    `bearer ${t}`,
    verifyOptions({ publicKeys: publicKeysFromJwks(ring.jwks()) }),
  );
  expect(verified.ok).toBe(true);
});

it('refuses a missing scope with INSUFFICIENT_SCOPE naming it', () => {
  const principal = { clientId: 'c', scopes: ['lienthong.read'], maTinh: '38', tokenId: 't' };
  expect(authorize(principal, ['lienthong.read']).ok).toBe(true);
  expect(authorize(principal, []).ok).toBe(true);
  const refused = authorize(principal, ['dancu.read']);
  expect(refused.ok ? 'ok' : refused.error).toEqual({
    problem: expect.objectContaining({
      code: 'INSUFFICIENT_SCOPE',
      status: 403,
      detail: 'The token lacks the scope dancu.read.',
    }),
    headers: {
      'www-authenticate':
        'Bearer realm="lienthong-sandbox", error="insufficient_scope", error_description="The token lacks the scope dancu.read.", scope="dancu.read"',
    },
  });
});
