import { expect, it } from 'vitest';
import { checkClientAccess } from './client-access.js';
import { CLIENT_DEFINITION, CLIENTS_COLLECTION } from './client-registry.js';
import { generateSecret, hashSecret, verifySecret } from './secrets.js';
import { authFixture, clientIn } from './test-support.js';
import type { ClientRegistrationRequest } from './types.js';

const REQUEST: ClientRegistrationRequest = {
  clientId: 'motcua-thanhhoa',
  name: 'Hệ thống thông tin giải quyết TTHC tỉnh Thanh Hóa',
  ownerUnit: 'Văn phòng UBND tỉnh Thanh Hóa',
  operatorUnit: 'Công ty Cổ phần Phần mềm Mẫu',
  securityUnit: 'Sở Khoa học và Công nghệ tỉnh Thanh Hóa',
  securityLevel: 3,
  levelDossier: { id: '1234/QĐ-UBND', approvedAt: '2025-11-20T10:00:00+07:00' },
  registeredPurposes: ['KHAI_SINH'],
  scopes: ['lienthong.read', 'lienthong.write', 'dancu.read'],
  maTinh: '38',
  version: '2.4.1',
};
const PRINCIPAL = { clientId: 'motcua-thanhhoa' };

it('hashes secrets with a salt and compares them', async () => {
  const secret = generateSecret();
  expect(secret).toMatch(/^cs_[A-Za-z0-9_-]{32}$/);
  const [one, two] = [await hashSecret(secret), await hashSecret(secret)];
  expect(one).not.toBe(two);
  expect(one).not.toContain(secret);
  expect(await verifySecret(secret, one)).toBe(true);
  expect(await verifySecret(`${secret}x`, one)).toBe(false);
  expect(await verifySecret(secret, 'scrypt$bad')).toBe(false);
  expect(await verifySecret(secret, 'md5$a$b')).toBe(false);
});

it('registers a client in REGISTERED and shows its secret once, storing only a hash', async () => {
  const { clients } = await authFixture();
  const issued = await clients.register(REQUEST, {
    unit: REQUEST.ownerUnit,
    actorRole: 'OWNER_ADMIN',
  });
  if (!issued.ok) throw new Error(issued.error.code);
  expect(issued.value.client).toMatchObject({
    state: 'REGISTERED',
    createdAt: '2026-09-15T09:00:00+07:00',
  });
  expect(JSON.stringify(await clients.get('motcua-thanhhoa'))).not.toContain(
    issued.value.clientSecret,
  );
  expect(await clients.authenticate('motcua-thanhhoa', issued.value.clientSecret)).toBeDefined();
  expect(await clients.authenticate('motcua-thanhhoa', 'cs_wrong')).toBeUndefined();
  expect(await clients.authenticate('nobody', issued.value.clientSecret)).toBeUndefined();
  const again = await clients.register(REQUEST);
  expect(again.ok ? 'ok' : again.error.code).toBe('CLIENT_EXISTS');
});

it.each([
  { name: 'the operating contractor', holder: { unit: 'Công ty Cổ phần Phần mềm Mẫu' } },
  { name: 'another unit', holder: { unit: 'Sở Tư pháp' } },
  { name: 'an OPERATOR', holder: { actorRole: 'OPERATOR' as const } },
])('refuses credentials for $name (GW-13)', async ({ holder }) => {
  const { clients } = await authFixture();
  const registered = await clients.register(REQUEST, holder);
  expect(registered.ok ? 'ok' : registered.error.code).toBe('CREDENTIAL_HOLDER_NOT_PERMITTED');
  await clients.seed(clientIn('CONNECTED'), 'initial-secret-123456');
  const rotated = await clients.rotateSecret('motcua-thanhhoa', holder);
  expect(rotated.ok ? 'ok' : rotated.error.code).toBe('CREDENTIAL_HOLDER_NOT_PERMITTED');
});

it('rotates a secret: the new one works, the old one stops at once', async () => {
  const { clients } = await authFixture();
  await clients.seed(clientIn('CONNECTED'), 'initial-secret-123456');
  const rotated = await clients.rotateSecret('motcua-thanhhoa', { actorRole: 'OWNER_ADMIN' });
  if (!rotated.ok) throw new Error(rotated.error.code);
  expect(await clients.authenticate('motcua-thanhhoa', 'initial-secret-123456')).toBeUndefined();
  expect(await clients.authenticate('motcua-thanhhoa', rotated.value.clientSecret)).toBeDefined();
  await clients.seed(clientIn('DISCONNECTED'), 'initial-secret-123456');
  const refused = await clients.rotateSecret('motcua-thanhhoa');
  expect(refused.ok ? 'ok' : refused.error.code).toBe('CLIENT_DISCONNECTED');
});

it('walks a client from registration to connection and lists it by state', async () => {
  const { clients } = await authFixture();
  await clients.register(REQUEST);
  const steps = [
    { target: 'COMMITMENT_SIGNED', actorRole: 'OWNER_ADMIN', commitmentRef: 'CK-38-2026-001' },
    { target: 'SOURCE_SUBMITTED', actorRole: 'OWNER_ADMIN' },
    { target: 'SOURCE_APPROVED', actorRole: 'DATA_OWNER', actorId: 'c06.kiemtra.01' },
    { target: 'CONNECTED', actorRole: 'DATA_OWNER' },
  ] as const;
  for (const step of steps) {
    const moved = await clients.changeState('motcua-thanhhoa', step);
    expect(moved.ok ? moved.value.state : moved.error.code).toBe(step.target);
  }
  const page = await clients.list({ limit: 10, state: 'CONNECTED', maTinh: '38' });
  expect(page.ok && page.value.items.map((c) => c.clientId)).toEqual(['motcua-thanhhoa']);
  const none = await clients.list({ limit: 10, state: 'SUSPENDED' });
  expect(none.ok && none.value.items).toEqual([]);
  const missing = await clients.changeState('nobody', steps[0]);
  expect(missing.ok ? 'ok' : missing.error.code).toBe('CLIENT_NOT_FOUND');
});

it('answers each onboarding state with its own problem', async () => {
  const { clients } = await authFixture();
  expect(await codeOf(checkClientAccess(clients, PRINCIPAL, undefined))).toBe('CLIENT_UNKNOWN');
  for (const [state, code] of [
    ['REGISTERED', 'CLIENT_NOT_APPROVED'],
    ['SOURCE_APPROVED', 'CLIENT_NOT_APPROVED'],
    ['DISCONNECTED', 'CLIENT_NOT_APPROVED'],
    ['PENDING_REAPPROVAL', 'CLIENT_REAPPROVAL_REQUIRED'],
    ['CONNECTED', 'ok'],
  ] as const) {
    await clients.seed(clientIn(state), 'initial-secret-123456');
    expect(await codeOf(checkClientAccess(clients, PRINCIPAL, undefined))).toBe(code);
  }
});

it('answers a suspended client with reasonRef and suspendedAt, and re-connects it only through re-approval', async () => {
  const { clients, clock } = await authFixture();
  await clients.seed(clientIn('CONNECTED'), 'initial-secret-123456');
  await clients.changeState('motcua-thanhhoa', {
    target: 'SUSPENDED',
    actorRole: 'DATA_OWNER',
    reasonRef: 'C06-2026-0142',
  });
  const refused = await checkClientAccess(clients, PRINCIPAL, undefined);
  expect(refused.ok ? 'ok' : refused.error.problem).toMatchObject({
    status: 403,
    code: 'CONNECTION_SUSPENDED_BY_DATA_OWNER',
    reasonRef: 'C06-2026-0142',
    suspendedAt: '2026-09-15T09:00:00+07:00',
  });
  const direct = await clients.changeState('motcua-thanhhoa', {
    target: 'CONNECTED',
    actorRole: 'DATA_OWNER',
  });
  expect(direct.ok ? 'ok' : direct.error.code).toBe('ILLEGAL_STATE_TRANSITION');
  await clock.advance(60_000);
  await clients.changeState('motcua-thanhhoa', {
    target: 'PENDING_REAPPROVAL',
    actorRole: 'OWNER_ADMIN',
  });
  const byOwner = await clients.changeState('motcua-thanhhoa', {
    target: 'CONNECTED',
    actorRole: 'OWNER_ADMIN',
  });
  expect(byOwner.ok ? 'ok' : byOwner.error.code).toBe('ROLE_NOT_PERMITTED');
  await clients.changeState('motcua-thanhhoa', { target: 'CONNECTED', actorRole: 'DATA_OWNER' });
  expect(await codeOf(checkClientAccess(clients, PRINCIPAL, '2.4.1'))).toBe('ok');
});

it('puts a client that announces another version on hold until the data owner re-approves it', async () => {
  const { clients } = await authFixture();
  await clients.seed(clientIn('CONNECTED'), 'initial-secret-123456');
  expect(await codeOf(checkClientAccess(clients, PRINCIPAL, '2.4.1'))).toBe('ok');
  expect(await codeOf(checkClientAccess(clients, PRINCIPAL, '2.5.0'))).toBe(
    'CLIENT_REAPPROVAL_REQUIRED',
  );
  expect((await clients.get('motcua-thanhhoa'))?.state).toBe('PENDING_REAPPROVAL');
  expect(await codeOf(checkClientAccess(clients, PRINCIPAL, '2.5.0'))).toBe(
    'CLIENT_REAPPROVAL_REQUIRED',
  );
  const approved = await clients.changeState('motcua-thanhhoa', {
    target: 'CONNECTED',
    actorRole: 'DATA_OWNER',
  });
  expect(approved.ok && approved.value.version).toBe('2.5.0');
  expect(await codeOf(checkClientAccess(clients, PRINCIPAL, '2.5.0'))).toBe('ok');
  expect(await codeOf(checkClientAccess(clients, PRINCIPAL, '2.4.1'))).toBe(
    'CLIENT_REAPPROVAL_REQUIRED',
  );
});

it('keeps the records in the gateway.clients collection of the scope it is given', () => {
  expect(CLIENTS_COLLECTION).toBe('gateway.clients');
  expect(CLIENT_DEFINITION.idOf({ client: clientIn('CONNECTED'), secretHash: 'h' })).toBe(
    'motcua-thanhhoa',
  );
});

async function codeOf(result: ReturnType<typeof checkClientAccess>): Promise<string> {
  const r = await result;
  return r.ok ? 'ok' : r.error.problem.code;
}
