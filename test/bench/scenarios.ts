/**
 * Scenario benchmark: `npm run bench:scenarios [-- --executions 1000 --parallel 8 --all]`.
 *
 * Runs the catalogue (`scenarios/catalogue`) repeated up to `executions` scenario executions
 * through `runScenarios`, in-process and in parallel: each execution creates its own throwaway
 * sandbox, generates its people, builds its e-forms and checks its expectations over HTTP, exactly
 * as `lienthong scenarios run` does. Scenarios tagged `slow` (a fault that waits for the
 * gateway's real 30 s upstream timeout) are left out unless `--all` is given: they measure the
 * timeout, not the runner. Prints the total time, scenarios per second, the peak RSS and heap
 * (sampled every 50 ms), and a ratio against a baseline measured in the same run: one pass of the
 * same scenarios with `parallel 1`, scaled to the same number of executions.
 * @see README.md "Scenarios (QA)"; issue 7 ("1,000 scenario executions … under 60 s")
 */
import { parseArgs } from 'node:util';
import { loadScenario } from '../../scenarios/load.js';
import type { RunReport } from '../../scenarios/model.js';
import { expandPaths, runScenarios } from '../../scenarios/run/index.js';

const { values: flags } = parseArgs({
  options: {
    executions: { type: 'string', default: '1000' },
    parallel: { type: 'string', default: '8' },
    all: { type: 'boolean', default: false },
  },
});
const executions = positive('executions', flags.executions);
const parallel = positive('parallel', flags.parallel);

const catalogue = (await expandPaths(['scenarios/catalogue'])).filter((file) => {
  const loaded = loadScenario(file);
  return flags.all || !loaded.ok || !loaded.value.tags.includes('slow');
});
if (catalogue.length === 0) throw new Error('no scenario in scenarios/catalogue');
const files = Array.from(
  { length: executions },
  (_, i) => catalogue[i % catalogue.length] as string,
);

const peak = { rss: 0, heap: 0 };
const sample = () => {
  const { rss, heapUsed } = process.memoryUsage();
  peak.rss = Math.max(peak.rss, rss);
  peak.heap = Math.max(peak.heap, heapUsed);
};
const sampler = setInterval(sample, 50);

const baseline = await timed(() => runScenarios(catalogue, { parallel: 1 }));
const measured = await timed(() => runScenarios(files, { parallel }));
clearInterval(sampler);
sample();

const scaledBaselineMs = (baseline.ms / catalogue.length) * executions;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
console.log(`scenarios: ${catalogue.length} in the catalogue${flags.all ? '' : ' (without slow)'}`);
console.log(
  `baseline: one pass, parallel 1: ${seconds(baseline.ms)} → ${seconds(scaledBaselineMs)} scaled to ${executions}`,
);
console.log(`run: ${executions} executions, parallel ${parallel}: ${seconds(measured.ms)}`);
console.log(`throughput: ${((executions / measured.ms) * 1000).toFixed(1)} scenarios/s`);
console.log(
  `ratio: ${(scaledBaselineMs / measured.ms).toFixed(2)}× faster than the scaled baseline`,
);
console.log(`peak memory: RSS ${mb(peak.rss)}, heap ${mb(peak.heap)}`);
for (const [name, report] of [
  ['baseline', baseline.report],
  ['run', measured.report],
] as const) {
  console.log(`${name} totals: ${JSON.stringify(report.totals)}`);
}
const broken = measured.report.scenarios.filter((s) => s.outcome !== 'passed');
const byFile = new Map<string, number>();
for (const s of broken) byFile.set(s.file, (byFile.get(s.file) ?? 0) + 1);
for (const [file, count] of byFile) console.log(`  not passed ×${count}: ${file}`);
process.exitCode = measured.ms < 60_000 && broken.length === 0 ? 0 : 1;

async function timed(run: () => Promise<RunReport>): Promise<{ ms: number; report: RunReport }> {
  const started = performance.now();
  const report = await run();
  return { ms: performance.now() - started, report };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
}
