import { describe, expect, it } from 'vitest';
import { proceduresFromCode } from '../../gateway/policy/dossier-rules.js';
import type { PolicyConfig } from '../../gateway/policy/index.js';
import { group1Submission } from '../support/hub.js';
import { startSandboxApp } from '../support/sandbox-app.js';

type App = Awaited<ReturnType<typeof startSandboxApp>>;

const NOW = new Date('2026-09-15T09:30:00+07:00');
const OFFICER = 'cb.hotich.38001';

async function start(policy?: Partial<PolicyConfig>) {
  return startSandboxApp({
    now: () => NOW,
    config: { populationSize: 3000 },
    ...(policy ? { policy } : {}),
  });
}

/** Submits a group-1 dossier (3.000722) and returns its code and the mother's ID number. */
async function submitBirth(app: App, token: string) {
  const { submission, mother } = group1Submission(app.sandbox.population);
  const response = await fetch(`${app.url}/lienthong/v1/ho-so`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': 'policy-lookup-0001',
      'x-officer-id': OFFICER,
    },
    body: JSON.stringify(submission),
  });
  const body = (await response.json()) as { maHoSo: string; maTTHC: string; trangThai: number };
  expect(response.status).toBe(201);
  expect(body).toMatchObject({ maTTHC: '3.000722', trangThai: 4 });
  return { maHoSo: body.maHoSo, citizen: mother.id };
}

async function lookup(app: App, token: string, citizen: string, purpose: string, maHoSo: string) {
  const response = await fetch(`${app.url}/dancu/v1/cong-dan/tra-cuu`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'x-officer-id': OFFICER,
      'x-muc-dich': purpose,
      'x-ma-ho-so': maHoSo,
    },
    body: JSON.stringify({ soDinhDanh: citizen }),
  });
  const body = (await response.json()) as { code?: string; detail?: string };
  return { status: response.status, ...body };
}

describe('the policy looks dossiers up in the hub', () => {
  it('judges the purpose against the procedure of the hub’s dossier, not its code', async () => {
    await using app = await start();
    const token = await app.token('tinh-demo');
    const { maHoSo, citizen } = await submitBirth(app, token);

    expect((await lookup(app, token, citizen, 'KHAI_SINH', maHoSo)).status).toBe(200);
    expect((await lookup(app, token, citizen, 'DK_THUONG_TRU', `${maHoSo}-TT`)).status).toBe(200);

    // Derived from the code alone, a dossier code without a leg could be either group.
    expect(proceduresFromCode(maHoSo)).toEqual(['3.000722', '2.002913']);
    const refused = await lookup(app, token, citizen, 'KHAI_TU', maHoSo);
    expect(refused).toMatchObject({ status: 403, code: 'PURPOSE_NOT_PERMITTED' });
    expect(refused.detail).toMatch(/procedure 3\.000722\.$/);
  });

  it('refuses a leg the dossier does not have when unknown dossiers are refused', async () => {
    await using app = await start({ unknownDossier: 'refuse' });
    const token = await app.token('tinh-demo');
    const { maHoSo, citizen } = await submitBirth(app, token);

    expect((await lookup(app, token, citizen, 'CAP_CAN_CUOC', `${maHoSo}-CC`)).status).toBe(200);
    const noLeg = await lookup(app, token, citizen, 'KHAI_TU', `${maHoSo}-KT`);
    expect(noLeg).toMatchObject({ status: 403, code: 'DOSSIER_NOT_ACTIVE' });
    const unknown = await lookup(app, token, citizen, 'KHAI_SINH', '000.00.00.H38-260915-9999');
    expect(unknown).toMatchObject({ status: 403, code: 'DOSSIER_NOT_ACTIVE' });
  });
});
