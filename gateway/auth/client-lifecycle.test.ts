import { describe, expect, it } from 'vitest';
import { applyTransition, CLIENT_TRANSITIONS, transitionRule } from './client-lifecycle.js';
import { clientIn } from './test-support.js';
import type { ClientState, OfficerRole } from './types.js';

const AT = '2026-09-15T10:00:00+07:00';
const STATES: readonly ClientState[] = [
  'REGISTERED',
  'COMMITMENT_SIGNED',
  'SOURCE_SUBMITTED',
  'SOURCE_APPROVED',
  'CONNECTED',
  'SUSPENDED',
  'PENDING_REAPPROVAL',
  'DISCONNECTED',
];
const ALLOWED: ReadonlySet<string> = new Set([
  'REGISTERED→COMMITMENT_SIGNED',
  'COMMITMENT_SIGNED→SOURCE_SUBMITTED',
  'SOURCE_SUBMITTED→SOURCE_APPROVED',
  'SOURCE_APPROVED→CONNECTED',
  'CONNECTED→SUSPENDED',
  'SUSPENDED→PENDING_REAPPROVAL',
  'PENDING_REAPPROVAL→CONNECTED',
  'CONNECTED→PENDING_REAPPROVAL',
  ...STATES.filter((s) => s !== 'DISCONNECTED').map((s) => `${s}→DISCONNECTED`),
]);
const PAIRS = STATES.flatMap((from) => STATES.map((to) => ({ from, to })));

describe.each(PAIRS)('$from → $to', ({ from, to }) => {
  const allowed = ALLOWED.has(`${from}→${to}`);
  it(
    allowed ? 'is allowed to the roles of its rule' : 'is refused as an illegal transition',
    () => {
      const rule = transitionRule(from, to);
      const actorRole: OfficerRole = rule?.roles[0] ?? 'DATA_OWNER';
      const moved = applyTransition(
        clientIn(from),
        { target: to, actorRole, reasonRef: 'C06-2026-0142', commitmentRef: 'CK-1' },
        AT,
      );
      expect(moved.ok).toBe(allowed);
      if (moved.ok) expect(moved.value).toMatchObject({ state: to, stateChangedAt: AT });
      else expect(moved.error.code).toBe('ILLEGAL_STATE_TRANSITION');
    },
  );
});

const ROLES: readonly OfficerRole[] = [
  'OFFICER',
  'OWNER_ADMIN',
  'OPERATOR',
  'SECURITY_OFFICER',
  'INSPECTOR',
  'DATA_OWNER',
];
const ROLE_CASES = CLIENT_TRANSITIONS.filter((r) => r.from !== '*').flatMap((rule) =>
  ROLES.map((role) => ({
    from: rule.from as ClientState,
    to: rule.to,
    role,
    ok: rule.roles.includes(role),
  })),
);

it.each(ROLE_CASES)('$from → $to by $role: allowed=$ok', ({ from, to, role, ok }) => {
  const moved = applyTransition(
    clientIn(from),
    { target: to, actorRole: role, reasonRef: 'R-1', commitmentRef: 'CK-1' },
    AT,
  );
  expect(moved.ok ? 'ok' : moved.error.code).toBe(ok ? 'ok' : 'ROLE_NOT_PERMITTED');
});

it('lets only DATA_OWNER approve the source and the re-connection', () => {
  expect(transitionRule('SOURCE_SUBMITTED', 'SOURCE_APPROVED')?.roles).toEqual(['DATA_OWNER']);
  expect(transitionRule('PENDING_REAPPROVAL', 'CONNECTED')?.roles).toEqual(['DATA_OWNER']);
  expect(transitionRule('CONNECTED', 'SUSPENDED')?.roles).toEqual(['DATA_OWNER']);
});

it.each([
  {
    name: 'a commitment without commitmentRef',
    client: clientIn('REGISTERED', { commitmentRef: undefined }),
    change: { target: 'COMMITMENT_SIGNED', actorRole: 'OWNER_ADMIN' },
  },
  {
    name: 'connecting at security level 2',
    client: clientIn('SOURCE_APPROVED', { securityLevel: 2 }),
    change: { target: 'CONNECTED', actorRole: 'DATA_OWNER' },
  },
  {
    name: 'connecting without an approved level dossier',
    client: clientIn('SOURCE_APPROVED', { levelDossier: undefined }),
    change: { target: 'CONNECTED', actorRole: 'DATA_OWNER' },
  },
  {
    name: 're-connecting a client that fell below level 3',
    client: clientIn('PENDING_REAPPROVAL', { securityLevel: 1 }),
    change: { target: 'CONNECTED', actorRole: 'DATA_OWNER' },
  },
  {
    name: 'a suspension without reasonRef',
    client: clientIn('CONNECTED'),
    change: { target: 'SUSPENDED', actorRole: 'DATA_OWNER' },
  },
  {
    name: 'a disconnection without reasonRef',
    client: clientIn('REGISTERED'),
    change: { target: 'DISCONNECTED', actorRole: 'OWNER_ADMIN' },
  },
] as const)('refuses $name as a failed precondition', ({ client, change }) => {
  const moved = applyTransition(client, change, AT);
  expect(moved.ok ? 'ok' : moved.error).toMatchObject({
    code: 'STATE_PRECONDITION_FAILED',
    status: 422,
  });
});

it('records the commitment, the source review and the suspension', () => {
  const signed = applyTransition(
    clientIn('REGISTERED', { commitmentRef: undefined }),
    { target: 'COMMITMENT_SIGNED', actorRole: 'OWNER_ADMIN', commitmentRef: 'CK-9' },
    AT,
  );
  expect(signed.ok && signed.value.commitmentRef).toBe('CK-9');
  const approved = applyTransition(
    clientIn('SOURCE_SUBMITTED', { sourceReview: { submittedAt: '2026-08-01T09:00:00+07:00' } }),
    { target: 'SOURCE_APPROVED', actorRole: 'DATA_OWNER', actorId: 'c06.kiemtra.01' },
    AT,
  );
  expect(approved.ok && approved.value.sourceReview).toEqual({
    submittedAt: '2026-08-01T09:00:00+07:00',
    approvedBy: 'c06.kiemtra.01',
    approvedAt: AT,
  });
  const suspended = applyTransition(
    clientIn('CONNECTED'),
    { target: 'SUSPENDED', actorRole: 'DATA_OWNER', reasonRef: 'C06-2026-0142' },
    AT,
  );
  expect(suspended.ok && suspended.value.suspension).toEqual({
    reasonRef: 'C06-2026-0142',
    suspendedAt: AT,
    automatic: false,
  });
  if (!suspended.ok) return;
  const asked = applyTransition(
    suspended.value,
    { target: 'PENDING_REAPPROVAL', actorRole: 'OWNER_ADMIN' },
    AT,
  );
  expect(asked.ok && asked.value.suspension).toBeUndefined();
});
