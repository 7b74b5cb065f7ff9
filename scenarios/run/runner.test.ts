import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { RunReport, ScenarioResult } from '../model.js';
import { expandPaths, runScenarios } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'scenario-run-'));

function scenario(name: string, lines: readonly string[]): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, lines.join('\n'));
  return file;
}

const BIRTH = [
  '  people:',
  "    mother: { trait: EXPECTING_MOTHER, maTinh: '38' }",
  'steps:',
  '  - call: lienthongSubmitDossier',
  '    form: { kind: mau01, person: mother }',
  '    expect: { status: 201, fields: { /nhomThuTuc: NHOM_1 } }',
  '    save: { maHoSo: /maHoSo }',
];

const files = {
  passing: scenario('passing', [
    'title: A birth dossier completes and every event reaches the receiver, signed',
    'tags: [smoke]',
    'given:',
    '  receiver: {}',
    ...BIRTH,
    '  - advance: { workingDays: 8 }',
    'then:',
    "  - dossier: '${maHoSo}'",
    '    status: 10',
    '    legs: { KS: HOAN_THANH }',
    "  - events: { dossier: '${maHoSo}', order: [HO_SO_DA_TIEP_NHAN, HO_SO_HOAN_THANH] }",
    "  - received: { dossier: '${maHoSo}', order: [HO_SO_DA_TIEP_NHAN, HO_SO_HOAN_THANH], complete: true }",
  ]),
  references: scenario('references', [
    'title: References resolve to saved values, people and the sandbox',
    'tags: [smoke]',
    'given:',
    ...BIRTH,
    '  - call: lienthongGetDossier',
    "    params: { maHoSo: '${maHoSo}' }",
    '    expect:',
    '      fields:',
    "        /maHoSo: '${maHoSo}'",
    "        /nguoiYeuCau/soDinhDanh: '${people.mother.soDinhDanh}'",
    "        /nguoiYeuCau/hoTen: '${people.mother.population.hoTen}'",
    '  - call: sandboxGetSandbox',
    '    as: admin',
    "    expect: { fields: { /sandboxId: '${sandbox.id}', /clock/frozen: true } }",
  ]),
  broken: scenario('broken', [
    'title: A deliberately broken expectation',
    'tags: [broken]',
    'given:',
    ...BIRTH.slice(0, -1),
    '  - call: lienthongGetDossier',
    '    params: { maHoSo: 000.00.00.H38-260915-9999 }',
    '    expect: { status: 200, fields: { /trangThai: { gte: 2 } } }',
    '  - advance: { workingDays: 1 }',
  ]),
  invalid: scenario('invalid', ['title: Not a scenario', 'steps:', '  - jump: 3']),
};

let report: RunReport;
const progress: number[] = [];
const resultOf = (file: string): ScenarioResult =>
  report.scenarios.find((s) => s.file === file) as ScenarioResult;

beforeAll(async () => {
  const all = await expandPaths([dir]);
  report = await runScenarios(all, {
    parallel: 4,
    onProgress: (e) => e.result && progress.push(e.done),
  });
}, 60_000);

it('expands a directory into its scenario files', async () => {
  expect(await expandPaths([dir])).toEqual(Object.values(files).sort());
  expect(await expandPaths([join(dir, 'pa*.yaml')])).toEqual([files.passing]);
});

it('passes a birth dossier walked to completion in its own sandbox', () => {
  const result = resultOf(files.passing);
  expect(result.failures).toEqual([]);
  expect(result.outcome).toBe('passed');
  expect(result.sandboxId).toMatch(/^sbx-/);
  // The journal audits personal-data reads: the hub's lookups of the people of the dossier.
  expect(result.dossiers[0]?.timeline.map((t) => t.system)).toEqual(
    expect.arrayContaining(['dancu', 'vneid']),
  );
});

it('resolves references to saved values, people and the sandbox', () => {
  expect(resultOf(files.references).failures).toEqual([]);
});

it('records a broken expectation with the request, the response and the expectation', () => {
  const result = resultOf(files.broken);
  expect(result.outcome).toBe('failed');
  const [failure] = result.failures;
  expect(failure).toMatchObject({
    at: 'steps/1',
    expectation: 'status 200',
    expected: 200,
    actual: 404,
  });
  expect(failure?.position?.line).toBe(10);
  expect(failure?.exchange?.request.url).toMatch(
    /\/lienthong\/v1\/ho-so\/000\.00\.00\.H38-260915-9999$/,
  );
  expect(failure?.exchange?.request.headers.authorization).toBe('Bearer ***');
  expect(failure?.exchange?.response?.body).toMatchObject({ status: 404 });
  expect(result.steps.map((s) => s.outcome)).toEqual(['passed', 'failed', 'skipped']);
});

it('reports a file that does not load as an error with its position', () => {
  const result = resultOf(files.invalid);
  expect(result.outcome).toBe('error');
  expect(result.error).toContain(`${files.invalid}:3:5: /steps/0: a step needs exactly one of`);
});

it('counts the outcomes and reports progress for every scenario', () => {
  expect(report.totals).toEqual({ passed: 2, failed: 1, error: 1 });
  expect(progress.sort()).toEqual([1, 2, 3, 4]);
});

it('runs only the scenarios with a selected tag', async () => {
  const only = await runScenarios([files.invalid, files.broken], {
    tags: ['nothing'],
    target: 'http://127.0.0.1:9',
  });
  expect(only.scenarios.map((s) => s.file)).toEqual([files.invalid]);
});

it('reports an unreachable target as an error, not an exception', async () => {
  const down = await runScenarios([files.references], { target: 'http://127.0.0.1:9' });
  expect(down.scenarios[0]).toMatchObject({
    outcome: 'error',
    title: expect.stringContaining('References'),
  });
  expect(down.scenarios[0]?.error).toMatch(/the sandbox could not be created: no answer/);
});
