/**
 * The processing profiles of a sandbox: in `manual` the agency legs wait as pending steps until
 * an officer decides them through the control plane; in `realistic` they are decided on the
 * sandbox clock at a share of their legal limit. (The civil-status leg goes through the province,
 * which registers the birth the same working day in every profile.)
 * @see specs/sandbox.yaml `sandboxListPendingSteps`, `sandboxDecideStep`, `ProcessingProfile`;
 * docs/decisions/0007-hub-orchestration.md §4
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { group1Submission } from '../support/hub.js';
import {
  advance,
  control,
  createSandbox,
  hubClient,
  legOf,
  legStatuses,
  present,
  type HubClient,
} from '../support/hub-client.js';
import { startSandboxApp } from '../support/sandbox-app.js';
import type { App } from '../support/control-plane.js';

const CLOCK_START = '2026-09-15T09:30:00+07:00';
const OFFICER = 'cb.cutru.38012';

interface PendingStep {
  stepId: string;
  maHoSo: string;
  leg: string;
  system: string;
  operationId: string;
  deadline: string;
}

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

/** A birth dossier in a sandbox of the given profile. */
async function birthDossier(
  processingProfile:
    { profile: 'manual' } | { profile: 'realistic'; realistic?: { fractionOfLimit: number } },
): Promise<{ hub: HubClient; sandboxId: string; maHoSo: string }> {
  const { sandboxId, population } = await createSandbox(app, {
    clockStart: CLOCK_START,
    processingProfile,
  });
  const hub = await hubClient(app, sandboxId);
  const submitted = await hub.submit(group1Submission(population).submission);
  expect(submitted.status).toBe(201);
  return { hub, sandboxId, maHoSo: submitted.body.maHoSo };
}

async function pendingSteps(sandboxId: string): Promise<PendingStep[]> {
  const answer = await control<{ items: PendingStep[] }>(
    app,
    'GET',
    `/sandboxes/${sandboxId}/pending-steps`,
  );
  expect(answer.status).toBe(200);
  return answer.body.items;
}

async function decide(
  sandboxId: string,
  step: PendingStep,
  decision: string,
  reasons: object[] = [],
) {
  return control(app, 'POST', `/sandboxes/${sandboxId}/pending-steps/${step.stepId}/decision`, {
    decision,
    reasons,
    officerId: OFFICER,
  });
}

async function stepOf(sandboxId: string, leg: string): Promise<PendingStep> {
  const step = (await pendingSteps(sandboxId)).find((s) => s.leg === leg);
  if (!step) throw new Error(`no pending step for ${leg}`);
  return step;
}

it('leaves residence and the health card waiting for an officer in the manual profile', async () => {
  const { hub, sandboxId, maHoSo } = await birthDossier({ profile: 'manual' });

  const dossier = await hub.get(maHoSo);
  const steps = await pendingSteps(sandboxId);

  expect(legStatuses(dossier)).toEqual({
    KS: 'HOAN_THANH',
    TT: 'DANG_XU_LY',
    BHYT: 'DANG_XU_LY',
    CC: 'CHO_XU_LY',
  });
  expect(steps.map((s) => [s.leg, s.system, s.operationId])).toEqual([
    ['TT', 'cutru', 'cutruRegisterPermanentResidence'],
    ['BHYT', 'bhxh', 'bhxhIssueChildCard'],
  ]);
  expect(steps[0]).toMatchObject({
    maHoSo: `${maHoSo}-TT`,
    deadline: legOf(dossier, 'TT').hanXuLy,
  });
});

it('completes a leg an officer approves, and opens the step of the leg that waited for it', async () => {
  const { hub, sandboxId, maHoSo } = await birthDossier({ profile: 'manual' });

  const decided = await decide(sandboxId, await stepOf(sandboxId, 'TT'), 'approve');

  expect(decided.status).toBe(200);
  expect(decided.body).toMatchObject({
    leg: 'TT',
    decision: 'approve',
    legStatus: 'HOAN_THANH',
    officerId: OFFICER,
  });
  const dossier = await hub.get(maHoSo);
  expect(legOf(dossier, 'TT').ketQua).toEqual([
    expect.objectContaining({ loaiGiayTo: 'THONG_BAO_KET_QUA_CU_TRU' }),
  ]);
  expect(legOf(dossier, 'CC').trangThai).toBe('DANG_XU_LY');
  expect((await pendingSteps(sandboxId)).map((s) => s.leg)).toEqual(['BHYT', 'CC']);
});

it('refuses a leg with the officer’s reasons', async () => {
  const { hub, sandboxId, maHoSo } = await birthDossier({ profile: 'manual' });
  const reasons = [{ ma: 'CHU_HO_CHUA_DONG_Y', moTa: 'Chủ hộ chưa xác nhận đồng ý trên VNeID' }];

  const decided = await decide(sandboxId, await stepOf(sandboxId, 'TT'), 'refuse', reasons);

  expect(decided.body.legStatus).toBe('TU_CHOI');
  const dossier = await hub.get(maHoSo);
  expect(legOf(dossier, 'TT').lyDo).toEqual(reasons);
  expect(legOf(dossier, 'CC').trangThai).toBe('DA_HUY');
  expect(legOf(dossier, 'BHYT').trangThai).toBe('DANG_XU_LY');
});

it('asks the citizen for a supplement when the officer requests one', async () => {
  const { hub, sandboxId, maHoSo } = await birthDossier({ profile: 'manual' });
  const reasons = [
    { ma: 'THIEU_THONG_TIN_NOI_KCB', moTa: 'Thiếu thông tin nơi khám chữa bệnh ban đầu' },
  ];

  const decided = await decide(
    sandboxId,
    await stepOf(sandboxId, 'BHYT'),
    'requestSupplement',
    reasons,
  );

  expect(decided.body.legStatus).toBe('YEU_CAU_BO_SUNG');
  const dossier = await hub.get(maHoSo);
  expect(dossier.trangThai).toBe(5);
  expect(dossier.yeuCauBoSung).toMatchObject({ thuTucCon: 'BHYT', lyDo: reasons });
});

it('opens a new step for the leg once the citizen supplies what the officer asked for', async () => {
  const { hub, sandboxId, maHoSo } = await birthDossier({ profile: 'manual' });
  const reasons = [
    { ma: 'THIEU_THONG_TIN_NOI_KCB', moTa: 'Thiếu thông tin nơi khám chữa bệnh ban đầu' },
  ];
  const asked = await stepOf(sandboxId, 'BHYT');
  await decide(sandboxId, asked, 'requestSupplement', reasons);

  const supplied = await hub.supplement(maHoSo, {
    noiDung: 'Bổ sung nơi khám chữa bệnh ban đầu',
    bhyt: { noiKcbBanDau: { maCoSoKcb: '38001', tenCoSoKcb: 'Bệnh viện Đa khoa tỉnh' } },
  });

  expect(supplied.status, JSON.stringify(supplied.body)).toBe(200);
  expect(legOf(supplied.body, 'BHYT').trangThai).toBe('DANG_XU_LY');
  const again = await stepOf(sandboxId, 'BHYT');
  expect(again.stepId).not.toBe(asked.stepId);
  expect((await decide(sandboxId, again, 'approve')).body.legStatus).toBe('HOAN_THANH');
});

it('refuses only that leg when the citizen lets the officer’s supplement request expire', async () => {
  const { hub, sandboxId, maHoSo } = await birthDossier({ profile: 'manual' });
  const reasons = [
    { ma: 'THIEU_THONG_TIN_NOI_KCB', moTa: 'Thiếu thông tin nơi khám chữa bệnh ban đầu' },
  ];
  await decide(sandboxId, await stepOf(sandboxId, 'BHYT'), 'requestSupplement', reasons);

  await advance(app, sandboxId, { workingDays: 8 });

  const dossier = await hub.get(maHoSo);
  expect(legOf(dossier, 'BHYT')).toMatchObject({
    trangThai: 'TU_CHOI',
    lyDo: [expect.objectContaining({ ma: 'HET_HAN_BO_SUNG' })],
  });
  expect(dossier.trangThai).toBe(4);
  expect(legOf(dossier, 'TT').trangThai).toBe('DANG_XU_LY');
});

it('answers 409 to a step decided twice', async () => {
  const { sandboxId } = await birthDossier({ profile: 'manual' });
  const step = await stepOf(sandboxId, 'BHYT');
  await decide(sandboxId, step, 'approve');

  const again = await decide(sandboxId, step, 'approve');

  expect(again.status).toBe(409);
  expect(again.body.code).toBe('STEP_ALREADY_DECIDED');
});

it('answers 422 to a refusal without reasons and leaves the step pending', async () => {
  const { sandboxId } = await birthDossier({ profile: 'manual' });
  const step = await stepOf(sandboxId, 'TT');

  const answer = await decide(sandboxId, step, 'refuse', []);

  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('REASONS_REQUIRED');
  expect((await pendingSteps(sandboxId)).map((s) => s.stepId)).toContain(step.stepId);
});

it('decides nothing at submission in the realistic profile', async () => {
  const { hub, maHoSo } = await birthDossier({ profile: 'realistic' });

  const dossier = await hub.get(maHoSo);

  expect(legStatuses(dossier)).toEqual({
    KS: 'HOAN_THANH',
    TT: 'DANG_XU_LY',
    BHYT: 'DANG_XU_LY',
    CC: 'CHO_XU_LY',
  });
  expect(legOf(dossier, 'TT').ketQua).toBeUndefined();
  expect(legOf(dossier, 'BHYT').ketQua).toBeUndefined();
});

it('completes the legs at their share of the limit as the clock advances, within their due time', async () => {
  const { hub, sandboxId, maHoSo } = await birthDossier({
    profile: 'realistic',
    realistic: { fractionOfLimit: 0.5 },
  });
  // Residence and the health card are due on 17/09 at 17:00; half-way is 16/09 at 13:15.
  await advance(app, sandboxId, { duration: 'PT24H' });
  expect(legStatuses(await hub.get(maHoSo))).toMatchObject({
    TT: 'DANG_XU_LY',
    BHYT: 'DANG_XU_LY',
  });

  const moved = await advance(app, sandboxId, { duration: 'PT6H' });

  expect(moved.body.fired.stepsDecided).toBeGreaterThanOrEqual(2);
  const dossier = await hub.get(maHoSo);
  for (const ma of ['TT', 'BHYT'] as const) {
    const leg = legOf(dossier, ma);
    expect(leg.trangThai).toBe('HOAN_THANH');
    expect(leg.thoiDiemKetThuc).toBe('2026-09-16T13:15:00+07:00');
    expect(Date.parse(present(leg.thoiDiemKetThuc, 'thoiDiemKetThuc'))).toBeLessThan(
      Date.parse(present(leg.hanXuLy, 'hanXuLy')),
    );
  }
  expect(legOf(dossier, 'CC').trangThai).toBe('DANG_XU_LY');
});

it('finishes the dossier in the realistic profile once the clock passes every leg', async () => {
  const { hub, sandboxId, maHoSo } = await birthDossier({ profile: 'realistic' });

  await advance(app, sandboxId, { workingDays: 15 });

  const dossier = await hub.get(maHoSo);
  expect(dossier.trangThai).toBe(10);
  expect(new Set(Object.values(legStatuses(dossier)))).toEqual(new Set(['HOAN_THANH']));
  for (const leg of dossier.thuTucCon) {
    expect(Date.parse(present(leg.thoiDiemKetThuc, 'thoiDiemKetThuc'))).toBeLessThanOrEqual(
      Date.parse(present(leg.hanXuLy, 'hanXuLy')),
    );
  }
  expect(dossier.phieuXinLoi).toBeUndefined();
});
