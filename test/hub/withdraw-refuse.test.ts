/**
 * How a linked dossier ends early: the citizen withdraws it, the province will not take it, or
 * one agency refuses its leg — the civil-status refusal stops the group, any other refusal only
 * cancels the legs that needed it. Refusals are forced with `Prefer` (civil-status leg) or a
 * fault rule with a forced outcome (other agencies).
 * @see specs/lienthong.yaml `lienthongWithdrawDossier`; DOMAIN.md §3 "Supplements, refusals,
 * withdrawal", §4, §7
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Population } from '../../mocks/domain/population/index.js';
import { group1Submission, group2Submission, insuredDeceased } from '../support/hub.js';
import {
  advance,
  createSandbox,
  hubClient,
  legOf,
  legStatuses,
  putFault,
  type HubClient,
} from '../support/hub-client.js';
import { startSandboxApp } from '../support/sandbox-app.js';
import type { App } from '../support/control-plane.js';

const CLOCK_START = '2026-09-15T09:30:00+07:00';

let app: App;

beforeAll(async () => {
  app = await startSandboxApp({
    now: () => new Date(CLOCK_START),
    config: { populationSize: 3000 },
  });
});

afterAll(async () => {
  await app[Symbol.asyncDispose]();
});

/** A sandbox of its own, and the hub as the demo province calls it there. */
async function sandbox(): Promise<{ hub: HubClient; sandboxId: string; population: Population }> {
  const { sandboxId, population } = await createSandbox(app, { clockStart: CLOCK_START });
  return { hub: await hubClient(app, sandboxId), sandboxId, population };
}

/** A death dossier of an insured person: KT, XTT, MT (BHXH funeral allowance), TU (one-time). */
function deathForm(population: Population) {
  const { person, spouse } = insuredDeceased(population);
  return group2Submission(person, spouse, spouse.sex === 'FEMALE' ? 'VO' : 'CHONG', {
    mt: 'MAI_TANG_BHXH',
    tu: 'TU_TUAT_1LAN',
  });
}

/**
 * Makes the agency refuse every call of `operationId` in the sandbox, with the refusal code `ma`
 * (one the agency knows) or the agency's default one.
 */
async function refuseEvery(sandboxId: string, operationId: string, ma?: string) {
  await putFault(app, sandboxId, `refuse-${operationId.toLowerCase()}`, {
    match: { operationId },
    effect: {
      kind: 'outcome',
      outcome: 'refuse',
      ...(ma !== undefined ? { reason: { ma, moTa: 'Cơ quan từ chối (mô phỏng)' } } : {}),
    },
  });
}

it('withdraws a dossier while the province has not registered the birth yet', async () => {
  const { hub, population } = await sandbox();
  const submitted = await hub.submit(group1Submission(population).submission, {
    prefer: 'outcome=pending',
  });
  expect(legOf(submitted.body, 'KS').trangThai).toBe('DANG_XU_LY');

  const withdrawn = await hub.withdraw(submitted.body.maHoSo, 'Gia đình muốn đặt lại tên cho cháu');

  expect(withdrawn.status).toBe(200);
  expect(withdrawn.body.trangThai).toBe(7);
  expect(legStatuses(withdrawn.body)).toEqual({
    KS: 'DA_HUY',
    TT: 'DA_HUY',
    BHYT: 'DA_HUY',
    CC: 'DA_HUY',
  });
  expect(withdrawn.body.lyDo).toEqual([
    { ma: 'CONG_DAN_RUT_HO_SO', moTa: 'Gia đình muốn đặt lại tên cho cháu' },
  ]);
  const last = (await hub.events(submitted.body.maHoSo)).at(-1);
  expect(last).toMatchObject({ loaiSuKien: 'HO_SO_DA_RUT', trangThaiHoSo: 7 });
});

it('answers 409 DOSSIER_NOT_WITHDRAWABLE once the birth is registered', async () => {
  const { hub, population } = await sandbox();
  const submitted = await hub.submit(group1Submission(population).submission);
  expect(legOf(submitted.body, 'KS').trangThai).toBe('HOAN_THANH');

  const answer = await hub.withdraw(submitted.body.maHoSo, 'Muốn rút sau khi đã đăng ký');

  expect(answer.status).toBe(409);
  expect(answer.body.code).toBe('DOSSIER_NOT_WITHDRAWABLE');
  expect((await hub.get(submitted.body.maHoSo)).trangThai).not.toBe(7);
});

it('stops the whole group when the birth registration is refused', async () => {
  const { hub, population } = await sandbox();

  const submitted = await hub.submit(group1Submission(population).submission, {
    prefer: 'outcome=refuse',
  });

  expect(submitted.body.trangThai).toBe(8);
  expect(legOf(submitted.body, 'KS').trangThai).toBe('TU_CHOI');
  for (const ma of ['TT', 'BHYT', 'CC'] as const) {
    expect(legOf(submitted.body, ma)).toMatchObject({
      trangThai: 'DA_HUY',
      lyDo: [expect.objectContaining({ ma: 'HO_SO_DUNG_XU_LY' })],
    });
  }
  const types = (await hub.events(submitted.body.maHoSo)).map((e) => e.loaiSuKien);
  expect(types.slice(-2)).toEqual(['THU_TUC_CON_TU_CHOI', 'HO_SO_DUNG_XU_LY']);
});

it('marks the dossier 3 when the province does not accept it at intake', async () => {
  const { hub, population } = await sandbox();

  const submitted = await hub.submit(group1Submission(population).submission, {
    prefer: 'outcome=reject',
  });

  const dossier = await hub.get(submitted.body.maHoSo);
  expect(dossier.trangThai).toBe(3);
  expect(dossier.lyDo?.length).toBeGreaterThan(0);
  expect(new Set(Object.values(legStatuses(dossier)))).toEqual(new Set(['DA_HUY']));
});

it('keeps the birth and the health card but cancels the ID card when residence is refused', async () => {
  const { hub, sandboxId, population } = await sandbox();
  await refuseEvery(sandboxId, 'cutruRegisterPermanentResidence', 'CHU_HO_CHUA_DONG_Y');

  const submitted = await hub.submit(group1Submission(population).submission);

  const dossier = await hub.get(submitted.body.maHoSo);
  expect(legStatuses(dossier)).toEqual({
    KS: 'HOAN_THANH',
    TT: 'TU_CHOI',
    BHYT: 'HOAN_THANH',
    CC: 'DA_HUY',
  });
  expect(legOf(dossier, 'TT').lyDo).toEqual([
    expect.objectContaining({ ma: 'CHU_HO_CHUA_DONG_Y' }),
  ]);
  expect(legOf(dossier, 'CC').lyDo).toEqual([
    expect.objectContaining({ ma: 'THU_TUC_TIEN_QUYET_KHONG_THANH' }),
  ]);
  expect([9, 10]).toContain(dossier.trangThai);
  const results = await hub.call(`/ho-so/${encodeURIComponent(dossier.maHoSo)}/ket-qua`);
  const kinds = (results.body.danhSach as { loaiGiayTo: string }[]).map((r) => r.loaiGiayTo);
  expect(kinds).toEqual(expect.arrayContaining(['GIAY_KHAI_SINH', 'THE_BHYT']));
  expect(kinds).not.toContain('THONG_BAO_KET_QUA_CU_TRU');
  expect(kinds).not.toContain('THE_CAN_CUOC');
});

it('finishes the rest of a birth dossier when the health card is refused', async () => {
  const { hub, sandboxId, population } = await sandbox();
  await refuseEvery(sandboxId, 'bhxhIssueChildCard');

  const submitted = await hub.submit(group1Submission(population).submission);
  await advance(app, sandboxId, { workingDays: 8 });

  const dossier = await hub.get(submitted.body.maHoSo);
  expect(legStatuses(dossier)).toEqual({
    KS: 'HOAN_THANH',
    TT: 'HOAN_THANH',
    BHYT: 'TU_CHOI',
    CC: 'HOAN_THANH',
  });
  expect([9, 10]).toContain(dossier.trangThai);
});

it('finishes the rest of a birth dossier when the ID card is refused', async () => {
  const { hub, sandboxId, population } = await sandbox();
  await refuseEvery(sandboxId, 'dancuApplyIdCard');

  const submitted = await hub.submit(group1Submission(population).submission);
  await advance(app, sandboxId, { workingDays: 8 });

  const dossier = await hub.get(submitted.body.maHoSo);
  expect(legStatuses(dossier)).toEqual({
    KS: 'HOAN_THANH',
    TT: 'HOAN_THANH',
    BHYT: 'HOAN_THANH',
    CC: 'TU_CHOI',
  });
  expect([9, 10]).toContain(dossier.trangThai);
});

it('stops the whole death group when the death registration is refused', async () => {
  const { hub, population } = await sandbox();

  const submitted = await hub.submit(deathForm(population), { prefer: 'outcome=refuse' });

  expect(submitted.body.trangThai).toBe(8);
  expect(legStatuses(submitted.body)).toEqual({
    KT: 'TU_CHOI',
    XTT: 'DA_HUY',
    MT: 'DA_HUY',
    TU: 'DA_HUY',
  });
  expect((await hub.events(submitted.body.maHoSo)).at(-1)?.loaiSuKien).toBe('HO_SO_DUNG_XU_LY');
});

it('pays the benefits even when deregistration is refused', async () => {
  const { hub, sandboxId, population } = await sandbox();
  await refuseEvery(
    sandboxId,
    'cutruDeregisterPermanentResidence',
    'THONG_TIN_KHONG_KHOP_CSDL_DAN_CU',
  );

  const submitted = await hub.submit(deathForm(population));

  const dossier = await hub.get(submitted.body.maHoSo);
  expect(legStatuses(dossier)).toEqual({
    KT: 'HOAN_THANH',
    XTT: 'TU_CHOI',
    MT: 'HOAN_THANH',
    TU: 'HOAN_THANH',
  });
  expect(legOf(dossier, 'XTT').lyDo).toEqual([
    expect.objectContaining({ ma: 'THONG_TIN_KHONG_KHOP_CSDL_DAN_CU' }),
  ]);
  expect([9, 10]).toContain(dossier.trangThai);
});

it('refuses the funeral allowance of a deceased who never paid social insurance', async () => {
  const { hub, population } = await sandbox();
  const uninsured = (population.byTrait.get('DECEASED_PENDING_REGISTRATION') ?? []).find((p) => {
    const spouse = population.byId.get(p.spouseId ?? '');
    return (
      !population.insuranceByPerson.has(p.id) &&
      p.permanentAddress !== null &&
      spouse?.death === null &&
      spouse.vneid.level === 2
    );
  });
  if (!uninsured) throw new Error('no uninsured deceased with a spouse');
  const spouse = population.byId.get(uninsured.spouseId ?? '');
  if (!spouse) throw new Error('no spouse');
  const form = group2Submission(uninsured, spouse, spouse.sex === 'FEMALE' ? 'VO' : 'CHONG', {
    mt: 'MAI_TANG_BHXH',
  });

  const submitted = await hub.submit(form);

  const dossier = await hub.get(submitted.body.maHoSo);
  expect(legOf(dossier, 'MT')).toMatchObject({
    trangThai: 'TU_CHOI',
    lyDo: [expect.objectContaining({ ma: 'KHONG_THUOC_DOI_TUONG' })],
  });
  expect(legStatuses(dossier)).toMatchObject({ KT: 'HOAN_THANH', XTT: 'HOAN_THANH' });
  expect([9, 10]).toContain(dossier.trangThai);
});

it('keeps the funeral allowance when the survivor benefit is refused', async () => {
  const { hub, sandboxId, population } = await sandbox();
  const form = deathForm(population);
  // Rules apply oldest first: the first claim (the funeral allowance) is accepted, the second
  // (the survivor benefit, started after it) refused.
  await putFault(app, sandboxId, 'accept-funeral', {
    match: { operationId: 'bhxhClaimDeathBenefits' },
    effect: { kind: 'outcome', outcome: 'accept' },
    maxCount: 1,
  });
  await putFault(app, sandboxId, 'refuse-survivor', {
    match: { operationId: 'bhxhClaimDeathBenefits' },
    effect: {
      kind: 'outcome',
      outcome: 'refuse',
      reason: { ma: 'KHONG_DU_THOI_GIAN_DONG', moTa: 'Chưa đủ thời gian đóng' },
    },
  });

  const submitted = await hub.submit(form);

  const dossier = await hub.get(submitted.body.maHoSo);
  expect(legStatuses(dossier)).toEqual({
    KT: 'HOAN_THANH',
    XTT: 'HOAN_THANH',
    MT: 'HOAN_THANH',
    TU: 'TU_CHOI',
  });
  expect(legOf(dossier, 'TU').lyDo).toEqual([
    expect.objectContaining({ ma: 'KHONG_DU_THOI_GIAN_DONG' }),
  ]);
  expect([9, 10]).toContain(dossier.trangThai);
});
