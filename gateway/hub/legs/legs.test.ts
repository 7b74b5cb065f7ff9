/**
 * The leg adapters against the real in-process agency mocks, every request and answer checked
 * against the contracts by the harness; the civil-status legs really registered by hotich.
 * @see gateway/hub/legs/test-fixtures.ts
 */
import { beforeAll, expect, it } from 'vitest';
import { createTestSandbox } from '../../../test/support/sandbox.js';
import { adapterFor, LEG_ADAPTERS } from './index.js';
import {
  adapterContext,
  deathDossier,
  insuredDeceased,
  legCall,
  newbornDossier,
  socialBeneficiary,
  withRef,
  type Transport,
} from './test-fixtures.js';

beforeAll(() => createTestSandbox(), 60_000);

async function newborn() {
  const sandbox = await createTestSandbox();
  const { ctx, transport } = adapterContext(sandbox);
  const made = await newbornDossier(sandbox, { ctx });
  return { sandbox, ctx, transport, ...made };
}

/** Every answer the adapters received was within its contract and none was a 400. */
function expectValidRequests(transport: Transport) {
  expect(transport.calls.length).toBeGreaterThan(0);
  for (const { operationId, answer } of transport.calls) {
    expect({ operationId, status: answer.status }).not.toMatchObject({ status: 400 });
  }
}

it('registers the newborn’s permanent residence with a CT08 notice once the head consents in VNeID', async () => {
  const { ctx, dossier, transport } = await newborn();
  const outcome = await LEG_ADAPTERS.TT.start(legCall(ctx, dossier, 'TT'));
  expect(outcome).toMatchObject({ kind: 'done', agencyRef: expect.stringMatching(/^TT-2026-/) });
  if (outcome.kind !== 'done') return;
  expect(outcome.documents.map((d) => d.loaiGiayTo)).toEqual(['THONG_BAO_KET_QUA_CU_TRU']);
  expectValidRequests(transport);
  const again = await LEG_ADAPTERS.TT.check(
    withRef(legCall(ctx, dossier, 'TT'), outcome.agencyRef ?? ''),
  );
  expect(again.kind).toBe('done');
});

it('refuses permanent residence with the CT06 slip when the officer refuses', async () => {
  const { ctx, dossier } = await newborn();
  const call = legCall(ctx, dossier, 'TT', { kind: 'refuse', reason: 'CHO_O_KHONG_HOP_PHAP' });
  const outcome = await LEG_ADAPTERS.TT.start(call);
  expect(outcome).toMatchObject({ kind: 'refused', reasons: [{ ma: 'CHO_O_KHONG_HOP_PHAP' }] });
  if (outcome.kind !== 'refused') return;
  expect(outcome.documents?.map((d) => d.loaiGiayTo)).toEqual(['PHIEU_TU_CHOI_CU_TRU']);
});

it('reports the residence system unavailable when it answers 503', async () => {
  const { ctx, dossier, transport } = await newborn();
  transport.failing = { operationId: 'cutruRegisterPermanentResidence', status: 503 };
  const outcome = await LEG_ADAPTERS.TT.start(legCall(ctx, dossier, 'TT'));
  expect(outcome).toMatchObject({ kind: 'unavailable', reasons: [{ ma: 'SERVICE_UNAVAILABLE' }] });
});

it('reports an agency unavailable when the connection drops', async () => {
  const { ctx, dossier, transport } = await newborn();
  transport.dropping = 'cutruRegisterPermanentResidence';
  const outcome = await LEG_ADAPTERS.TT.start(legCall(ctx, dossier, 'TT'));
  expect(outcome).toMatchObject({ kind: 'unavailable', reasons: [{ ma: 'MAT_KET_NOI' }] });
});

it('issues the child’s TE1 card with the signed birth certificate', async () => {
  const { ctx, dossier, transport } = await newborn();
  const outcome = await LEG_ADAPTERS.BHYT.start(legCall(ctx, dossier, 'BHYT'));
  expect(outcome).toMatchObject({ kind: 'done', agencyRef: expect.stringMatching(/^TE1\d{12}$/) });
  if (outcome.kind !== 'done') return;
  expect(outcome.documents.map((d) => d.loaiGiayTo)).toEqual(['THE_BHYT']);
  expectValidRequests(transport);
  const call = withRef(legCall(ctx, dossier, 'BHYT'), outcome.agencyRef ?? '');
  expect(await LEG_ADAPTERS.BHYT.check(call)).toMatchObject({ kind: 'done' });
});

it('refuses the BHYT card with BHXH’s reason when the officer refuses', async () => {
  const { ctx, dossier } = await newborn();
  const call = legCall(ctx, dossier, 'BHYT', { kind: 'refuse', reason: 'TRE_QUA_72_THANG' });
  const outcome = await LEG_ADAPTERS.BHYT.start(call);
  expect(outcome).toMatchObject({ kind: 'refused', reasons: [{ ma: 'TRE_QUA_72_THANG' }] });
});

it('reports BHXH unavailable when the card issuance answers 503', async () => {
  const { ctx, dossier, transport } = await newborn();
  transport.failing = { operationId: 'bhxhIssueChildCard', status: 503 };
  expect((await LEG_ADAPTERS.BHYT.start(legCall(ctx, dossier, 'BHYT'))).kind).toBe('unavailable');
});

it('issues the ID card once the residence is registered, at the appointment date', async () => {
  const { sandbox, ctx, dossier, transport } = await newborn();
  expect((await LEG_ADAPTERS.TT.start(legCall(ctx, dossier, 'TT'))).kind).toBe('done');
  const started = await LEG_ADAPTERS.CC.start(legCall(ctx, dossier, 'CC'));
  expect(started).toMatchObject({ kind: 'pending', agencyRef: expect.stringMatching(/^CC-2026-/) });
  if (started.kind !== 'pending' || !started.recheckAt) throw new Error('no appointment date');
  await sandbox.clock.set(started.recheckAt);
  const decided = await LEG_ADAPTERS.CC.check(
    withRef(legCall(ctx, dossier, 'CC'), started.agencyRef),
  );
  expect(decided).toMatchObject({ kind: 'done', documents: [{ loaiGiayTo: 'THE_CAN_CUOC' }] });
  expectValidRequests(transport);
});

it('refuses the ID card at the appointment date when the officer refused it', async () => {
  const { sandbox, ctx, dossier } = await newborn();
  await LEG_ADAPTERS.TT.start(legCall(ctx, dossier, 'TT'));
  const refuse = { kind: 'refuse', reason: 'THONG_TIN_KHONG_THONG_NHAT' } as const;
  const started = await LEG_ADAPTERS.CC.start(legCall(ctx, dossier, 'CC', refuse));
  if (started.kind !== 'pending' || !started.recheckAt) throw new Error('not pending');
  await sandbox.clock.set(started.recheckAt);
  const decided = await LEG_ADAPTERS.CC.check(
    withRef(legCall(ctx, dossier, 'CC'), started.agencyRef),
  );
  expect(decided).toMatchObject({
    kind: 'refused',
    reasons: [{ ma: 'THONG_TIN_KHONG_THONG_NHAT' }],
  });
});

it('fails the ID card leg as an error when the child has no permanent residence yet', async () => {
  const { ctx, dossier } = await newborn();
  const outcome = await LEG_ADAPTERS.CC.start(legCall(ctx, dossier, 'CC'));
  expect(outcome).toMatchObject({ kind: 'error', reasons: [{ ma: 'NO_PERMANENT_RESIDENCE' }] });
});

async function death(options: Parameters<typeof deathDossier>[4] = {}) {
  const sandbox = await createTestSandbox();
  const { ctx, transport } = adapterContext(sandbox);
  const { person, spouse } = insuredDeceased(sandbox.population);
  const made = await deathDossier(sandbox, { ctx }, person, spouse, options);
  return { sandbox, ctx, transport, person, spouse, ...made };
}

it('deregisters the deceased’s permanent residence with the death registration', async () => {
  const { ctx, dossier, transport } = await death();
  const outcome = await LEG_ADAPTERS.XTT.start(legCall(ctx, dossier, 'XTT'));
  expect(outcome).toMatchObject({
    kind: 'done',
    agencyRef: expect.stringMatching(/^XTT-2026-/),
    documents: [{ loaiGiayTo: 'THONG_BAO_XOA_THUONG_TRU' }],
  });
  expectValidRequests(transport);
  if (outcome.kind !== 'done') return;
  const call = withRef(legCall(ctx, dossier, 'XTT'), outcome.agencyRef ?? '');
  expect((await LEG_ADAPTERS.XTT.check(call)).kind).toBe('done');
});

it('refuses the deregistration when the officer refuses', async () => {
  const { ctx, dossier } = await death();
  const refuse = { kind: 'refuse', reason: 'THONG_TIN_KHONG_KHOP_CSDL_DAN_CU' } as const;
  const outcome = await LEG_ADAPTERS.XTT.start(legCall(ctx, dossier, 'XTT', refuse));
  expect(outcome).toMatchObject({
    kind: 'refused',
    reasons: [{ ma: 'THONG_TIN_KHONG_KHOP_CSDL_DAN_CU' }],
  });
});

it('reports the residence system unavailable for the deregistration on a 503', async () => {
  const { ctx, dossier, transport } = await death();
  transport.failing = { operationId: 'cutruDeregisterPermanentResidence', status: 503 };
  expect((await LEG_ADAPTERS.XTT.start(legCall(ctx, dossier, 'XTT'))).kind).toBe('unavailable');
});

it('grants the BHXH funeral allowance with its signed decision and reads its payment', async () => {
  const { ctx, dossier, transport } = await death({ mt: 'MAI_TANG_BHXH' });
  const call = legCall(ctx, dossier, 'MT');
  expect(adapterFor(call.leg)).toBe(LEG_ADAPTERS['MT:bhxh']);
  const outcome = await adapterFor(call.leg).start(call);
  expect(outcome).toMatchObject({
    kind: 'done',
    agencyRef: expect.stringMatching(/^TT-\d{2}-2026-/),
    documents: [{ loaiGiayTo: 'QUYET_DINH_MAI_TANG_PHI' }],
  });
  expectValidRequests(transport);
  if (outcome.kind !== 'done') return;
  const checked = await adapterFor(call.leg).check(withRef(call, outcome.agencyRef ?? ''));
  expect(checked).toMatchObject({ kind: 'done', payments: expect.any(Array) });
});

it('refuses the BHXH funeral allowance when the officer refuses', async () => {
  const { ctx, dossier } = await death({ mt: 'MAI_TANG_BHXH' });
  const call = legCall(ctx, dossier, 'MT', { kind: 'refuse', reason: 'KHONG_DU_THOI_GIAN_DONG' });
  const outcome = await LEG_ADAPTERS['MT:bhxh'].start(call);
  expect(outcome).toMatchObject({ kind: 'refused', reasons: [{ ma: 'KHONG_DU_THOI_GIAN_DONG' }] });
});

it('reports BHXH unavailable for a claim on a 503', async () => {
  const { ctx, dossier, transport } = await death({ mt: 'MAI_TANG_BHXH' });
  transport.failing = { operationId: 'bhxhClaimDeathBenefits', status: 503 };
  expect((await LEG_ADAPTERS['MT:bhxh'].start(legCall(ctx, dossier, 'MT'))).kind).toBe(
    'unavailable',
  );
});

it('grants the one-time survivor allowance on the relative’s Form 09-HSB', async () => {
  const { ctx, dossier, transport } = await death({ mt: 'MAI_TANG_BHXH', tu: 'TU_TUAT_1LAN' });
  const outcome = await LEG_ADAPTERS['TU:bhxh'].start(legCall(ctx, dossier, 'TU'));
  expect(outcome).toMatchObject({
    kind: 'done',
    documents: [{ loaiGiayTo: 'QUYET_DINH_TU_TUAT' }],
  });
  expectValidRequests(transport);
});

it('grants the one-time allowance once the adult relatives agree on the representative in VNeID', async () => {
  const { ctx, dossier, transport } = await death({ tu: 'TU_TUAT_1LAN', vneid: true });
  const outcome = await LEG_ADAPTERS['TU:bhxh'].start(legCall(ctx, dossier, 'TU'));
  const asked = transport.calls.filter((c) => c.operationId === 'vneidRequestConfirmation');
  expect(asked.map((c) => c.answer.body)).toMatchObject([{ trangThai: 'DONG_Y' }]);
  expect(outcome).toMatchObject({
    kind: 'done',
    documents: [{ loaiGiayTo: 'QUYET_DINH_TU_TUAT' }],
  });
  expectValidRequests(transport);
});

it('refuses the survivor allowance when the officer refuses', async () => {
  const { ctx, dossier } = await death({ tu: 'TU_TUAT_HANGTHANG' });
  const call = legCall(ctx, dossier, 'TU', { kind: 'refuse' });
  const outcome = await LEG_ADAPTERS['TU:bhxh'].start(call);
  expect(outcome).toMatchObject({ kind: 'refused', reasons: [{ ma: 'TU_CHOI_MO_PHONG' }] });
});

async function socialDeath() {
  const sandbox = await createTestSandbox();
  const { ctx, transport } = adapterContext(sandbox);
  const person = socialBeneficiary(sandbox.population);
  const made = await deathDossier(sandbox, { ctx }, person, undefined, { mt: 'HO_TRO_MAI_TANG' });
  return { sandbox, ctx, transport, ...made };
}

it('grants funeral support to a social-assistance beneficiary at the social line', async () => {
  const { ctx, dossier, transport } = await socialDeath();
  const call = legCall(ctx, dossier, 'MT');
  expect(adapterFor(call.leg)).toBe(LEG_ADAPTERS['MT:xahoi']);
  const outcome = await adapterFor(call.leg).start(call);
  expect(outcome).toMatchObject({
    kind: 'done',
    agencyRef: expect.stringMatching(/^HT-\d{2}-2026-/),
    documents: [{ loaiGiayTo: 'QUYET_DINH_HO_TRO_MAI_TANG' }],
  });
  expectValidRequests(transport);
  if (outcome.kind !== 'done') return;
  expect((await adapterFor(call.leg).check(withRef(call, outcome.agencyRef ?? ''))).kind).toBe(
    'done',
  );
});

it('refuses funeral support when the officer refuses', async () => {
  const { ctx, dossier } = await socialDeath();
  const call = legCall(ctx, dossier, 'MT', {
    kind: 'refuse',
    reason: 'DA_HUONG_CHE_DO_MAI_TANG_KHAC',
  });
  const outcome = await LEG_ADAPTERS['MT:xahoi'].start(call);
  expect(outcome).toMatchObject({
    kind: 'refused',
    reasons: [{ ma: 'DA_HUONG_CHE_DO_MAI_TANG_KHAC' }],
  });
});

it('reports the social line unavailable on a 503', async () => {
  const { ctx, dossier, transport } = await socialDeath();
  transport.failing = { operationId: 'xahoiClaimFuneralSupport', status: 503 };
  expect((await LEG_ADAPTERS['MT:xahoi'].start(legCall(ctx, dossier, 'MT'))).kind).toBe(
    'unavailable',
  );
});

it('refuses funeral support for someone not in the branch’s category (KHONG_THUOC_DOI_TUONG)', async () => {
  const { ctx, dossier } = await death({ mt: 'HO_TRO_MAI_TANG' });
  const outcome = await LEG_ADAPTERS['MT:xahoi'].start(legCall(ctx, dossier, 'MT'));
  expect(outcome).toMatchObject({ kind: 'refused', reasons: [{ ma: 'KHONG_THUOC_DOI_TUONG' }] });
});

it('never shows a full ID number in a summary', async () => {
  const { dossier, child } = await newborn();
  for (const code of ['TT', 'BHYT', 'CC'] as const) {
    const leg = dossier.legs.find((l) => l.state.ma === code);
    if (!leg) throw new Error(code);
    const line = adapterFor(leg).summary(dossier, leg);
    expect(line).not.toContain(child);
    expect(line).not.toMatch(/\d{12}/);
  }
});

it('drives no civil-status leg', async () => {
  const { dossier } = await newborn();
  const ks = dossier.legs.find((l) => l.state.ma === 'KS');
  if (!ks) throw new Error('KS');
  expect(() => adapterFor(ks)).toThrow(/No leg adapter/);
});
