/**
 * The scenario catalogue, run in-process the way QA runs it (`lienthong scenarios run
 * scenarios/catalogue`): every scenario gets its own throwaway sandbox on one in-process gateway,
 * and every one must pass. A failure prints the broken expectations with their exchanges.
 * @see scenarios/README.md; docs/decisions/0008-scenarios.md; issue 7 item 4
 */
import { expect, it } from 'vitest';
import type { ScenarioResult } from '../../scenarios/model.js';
import { expandPaths, runScenarios } from '../../scenarios/run/index.js';

const CATALOGUE = 'scenarios/catalogue';

/** Item 4 of the issue asks for at least this many scenarios. */
const MINIMUM = 40;

/** One readable block per scenario that did not pass. */
function explain(result: ScenarioResult): string {
  const lines = [`✗ ${result.file} — ${result.title} (${result.outcome})`];
  if (result.error) lines.push(`  error: ${result.error}`);
  for (const failure of result.failures) {
    const where = failure.position ? `${failure.position.line}:${failure.position.column}` : '';
    lines.push(`  at ${failure.at} ${where}: ${failure.expectation}`);
    if (failure.expected !== undefined)
      lines.push(`    expected: ${JSON.stringify(failure.expected)}`);
    if (failure.actual !== undefined) lines.push(`    actual:   ${JSON.stringify(failure.actual)}`);
    const exchange = failure.exchange;
    if (exchange) {
      const { method, url } = exchange.request;
      const answer = exchange.response
        ? `${exchange.response.status} ${JSON.stringify(exchange.response.body ?? '').slice(0, 600)}`
        : exchange.error;
      lines.push(`    ${method} ${url} → ${answer}`);
    }
  }
  return lines.join('\n');
}

it('passes every scenario of the catalogue in-process', { timeout: 240_000 }, async () => {
  const files = await expandPaths([CATALOGUE]);
  expect(files.length).toBeGreaterThanOrEqual(MINIMUM);

  const report = await runScenarios(files, { parallel: 8 });

  const broken = report.scenarios.filter((s) => s.outcome !== 'passed');
  expect(broken.map(explain).join('\n\n'), `${broken.length} scenario(s) did not pass`).toBe('');
  expect(report.totals).toEqual({ passed: files.length, failed: 0, error: 0 });
});
