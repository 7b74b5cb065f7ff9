import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { writeReports } from './index.js';
import { REPORT } from './test-fixture.js';

describe('writeReports', () => {
  it('writes each chosen reporter into the output directory, creating it', async () => {
    const base = await mkdtemp(join(tmpdir(), 'lienthong-reports-'));
    onTestFinished(() => rm(base, { recursive: true, force: true }));
    const outDir = join(base, 'nested', 'out');
    const files = await writeReports(REPORT, {
      reporters: ['junit', 'html', 'md', 'json'],
      outDir,
    });
    expect(files).toEqual(
      ['junit.xml', 'report.html', 'report.md', 'report.json'].map((f) => join(outDir, f)),
    );
    expect(await readFile(join(outDir, 'report.md'), 'utf8')).toContain('# Scenario report');
  });

  it('writes a reporter once even when it is named twice', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'lienthong-reports-'));
    onTestFinished(() => rm(outDir, { recursive: true, force: true }));
    expect(await writeReports(REPORT, { reporters: ['json', 'json'], outDir })).toEqual([
      join(outDir, 'report.json'),
    ]);
  });
});
