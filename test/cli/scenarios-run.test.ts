import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

const PASSING = `title: Dân cư trả lời kiểm tra sức khỏe
tags: [cli]
steps:
  - call: dancuGetHealth
    as: anonymous
    expect: { status: 200 }
`;

/** Deliberately broken: the health check answers 200, the scenario expects 503. */
const BROKEN = `title: Kỳ vọng cố ý sai <503> & "không tồn tại"
tags: [cli]
steps:
  - call: dancuGetHealth
    as: anonymous
    expect: { status: 503 }
`;

/** Runs the real command line in a child process. */
async function lienthong(
  args: readonly string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/lienthong.ts', ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'silent', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { code, stdout, stderr };
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lienthong-scenarios-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('lienthong scenarios run', () => {
  it(
    'exits 1 on a broken expectation and writes all four reports',
    { timeout: 60_000 },
    async () => {
      const dir = await tempDir();
      await writeFile(join(dir, 'passing.yaml'), PASSING);
      await writeFile(join(dir, 'broken.yaml'), BROKEN);
      const out = join(dir, 'reports');
      const run = await lienthong([
        'scenarios',
        'run',
        dir,
        '--reporter',
        'junit,html,md,json',
        '--out',
        out,
      ]);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toContain('✗ Kỳ vọng cố ý sai <503> & "không tồn tại"');
      expect(run.stdout).toMatch(/request: +GET http:\/\/127\.0\.0\.1:\d+\/dancu\/v1\/suc-khoe/);
      expect(run.stdout).toContain('response: HTTP 200');
      expect((await readdir(out)).sort()).toEqual([
        'junit.xml',
        'report.html',
        'report.json',
        'report.md',
      ]);
      const junit = await readFile(join(out, 'junit.xml'), 'utf8');
      expect(junit.match(/<testcase /g)).toHaveLength(2);
      expect(junit).toContain(
        'name="Kỳ vọng cố ý sai &lt;503&gt; &amp; &quot;không tồn tại&quot;"',
      );
      const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as {
        totals: unknown;
      };
      expect(report.totals).toEqual({ passed: 1, failed: 1, error: 0 });
    },
  );

  it('exits 2 when no scenario file matches', async () => {
    const dir = await tempDir();
    const run = await lienthong(['scenarios', 'run', join(dir, '*.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no scenario files match');
  });

  it('exits 2 on an unknown reporter', async () => {
    const run = await lienthong(['scenarios', 'run', '--reporter', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown reporter pdf');
  });
});

describe('lienthong scenarios validate', () => {
  it('prints each error as file:line:column and exits 1', async () => {
    const dir = await tempDir();
    const file = join(dir, 'bad.yaml');
    await writeFile(
      file,
      `title: Thiếu bước\ntags: [cli]\nsteps:\n  - advance: { workingDays: -1 }\n`,
    );
    const run = await lienthong(['scenarios', 'validate', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:\\d+: /steps/0`),
    );
    expect(run.stdout).toContain('1 of 1 scenario files are invalid');
  });

  it('exits 0 when every file is valid', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'ok.yaml'), PASSING);
    const run = await lienthong(['scenarios', 'validate', dir]);
    expect(run.stdout).toContain('1 scenario files are valid');
    expect(run.code).toBe(0);
  });
});
