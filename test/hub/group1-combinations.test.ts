/**
 * Every group-1 combination walked to completion in the instant profile, in both regimes, with
 * the final state read back from each register: the child's ID number in dancu, permanent
 * residence in cutru, the TE1 card at BHXH, the ID card (2026), and the dossier's numbered events
 * and signed results.
 * @see DOMAIN.md §3 "Combinations", §6.1, §6.2, §7; specs/lienthong.yaml
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { childCardValidity, parsePersonalId } from '../../mocks/domain/identifiers/index.js';
import { DEFAULT_POLICY_CONFIG } from '../../gateway/policy/index.js';
import type { App } from '../support/control-plane.js';
import { group1Submission, type Group1Submission } from '../support/hub.js';
import {
  advance,
  createSandbox,
  hubClient,
  legOf,
  legStatuses,
  type HubClient,
  type LinkedDossier,
} from '../support/hub-client.js';
import {
  auditCode,
  publicKeys,
  registers,
  resultsOf,
  verifiedPayload,
} from '../support/hub-registers.js';
import { startSandboxApp } from '../support/sandbox-app.js';

/** Regime ND301_2026 (3.000722) and regime ND63_2024 (2.000986). */
const ND301 = '2026-09-15T09:30:00+07:00';
const ND63 = '2026-08-17T09:30:00+07:00';

const UNTHROTTLED = {
  rate: {
    ...DEFAULT_POLICY_CONFIG.rate,
    client: { capacity: 100_000, perMs: 1_000 },
    officerMinute: { capacity: 100_000, perMs: 1_000 },
    officerDay: { capacity: 100_000, perMs: 1_000 },
  },
};

let apps: Record<string, App>;

beforeAll(async () => {
  const start = (now: string) =>
    startSandboxApp({
      now: () => new Date(now),
      config: { populationSize: 3000 },
      policy: UNTHROTTLED,
    });
  const [a, b] = await Promise.all([start(ND301), start(ND63)]);
  apps = { [ND301]: a, [ND63]: b };
});

afterAll(async () => {
  await Promise.all(Object.values(apps).map((app) => app[Symbol.asyncDispose]()));
});

/** A sandbox of the regime's app, instant profile, its clock at the app's `now`. */
async function sandboxAt(now: string, config: Record<string, unknown> = {}) {
  const app = apps[now] as App;
  const { sandboxId, population } = await createSandbox(app, {
    clockStart: now,
    processingProfile: { profile: 'instant' },
    config,
  });
  return { app, sandboxId, population, hub: await hubClient(app, sandboxId) };
}

/** Submits the e-form and expects it accepted. */
async function submitted(hub: HubClient, submission: Group1Submission): Promise<LinkedDossier> {
  const answer = await hub.submit(submission);
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body;
}

/** The province code of a dossier (`000.00.00.H80-…` → `80`). */
function provinceOf(dossier: LinkedDossier): string {
  return /\.H(\d{2})-/.exec(dossier.maHoSo)?.[1] ?? '';
}

/** Events numbered 1..n without gaps, and every result listed, fetched and verifiably signed. */
async function expectEventsAndResults(app: App, hub: HubClient, dossier: LinkedDossier) {
  const events = await hub.events(dossier.maHoSo);
  expect(events.map((e) => e.soThuTu)).toEqual(events.map((_, i) => i + 1));
  expect(events[0]?.loaiSuKien).toBe('HO_SO_DA_TIEP_NHAN');
  expect(events.at(-1)).toMatchObject({ loaiSuKien: 'HO_SO_HOAN_THANH', trangThaiHoSo: 10 });

  const { listed, fetched } = await resultsOf(hub, dossier.maHoSo);
  const expected = dossier.thuTucCon.flatMap((l) => (l.ketQua ?? []).map((k) => k.maGiayTo));
  expect(listed.map((r) => r.maGiayTo).sort()).toEqual([...expected].sort());
  const keys = await publicKeys(app);
  for (const document of fetched) {
    const payload = verifiedPayload(document.jws, keys);
    expect(payload, `signature of ${document.maGiayTo}`).toBeDefined();
    expect(payload).toMatchObject({ maGiayTo: document.maGiayTo, loaiGiayTo: document.loaiGiayTo });
  }
  return fetched;
}

/** What the registers show of the child: ID number, dancu entry, residence, BHYT card. */
async function expectChildRegistered(
  app: App,
  sandboxId: string,
  dossier: LinkedDossier,
  submission: Group1Submission,
  options: { readonly residence: boolean },
) {
  const child = legOf(dossier, 'KS').soDinhDanh ?? '';
  const id = parsePersonalId(child);
  if (!id.ok) throw new Error(`${child}: ${id.error.code}`);
  const birthYear = Number(submission.treEm.ngaySinh.slice(0, 4));
  expect(id.value).toMatchObject({
    provinceCode: `0${provinceOf(dossier)}`,
    century: 2000,
    birthYear,
    sex: submission.treEm.gioiTinh,
  });

  const agencies = await registers(app, sandboxId);
  const citizen = await agencies.citizen(child, 'KHAI_SINH', auditCode(dossier.maHoSo, 'KS'));
  expect(citizen.status).toBe(200);
  expect(citizen.body).toMatchObject({
    soDinhDanh: child,
    hoTen: submission.treEm.hoTen,
    ngaySinh: submission.treEm.ngaySinh,
    meta: { trangThaiSong: 'CON_SONG' },
  });

  if (options.residence) {
    const residence = await agencies.residence(
      child,
      'DK_THUONG_TRU',
      auditCode(dossier.maHoSo, 'TT'),
    );
    expect(residence.body).toMatchObject({
      soDinhDanh: child,
      trangThai: 'CO_THUONG_TRU',
      thuongTru: {
        diaChi: { maXa: submission.thuongTru?.diaChi.maXa },
        quanHeVoiChuHo: submission.thuongTru?.chuHo.quanHeVoiChuHo,
      },
    });
  }

  const cardNumber = legOf(dossier, 'BHYT').ketQua?.[0]?.maGiayTo ?? '';
  expect(cardNumber).toMatch(/^TE1\d{12}$/);
  const card = await agencies.healthCard(cardNumber);
  const validity = childCardValidity(submission.treEm.ngaySinh);
  expect(card.body).toMatchObject({
    maTheBhyt: cardNumber,
    hoTen: submission.treEm.hoTen,
    maDoiTuong: 'TE',
    mucHuong: 1,
    giaTriTu: validity.from,
    giaTriDen: validity.to,
    trangThai: 'CON_HIEU_LUC',
  });
  return child;
}

it('completes birth, residence, BHYT and the ID card under Decree 301 once the card’s appointment comes', async () => {
  const { app, sandboxId, population, hub } = await sandboxAt(ND301);
  const { submission } = group1Submission(population);
  const first = await submitted(hub, submission);
  expect(first.maTTHC).toBe('3.000722');
  expect(legStatuses(first)).toEqual({
    KS: 'HOAN_THANH',
    TT: 'HOAN_THANH',
    BHYT: 'HOAN_THANH',
    CC: 'DANG_XU_LY',
  });

  const cardDue = legOf(first, 'CC').hanXuLy ?? '';
  await advance(app, sandboxId, { workingDays: 8 });
  const dossier = await hub.get(first.maHoSo);

  expect(dossier.trangThai).toBe(10);
  expect(legStatuses(dossier)).toEqual({
    KS: 'HOAN_THANH',
    TT: 'HOAN_THANH',
    BHYT: 'HOAN_THANH',
    CC: 'HOAN_THANH',
  });
  expect(legOf(dossier, 'CC').thoiDiemKetThuc).toBe(cardDue);
  // The ID card runs outside the group's 3 WD (DOMAIN.md §5): waiting for it is not overdue.
  expect(dossier.phieuXinLoi).toBeUndefined();
  const child = await expectChildRegistered(app, sandboxId, dossier, submission, {
    residence: true,
  });
  const documents = await expectEventsAndResults(app, hub, dossier);
  const idCard = documents.find((d) => d.loaiGiayTo === 'THE_CAN_CUOC');
  expect(idCard?.noiDung).toMatchObject({
    soThe: child,
    hoTen: submission.treEm.hoTen,
    ngaySinh: submission.treEm.ngaySinh,
  });
});

it('completes birth, residence and BHYT under Decree 63 on the day of submission', async () => {
  const { app, sandboxId, population, hub } = await sandboxAt(ND63);
  const { submission } = group1Submission(population, { maTTHC: '2.000986' });
  const dossier = await submitted(hub, submission);

  expect(dossier).toMatchObject({ maTTHC: '2.000986', cheDoPhapLy: 'ND63_2024', trangThai: 10 });
  expect(legStatuses(dossier)).toEqual({ KS: 'HOAN_THANH', TT: 'HOAN_THANH', BHYT: 'HOAN_THANH' });
  await expectChildRegistered(app, sandboxId, dossier, submission, { residence: true });
  const documents = await expectEventsAndResults(app, hub, dossier);
  expect(documents.map((d) => d.loaiGiayTo).sort()).toEqual([
    'GIAY_KHAI_SINH',
    'THE_BHYT',
    'THONG_BAO_KET_QUA_CU_TRU',
  ]);
});

for (const [regime, now, maTTHC] of [
  ['Decree 301', ND301, '3.000722'],
  ['Decree 63', ND63, '2.000986'],
] as const) {
  it(`completes birth and BHYT alone under ${regime} when the sandbox allows a partial group 1`, async () => {
    const { app, sandboxId, population, hub } = await sandboxAt(now, { allowPartialGroup1: true });
    const { submission: full } = group1Submission(population, {
      maTTHC,
      thuTucCon: ['KS', 'BHYT'],
    });
    const submission = Object.fromEntries(Object.entries(full).filter(([k]) => k !== 'thuongTru'));
    const dossier = await submitted(hub, submission as Group1Submission);

    expect(dossier.trangThai).toBe(10);
    expect(legStatuses(dossier)).toEqual({ KS: 'HOAN_THANH', BHYT: 'HOAN_THANH' });
    const child = await expectChildRegistered(app, sandboxId, dossier, full, { residence: false });
    const agencies = await registers(app, sandboxId);
    const residence = await agencies.residence(
      child,
      'DK_THUONG_TRU',
      auditCode(dossier.maHoSo, 'TT'),
    );
    expect(residence).toMatchObject({ status: 200, body: { trangThai: 'CHUA_DANG_KY' } });
    await expectEventsAndResults(app, hub, dossier);
  });

  it(`refuses birth and BHYT alone under ${regime} by default with COMBINATION_NOT_ALLOWED`, async () => {
    const { population, hub } = await sandboxAt(now);
    const { submission } = group1Submission(population, { maTTHC, thuTucCon: ['KS', 'BHYT'] });
    const answer = await hub.submit(submission);

    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ code: 'COMBINATION_NOT_ALLOWED' });
  });
}
