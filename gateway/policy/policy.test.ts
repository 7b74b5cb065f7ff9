import { describe, expect, it } from 'vitest';
import type { ParameterSpec } from '../../contracts/operation-index.js';
import { createClock, createMemoryStore } from '../../mocks/ports/index.js';
import type { PolicyDossier } from './dossier-rules.js';
import type { PolicyOfficer } from './officer-rules.js';
import { createPolicy, POLICY_WARNING_HEADER } from './policy.js';
import { resolvePolicyConfig, type PolicyConfigInput } from './policy-config.js';
import type { Policy, PolicyRequest } from './policy-types.js';

const header = (name: string): ParameterSpec => ({
  name,
  in: 'header',
  required: true,
  schema: {},
});
const OPERATIONS = [
  { operationId: 'health', parameters: [] },
  { operationId: 'registerBirth', parameters: [header('X-Officer-Id')] },
  {
    operationId: 'lookupCitizen',
    parameters: ['X-Officer-Id', 'X-Muc-Dich', 'X-Ma-Ho-So', 'X-May-Tram'].map(header),
  },
];
const UNIT = 'UBND tỉnh Hà Tĩnh';
const OFFICER: PolicyOfficer = {
  officerId: 'cb.hotich.38001',
  unit: UNIT,
  status: 'ACTIVE',
  hasTthcFunction: true,
  devices: ['MT-38-0001'],
};
const DOSSIER = '000.00.00.H38-260915-0007';
const LOOKUP_HEADERS = {
  'x-officer-id': OFFICER.officerId,
  'x-muc-dich': 'KHAI_SINH',
  'x-ma-ho-so': DOSSIER,
  'x-may-tram': 'MT-38-0001',
};

async function setup(input: PolicyConfigInput = {}) {
  const config = resolvePolicyConfig(input);
  if (!config.ok) throw new Error(config.error.key);
  const store = createMemoryStore();
  await store.createSandbox('s1');
  const clock = createClock({ start: new Date('2026-09-15T09:00:00+07:00'), frozen: true });
  let realNow = 0;
  const dossiers = new Map<string, PolicyDossier>([
    [DOSSIER, { maTTHC: '3.000722', trangThai: 4, unit: UNIT }],
  ]);
  const policy = createPolicy({
    config: config.value,
    operations: OPERATIONS,
    now: () => realNow,
    clientLookup: async (clientId) =>
      clientId === 'tinh-demo'
        ? { clientId, ownerUnit: UNIT, registeredPurposes: ['KHAI_SINH', 'XAC_THUC_NGUOI_NOP'] }
        : undefined,
    officerLookup: async (_client, officerId) =>
      officerId === OFFICER.officerId ? OFFICER : undefined,
    dossierLookup: async (maHoSo) => dossiers.get(maHoSo),
  });
  const sandbox = { id: 's1', store: store.sandbox('s1'), clock };
  const request = (over: Partial<PolicyRequest> = {}): PolicyRequest => ({
    operationId: 'lookupCitizen',
    headers: LOOKUP_HEADERS,
    clientId: 'tinh-demo',
    requestId: 'r-1',
    sandbox,
    ...over,
  });
  const codeOf = async (over: Partial<PolicyRequest> = {}) => {
    const result = await policy.check(request(over));
    return result.ok ? 'ok' : result.error.problem.code;
  };
  /** Records the answer to a granted lookup that disclosed `citizens`. */
  const answered = async (grant: Awaited<ReturnType<Policy['check']>>, citizens: string[]) => {
    if (!grant.ok) throw new Error(`refused: ${grant.error.problem.code}`);
    await policy.recordOutcome({
      operationId: 'lookupCitizen',
      clientId: 'tinh-demo',
      requestId: 'r',
      sandbox,
      grant: grant.value,
      citizens,
    });
  };
  return {
    policy,
    sandbox,
    clock,
    request,
    codeOf,
    answered,
    advanceReal: (ms: number) => (realNow += ms),
  };
}

describe('security policy stage', () => {
  it.each([
    ['an operation that touches no citizen', { operationId: 'health', headers: {} }, 'ok'],
    ['a citizen operation by a permitted officer', { operationId: 'registerBirth' }, 'ok'],
    ['a purpose-bound read on an open dossier', {}, 'ok'],
    [
      'no officer',
      { headers: { ...LOOKUP_HEADERS, 'x-officer-id': undefined } },
      'OFFICER_REQUIRED',
    ],
    [
      'an unregistered officer',
      { headers: { ...LOOKUP_HEADERS, 'x-officer-id': 'cb.khac' } },
      'OFFICER_NOT_PERMITTED',
    ],
    ['no purpose', { headers: { ...LOOKUP_HEADERS, 'x-muc-dich': undefined } }, 'DOSSIER_REQUIRED'],
    [
      'an unknown dossier of another format',
      { headers: { ...LOOKUP_HEADERS, 'x-ma-ho-so': 'HS-1' } },
      'DOSSIER_NOT_ACTIVE',
    ],
    [
      'a purpose the client did not register',
      { headers: { ...LOOKUP_HEADERS, 'x-muc-dich': 'CAP_CAN_CUOC' } },
      'PURPOSE_NOT_PERMITTED',
    ],
  ] as const)('judges %s', async (_name, over, expected) => {
    const { codeOf } = await setup();
    expect(await codeOf(over as Partial<PolicyRequest>)).toBe(expected);
  });

  it('grants with the binding, the officer and the device for the journal', async () => {
    const { policy, request } = await setup();
    const result = await policy.check(request());
    expect(result).toEqual({
      ok: true,
      value: {
        access: 'personal-data',
        officerId: OFFICER.officerId,
        deviceId: 'MT-38-0001',
        binding: { purpose: 'KHAI_SINH', maHoSo: DOSSIER, procedures: ['3.000722'], source: 'hub' },
        // Nobody was looked up yet today: the bulk check read no sets.
        counted: { officer: undefined, client: undefined },
        warnings: [],
        headers: {},
      },
    });
  });

  it('warns about an unregistered workstation in monitor mode and refuses it in enforce mode', async () => {
    const headers = { ...LOOKUP_HEADERS, 'x-may-tram': 'MT-LA' };
    const monitor = await setup();
    const warned = await monitor.policy.check(monitor.request({ headers }));
    expect(warned.ok && warned.value.headers).toEqual({
      [POLICY_WARNING_HEADER]: 'DEVICE_NOT_REGISTERED',
    });
    const enforce = await setup({ device: 'enforce' });
    expect(await enforce.codeOf({ headers })).toBe('DEVICE_NOT_REGISTERED');
  });

  it('answers 401 with WWW-Authenticate when no officer is named', async () => {
    const { policy, request } = await setup();
    const result = await policy.check(request({ headers: {}, operationId: 'registerBirth' }));
    expect(result.ok ? undefined : result.error).toMatchObject({
      problem: { status: 401, code: 'OFFICER_REQUIRED' },
      headers: { 'www-authenticate': expect.stringContaining('Bearer') },
    });
  });

  it('limits a client to its burst, then answers 429 with Retry-After', async () => {
    const { policy, request, advanceReal } = await setup({
      rate: { client: { capacity: 2, perMs: 1000 } },
    });
    const health = request({ operationId: 'health', headers: {} });
    expect((await policy.check(health)).ok).toBe(true);
    expect((await policy.check(health)).ok).toBe(true);
    const refused = await policy.check(health);
    expect(refused.ok ? undefined : refused.error).toMatchObject({
      problem: { status: 429, code: 'RATE_LIMITED' },
      headers: { 'retry-after': '1' },
    });
    advanceReal(500);
    expect((await policy.check(health)).ok).toBe(true);
  });

  it('limits an officer per minute whatever the sandbox clock does', async () => {
    const { codeOf, clock, advanceReal } = await setup({
      rate: { officerMinute: { capacity: 2, perMs: 60_000 } },
    });
    expect(await codeOf()).toBe('ok');
    expect(await codeOf()).toBe('ok');
    await clock.advance(3_600_000);
    expect(await codeOf()).toBe('RATE_LIMITED');
    advanceReal(30_000);
    expect(await codeOf()).toBe('ok');
  });

  it('records a purpose violation and suspends at the fifth within an hour', async () => {
    const { policy, request } = await setup();
    const wrong = request({ headers: { ...LOOKUP_HEADERS, 'x-muc-dich': 'KHAI_TU' } });
    const refusals = [];
    for (let i = 0; i < 5; i++) {
      const result = await policy.check(wrong);
      if (!result.ok) refusals.push(result.error);
    }
    expect(refusals.map((r) => r.violation?.kind)).toEqual(Array(5).fill('PURPOSE'));
    expect(refusals.slice(0, 4).some((r) => r.suspend)).toBe(false);
    expect(refusals[4]?.suspend).toEqual({
      clientId: 'tinh-demo',
      reasonRef: 'GW14-AUTO-PURPOSE-5',
    });
  });

  it('counts an agency’s field refusal as a violation after the answer', async () => {
    const { policy, request, sandbox } = await setup();
    const grant = await policy.check(request());
    if (!grant.ok) throw new Error('refused');
    const outcome = await policy.recordOutcome({
      operationId: 'lookupCitizen',
      clientId: 'tinh-demo',
      requestId: 'r-1',
      sandbox,
      grant: grant.value,
      citizens: [],
      problemCode: 'FIELD_NOT_PERMITTED',
    });
    expect(outcome.violation?.kind).toBe('FIELD');
  });

  it('refuses the request after an officer reaches the distinct-citizen cap and suspends the client', async () => {
    const { policy, request, clock, answered } = await setup({
      bulk: { perOfficerPerDay: 2 },
    });
    const record = async (citizens: string[]) => {
      const grant = await policy.check(request());
      if (!grant.ok) return grant.error;
      await answered(grant, citizens);
      return undefined;
    };
    expect(await record(['038226000001'])).toBeUndefined();
    expect(await record(['038226000001'])).toBeUndefined();
    expect(await record(['038226000002'])).toBeUndefined();
    const refusal = await record(['038226000003']);
    expect(refusal).toMatchObject({
      problem: { status: 429, code: 'BULK_LIMIT_EXCEEDED' },
      headers: { 'retry-after': String(15 * 3600) },
      violation: { kind: 'BULK' },
      suspend: { clientId: 'tinh-demo', reasonRef: 'GW14-AUTO-BULK-1' },
    });
    expect(JSON.stringify(refusal)).not.toContain('038226');
    await clock.advance(15 * 3_600_000);
    expect(await record(['038226000003'])).toBeUndefined();
  });

  it('lets an officer at the cap look up again a citizen already counted when the request names them', async () => {
    const { policy, request, answered } = await setup({ bulk: { perOfficerPerDay: 1 } });
    await answered(await policy.check(request()), ['038226000001']);
    const codeOf = async (subjects: string[]) => {
      const result = await policy.check(request({ subjects }));
      return result.ok ? 'ok' : result.error.problem.code;
    };
    expect(await codeOf(['038226000001'])).toBe('ok');
    expect(await codeOf(['038226000002'])).toBe('BULK_LIMIT_EXCEEDED');
  });

  it('counts a citizen again on the new day when the answer comes after midnight', async () => {
    const { policy, request, answered, clock } = await setup({ bulk: { perOfficerPerDay: 1 } });
    await answered(await policy.check(request()), ['038226000001']);
    // Checked today (the citizen is counted), answered tomorrow: tomorrow's set must hold them.
    const lateGrant = await policy.check(request({ subjects: ['038226000001'] }));
    await clock.advance(24 * 3_600_000);
    await answered(lateGrant, ['038226000001']);
    const next = await policy.check(request({ subjects: ['038226000002'] }));
    expect(next.ok ? 'ok' : next.error.problem.code).toBe('BULK_LIMIT_EXCEEDED');
  });

  it('applies the client cap across officers', async () => {
    const { policy, request, answered } = await setup({ bulk: { perClientPerDay: 1 } });
    await answered(await policy.check(request()), ['038226000001']);
    const result = await policy.check(request({ operationId: 'registerBirth' }));
    expect(result.ok ? 'ok' : result.error.problem.detail).toContain('client');
  });

  it('throws for an operation the contracts do not declare', async () => {
    const { policy, request } = await setup();
    await expect(policy.check(request({ operationId: 'nope' }))).rejects.toThrow('nope');
  });
});
