import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import type { RunReport } from '../scenarios/model.js';
import { PASSED, REPORT } from '../scenarios/report/test-fixture.js';
import { runCommand, type RunCommandOptions, type ScenarioCommandIo } from './scenarios-command.js';

const DEFAULTS: RunCommandOptions = { tag: [], reporter: [], out: 'unused', secret: [] };

/** Two scenario files (the runner double does not read them, the command checks they exist). */
const dir = await mkdtemp(join(tmpdir(), 'lienthong-cli-files-'));
const FILES = [join(dir, 'a.yaml'), join(dir, 'b.yaml')];
await Promise.all(FILES.map((file) => writeFile(file, 'title: x\n')));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The command with a runner double that records what it was asked and answers `report`. */
function harness(report: RunReport, files = FILES) {
  const out = { stdout: '', stderr: '' };
  const calls: { files: readonly string[]; options: Record<string, unknown> }[] = [];
  const io: ScenarioCommandIo = {
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
    runner: {
      expandPaths: async () => files,
      runScenarios: async (runFiles, options = {}) => {
        calls.push({ files: runFiles, options: { ...options } });
        options.onProgress?.({ done: 1, total: 1, result: PASSED });
        return report;
      },
    },
  };
  return { io, out, calls };
}

const ALL_PASSED: RunReport = {
  ...REPORT,
  scenarios: [PASSED],
  totals: { passed: 1, failed: 0, error: 0 },
};

describe('lienthong scenarios run', () => {
  it('exits 0 when every scenario passed, with the summary', async () => {
    const { io, out } = harness(ALL_PASSED);
    expect(await runCommand(['scenarios'], DEFAULTS, io)).toBe(0);
    expect(out.stdout).toContain('[1/1] ✓ Khai sinh liên thông đủ bốn thủ tục hoàn thành (1.2 s)');
    expect(out.stdout).toContain('All 1 scenarios passed');
  });

  it('exits 1 and details the failures when a scenario failed or errored', async () => {
    const { io, out } = harness(REPORT);
    expect(await runCommand(['scenarios'], DEFAULTS, io)).toBe(1);
    expect(out.stdout).toContain('1) status 201 at steps/1');
    expect(out.stdout).toContain('request:  POST http://127.0.0.1:41234/lienthong/v1/ho-so');
  });

  it('passes the target, parallelism, tags and secrets to the runner', async () => {
    const { io, calls } = harness(ALL_PASSED);
    const options = {
      ...DEFAULTS,
      target: 'https://sandbox.example.vn',
      parallel: 8,
      tag: ['nhom-1', 'faults'],
      secret: ['tinh-qa=s3cr=t'],
    };
    await runCommand(['scenarios'], options, io);
    expect(calls[0]?.files).toEqual(FILES);
    expect(calls[0]?.options).toMatchObject({
      target: 'https://sandbox.example.vn',
      parallel: 8,
      tags: ['nhom-1', 'faults'],
      secrets: { 'tinh-qa': 's3cr=t' },
    });
  });

  it('exits 2 when a path matches no file', async () => {
    // expandPaths keeps a pattern that matched nothing as it is.
    const { io, out, calls } = harness(ALL_PASSED, [...FILES, 'nowhere/*.yaml']);
    expect(await runCommand(['nowhere/*.yaml'], DEFAULTS, io)).toBe(2);
    expect(out.stderr).toContain('no scenario files match nowhere/*.yaml');
    expect(calls).toHaveLength(0);
  });

  it('exits 2 without echoing a malformed secret', async () => {
    const { io, out } = harness(ALL_PASSED);
    expect(await runCommand(['x'], { ...DEFAULTS, secret: ['tinh-qa:hunter2'] }, io)).toBe(2);
    expect(out.stderr).not.toContain('hunter2');
  });

  it('exits 2 when no scenario has the tags', async () => {
    const none: RunReport = {
      ...REPORT,
      scenarios: [],
      totals: { passed: 0, failed: 0, error: 0 },
    };
    const { io, out } = harness(none);
    expect(await runCommand(['x'], { ...DEFAULTS, tag: ['nope'] }, io)).toBe(2);
    expect(out.stderr).toContain('no scenario has the tag nope');
  });

  it('writes the chosen reports into --out', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'lienthong-cli-'));
    onTestFinished(() => rm(outDir, { recursive: true, force: true }));
    const { io, out } = harness(REPORT);
    await runCommand(['x'], { ...DEFAULTS, reporter: ['junit', 'md'], out: outDir }, io);
    expect((await readdir(outDir)).sort()).toEqual(['junit.xml', 'report.md']);
    expect(out.stdout).toContain(`Reports: ${join(outDir, 'junit.xml')}`);
  });
});
