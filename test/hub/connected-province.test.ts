/**
 * A sandbox connected to a real provincial one-stop system (here a stub on 127.0.0.1 written to
 * `specs/tinh.yaml`): the hub pushes the dossier there, the province reports the civil-status
 * outcome back through the hub API, and the control plane shows every push attempt with the
 * check of the province's answer against its contract.
 * @see specs/tinh.yaml; specs/lienthong.yaml `lienthongReportLegResult`; specs/sandbox.yaml
 * `sandboxListProvinceExchanges`; docs/decisions/0007-hub-orchestration.md §5
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { birthRequest } from '../../mocks/hotich/test-requests.js';
import { group1Submission, newbornFamily } from '../support/hub.js';
import {
  advance,
  control,
  createSandbox,
  hubClient,
  legOf,
  legStatuses,
  newKey,
  OFFICER,
} from '../support/hub-client.js';
import { startSandboxApp } from '../support/sandbox-app.js';
import { sendJson, startFakeUpstream, type ReceivedRequest } from '../support/upstream-server.js';
import type { App } from '../support/control-plane.js';

const CLOCK_START = '2026-09-15T09:30:00+07:00';

interface Exchange {
  exchangeId: string;
  operationId: string;
  maHoSo: string;
  attempt: number;
  responseStatus: number | null;
  transportError: string | null;
  latencyMs: number;
  contractValidation: { outcome: string; violations: { pointer: string; code: string }[] };
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

/** A stub province answering the dossier push with `receipt(push)`, every other push with 202/204. */
async function startProvince(receipt: (push: { hoSo: { maHoSo: string } }) => unknown) {
  let counter = 0;
  return startFakeUpstream((res: ServerResponse, request: ReceivedRequest) => {
    if (request.method === 'POST' && request.url === '/tinh/v1/ho-so') {
      counter += 1;
      const push = JSON.parse(request.body) as { hoSo: { maHoSo: string } };
      sendJson(res, 202, receipt(push));
      return;
    }
    if (request.url === '/tinh/v1/su-kien') {
      res.writeHead(204).end();
      return;
    }
    // A supplement or a withdrawal: the ProvinceAck of the contract.
    const maHoSo = decodeURIComponent(request.url.split('/')[4] ?? '');
    sendJson(res, 202, { maHoSo, maHoSoTinh: `TH-${counter}`, thoiDiemNhan: CLOCK_START });
  });
}

/** The receipt the contract asks for. */
const receiptOf = (push: { hoSo: { maHoSo: string } }) => ({
  maHoSo: push.hoSo.maHoSo,
  maHoSoTinh: `TH-${push.hoSo.maHoSo.slice(-4)}`,
  soBienNhan: `38-2026-0915-${push.hoSo.maHoSo.slice(-4)}`,
  thoiDiemNhan: CLOCK_START,
});

/** A connected sandbox pointing at `baseUrl`, a hub client in it and a group-1 e-form. */
async function connectedSandbox(baseUrl: string) {
  const { sandboxId, population } = await createSandbox(app, {
    clockStart: CLOCK_START,
    provinceMode: 'connected',
    provinceBaseUrl: baseUrl,
  });
  const hub = await hubClient(app, sandboxId);
  const family = newbornFamily(population);
  return {
    sandboxId,
    hub,
    family,
    submission: group1Submission(population, { family }).submission,
  };
}

async function exchanges(sandboxId: string, query = ''): Promise<Exchange[]> {
  const answer = await control<{ items: Exchange[] }>(
    app,
    'GET',
    `/sandboxes/${sandboxId}/province-exchanges${query}`,
  );
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.items;
}

it('pushes the dossier to the connected province and proceeds on the province’s report', async () => {
  await using province = await startProvince(receiptOf);
  const { sandboxId, hub, family, submission } = await connectedSandbox(province.url);
  const submitted = await hub.submit(submission);
  const maHoSo = submitted.body.maHoSo;
  expect(legOf(submitted.body, 'KS').trangThai).toBe('DANG_XU_LY');
  const push = province.received.find((r) => r.url === '/tinh/v1/ho-so');
  expect(push?.headers.authorization).toMatch(/^Bearer /);
  expect(JSON.parse(push?.body ?? '{}')).toMatchObject({
    hoSo: { maHoSo },
    noiDung: { nhomThuTuc: 'NHOM_1' },
  });

  // The province registers the birth with the civil-status software, then reports it to the hub.
  const request = { ...birthRequest(family.mother, family.certificate), maHoSo: `${maHoSo}-KS` };
  const registered = await fetch(`${app.url}/hotich/v1/khai-sinh`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await app.token('tinh-demo')}`,
      'content-type': 'application/json',
      'x-officer-id': OFFICER,
      'x-sandbox-id': sandboxId,
      'idempotency-key': newKey('khai-sinh'),
    },
    body: JSON.stringify(request),
  });
  const registration = (await registered.json()) as {
    maDangKy: string;
    soDinhDanh: string;
    giayKhaiSinh: unknown;
  };
  expect(registered.status, JSON.stringify(registration)).toBe(201);
  const reported = await hub.call(`/ho-so/${encodeURIComponent(maHoSo)}/thu-tuc-con/KS/ket-qua`, {
    body: {
      ketQua: 'HOAN_THANH',
      thoiDiem: CLOCK_START,
      maDangKy: registration.maDangKy,
      soDinhDanh: registration.soDinhDanh,
      giayTo: [registration.giayKhaiSinh],
    },
    headers: { 'idempotency-key': newKey('report') },
  });

  expect(reported.status, JSON.stringify(reported.body)).toBe(200);
  const dossier = await hub.get(maHoSo);
  expect(legOf(dossier, 'KS')).toMatchObject({
    trangThai: 'HOAN_THANH',
    soDinhDanh: registration.soDinhDanh,
  });
  expect(legStatuses(dossier)).toMatchObject({
    TT: 'HOAN_THANH',
    BHYT: 'HOAN_THANH',
    CC: 'DANG_XU_LY',
  });
  const [exchange] = await exchanges(sandboxId, '?operationId=tinhReceiveDossier');
  expect(exchange).toMatchObject({
    maHoSo,
    attempt: 1,
    responseStatus: 202,
    transportError: null,
    contractValidation: { outcome: 'VALID', violations: [] },
  });
  expect(exchange?.latencyMs).toBeGreaterThanOrEqual(0);
  // Every push is logged: the dossier, then each event of it.
  const all = await exchanges(sandboxId);
  expect(all.filter((e) => e.operationId === 'tinhReceiveEvent').length).toBe(
    (await hub.events(maHoSo)).length,
  );
  for (const e of all) {
    expect(e).toMatchObject({ responseStatus: expect.any(Number), transportError: null });
    expect(e.latencyMs).toBeGreaterThanOrEqual(0);
  }
});

it('apologises for a dossier the connected province never reports on', async () => {
  await using province = await startProvince(receiptOf);
  const { sandboxId, hub, submission } = await connectedSandbox(province.url);
  const submitted = await hub.submit(submission);

  await advance(app, sandboxId, { workingDays: 1 });

  const dossier = await hub.get(submitted.body.maHoSo);
  expect(legOf(dossier, 'KS').trangThai).toBe('DANG_XU_LY');
  expect(dossier.phieuXinLoi?.lyDo).toEqual([
    expect.objectContaining({ ma: 'THU_TUC_CON_QUA_HAN' }),
  ]);
  const types = (await hub.events(submitted.body.maHoSo)).map((e) => e.loaiSuKien);
  expect(types).toContain('HO_SO_QUA_HAN');
});

it('passes a supplement the province asked for, then the withdrawal, on to the province', async () => {
  await using province = await startProvince(receiptOf);
  const { sandboxId, hub, submission } = await connectedSandbox(province.url);
  const maHoSo = (await hub.submit(submission)).body.maHoSo;
  const asked = await hub.call(`/ho-so/${encodeURIComponent(maHoSo)}/thu-tuc-con/KS/ket-qua`, {
    body: {
      ketQua: 'YEU_CAU_BO_SUNG',
      thoiDiem: CLOCK_START,
      lyDo: [{ ma: 'THIEU_GIAY_CHUNG_NHAN_KET_HON', moTa: 'Thiếu giấy chứng nhận kết hôn' }],
      noiDungBoSung: 'Bổ sung giấy chứng nhận kết hôn của cha mẹ',
    },
    headers: { 'idempotency-key': newKey('report') },
  });
  expect(asked.status, JSON.stringify(asked.body)).toBe(200);
  expect((await hub.get(maHoSo)).yeuCauBoSung?.hanBoSung).toBe('2026-09-24T17:00:00+07:00');

  const supplied = await hub.supplement(maHoSo, {
    noiDung: 'Bổ sung giấy chứng nhận kết hôn',
    giayChungNhanKetHon: {
      so: '12',
      quyenSo: '01/2023',
      ngayDangKy: '2023-10-20',
      noiDangKy: 'UBND phường Hàm Rồng',
    },
  });
  const withdrawn = await hub.withdraw(maHoSo, 'Gia đình muốn nộp lại hồ sơ');

  expect(supplied.body.trangThai).toBe(4);
  expect(withdrawn.body.trangThai).toBe(7);
  const pushes = (await exchanges(sandboxId, `?maHoSo=${encodeURIComponent(maHoSo)}`))
    .filter((e) => e.operationId !== 'tinhReceiveEvent')
    .map((e) => [e.operationId, e.responseStatus, e.contractValidation.outcome]);
  expect(pushes.reverse()).toEqual([
    ['tinhReceiveDossier', 202, 'VALID'],
    ['tinhReceiveSupplement', 202, 'VALID'],
    ['tinhReceiveWithdrawal', 202, 'VALID'],
  ]);
});

it('logs an answer outside the tinh contract as INVALID and pushes again later', async () => {
  // A receipt without its required maHoSoTinh and soBienNhan.
  await using province = await startProvince((push) => ({ maHoSo: push.hoSo.maHoSo }));
  const { sandboxId, hub, submission } = await connectedSandbox(province.url);
  const submitted = await hub.submit(submission);
  const maHoSo = submitted.body.maHoSo;

  const [first] = await exchanges(sandboxId, '?operationId=tinhReceiveDossier');
  expect(first).toMatchObject({ maHoSo, attempt: 1, responseStatus: 202 });
  expect(first?.contractValidation.outcome).toBe('INVALID');
  expect(first?.contractValidation.violations.length).toBeGreaterThan(0);
  expect(legOf(await hub.get(maHoSo), 'KS').trangThai).toBe('DANG_XU_LY');

  await advance(app, sandboxId, { duration: 'PT2M' });

  const attempts = await exchanges(
    sandboxId,
    `?operationId=tinhReceiveDossier&maHoSo=${encodeURIComponent(maHoSo)}`,
  );
  expect(attempts.map((e) => e.attempt).sort()).toEqual([1, 2]);
  expect((await exchanges(sandboxId, '?outcome=INVALID')).length).toBeGreaterThanOrEqual(2);
  expect(province.received.filter((r) => r.url === '/tinh/v1/ho-so')).toHaveLength(2);
});

it('logs a province that cannot be reached as a transport error', async () => {
  const closed = await startFakeUpstream((res) => res.end());
  const url = closed.url;
  await closed[Symbol.asyncDispose]();
  const { sandboxId, hub, submission } = await connectedSandbox(url);

  const submitted = await hub.submit(submission);

  const [exchange] = await exchanges(sandboxId);
  expect(exchange).toMatchObject({
    maHoSo: submitted.body.maHoSo,
    attempt: 1,
    responseStatus: null,
    transportError: 'CONNECTION_REFUSED',
    contractValidation: { outcome: 'NOT_CHECKED' },
  });
});
