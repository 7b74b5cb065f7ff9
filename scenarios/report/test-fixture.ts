/**
 * A hand-built run for the reporters' tests: one scenario passed, one failed on a broken
 * expectation (with its exchange, and text that must be escaped everywhere), one could not run.
 */
import type { Exchange, Failure, RunReport, ScenarioResult, TimelineEntry } from '../model.js';

/** A bearer token that must never appear in any report. */
export const SECRET_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.c2VjcmV0.c2lnbmF0dXJl';
/** Markup in a response body that every reporter must escape. */
export const HOSTILE = '</pre><script>alert("x")</script> & ]]> `|`';

const URL = 'http://127.0.0.1:41234/lienthong/v1/ho-so';

/** The exchange the broken expectation is about: a submission answered 400. */
export const EXCHANGE: Exchange = {
  request: {
    method: 'POST',
    url: URL,
    headers: {
      authorization: `Bearer ${SECRET_TOKEN}`,
      'content-type': 'application/json',
      'x-sandbox-id': 'sbx-failed',
    },
    body: { maTTHC: '1.001193', nguoiYeuCau: { hoTen: 'Lê Thị Hoa' } },
  },
  response: {
    status: 400,
    headers: { 'content-type': 'application/problem+json', date: 'Tue, 15 Sep 2026 02:30:00 GMT' },
    body: {
      type: 'urn:lienthong:problem:validation',
      title: 'Request does not honour the contract',
      status: 400,
      code: 'REQUEST_INVALID',
      detail: HOSTILE,
      errors: [{ pointer: '/body/treEm', code: 'REQUIRED', detail: 'treEm is required' }],
    },
  },
};

/** The first broken expectation: a status. */
export const STATUS_FAILURE: Failure = {
  at: 'steps/1',
  position: { file: 'scenarios/catalogue/broken.yaml', line: 14, column: 5 },
  expectation: 'status 201',
  expected: 201,
  actual: 400,
  exchange: EXCHANGE,
};

/** The second: a field with a structured value, so reporters can show a diff. */
export const FIELD_FAILURE: Failure = {
  at: 'then/0',
  position: { file: 'scenarios/catalogue/broken.yaml', line: 22, column: 5 },
  expectation: '/thuTucCon equals',
  expected: [
    { ma: 'KS', trangThai: 'HOAN_THANH' },
    { ma: 'TT', trangThai: 'HOAN_THANH' },
  ],
  actual: [
    { ma: 'KS', trangThai: 'HOAN_THANH' },
    { ma: 'TT', trangThai: 'TU_CHOI' },
  ],
};

/** A dossier's calls across systems, as the journal gives them. */
export const TIMELINE: TimelineEntry[] = [
  {
    at: '2026-09-15T09:30:00+07:00',
    system: 'lienthong',
    operationId: 'lienthongSubmitDossier',
    status: 201,
    maHoSo: 'H38-0001',
    clientId: 'tinh-demo',
  },
  {
    at: '2026-09-15T09:30:01+07:00',
    system: 'hotich',
    operationId: 'hotichRegisterBirth',
    status: 201,
    maHoSo: 'H38-0001',
    clientId: 'lienthong-hub',
  },
  {
    at: '2026-09-15T09:30:02+07:00',
    system: 'cutru',
    operationId: 'cutruRegisterPermanentResidence',
    status: 503,
    maHoSo: 'H38-0001',
    clientId: 'lienthong-hub',
  },
];

export const PASSED: ScenarioResult = {
  file: 'scenarios/catalogue/ok.yaml',
  title: 'Khai sinh liên thông đủ bốn thủ tục hoàn thành',
  tags: ['nhom-1', 'instant'],
  outcome: 'passed',
  sandboxId: 'sbx-passed',
  startedAt: '2026-11-24T10:00:00.000Z',
  durationMs: 1234,
  steps: [
    {
      at: 'steps/0',
      kind: 'call',
      label: 'call lienthongSubmitDossier → 201',
      outcome: 'passed',
      durationMs: 200,
      exchanges: [],
      failures: [],
    },
    {
      at: 'steps/1',
      kind: 'advance',
      label: 'advance 8 working days',
      outcome: 'passed',
      durationMs: 20,
      exchanges: [],
      failures: [],
    },
  ],
  failures: [],
  dossiers: [{ maHoSo: 'H38-0001', timeline: TIMELINE }],
};

export const FAILED: ScenarioResult = {
  file: 'scenarios/catalogue/broken.yaml',
  title: 'Khai tử <nhóm 2> & "chế độ" tử tuất',
  tags: ['nhom-2'],
  outcome: 'failed',
  sandboxId: 'sbx-failed',
  startedAt: '2026-11-24T10:00:01.000Z',
  durationMs: 2500,
  steps: [
    {
      at: 'steps/0',
      kind: 'call',
      label: 'call sandboxGenerateCitizen → 201',
      outcome: 'passed',
      durationMs: 50,
      exchanges: [],
      failures: [],
    },
    {
      at: 'steps/1',
      kind: 'call',
      label: 'call lienthongSubmitDossier → 400',
      outcome: 'failed',
      durationMs: 80,
      exchanges: [EXCHANGE],
      failures: [STATUS_FAILURE],
    },
    {
      at: 'then/0',
      kind: 'dossier',
      label: 'dossier H38-0002',
      outcome: 'failed',
      durationMs: 10,
      exchanges: [],
      failures: [FIELD_FAILURE],
    },
  ],
  failures: [STATUS_FAILURE, FIELD_FAILURE],
  dossiers: [{ maHoSo: 'H38-0002', timeline: TIMELINE.map((e) => ({ ...e, maHoSo: 'H38-0002' })) }],
};

/** The message of the scenario that could not run. */
export const ERROR_MESSAGE = 'target unreachable: connect ECONNREFUSED 127.0.0.1:9 <&>';

export const ERRORED: ScenarioResult = {
  file: 'scenarios/catalogue/down.yaml',
  title: 'Cơ quan 503 rồi phục hồi',
  tags: ['faults'],
  outcome: 'error',
  error: ERROR_MESSAGE,
  startedAt: '2026-11-24T10:00:02.000Z',
  durationMs: 15,
  steps: [],
  failures: [],
  dossiers: [],
};

/** The whole run. */
export const REPORT: RunReport = {
  target: 'in-process http://127.0.0.1:41234',
  startedAt: '2026-11-24T10:00:00.000Z',
  durationMs: 3100,
  parallel: 8,
  scenarios: [PASSED, FAILED, ERRORED],
  totals: { passed: 1, failed: 1, error: 1 },
};
