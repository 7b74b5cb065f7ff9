import { describe, expect, it } from 'vitest';
import type { RunReport } from '../model.js';
import { renderJson } from './json.js';
import { REPORT, SECRET_TOKEN } from './test-fixture.js';

const parsed = JSON.parse(renderJson(REPORT)) as RunReport;

describe('JSON reporter', () => {
  it('writes the run report, readable back with its failures and exchanges', () => {
    expect(parsed.totals).toEqual(REPORT.totals);
    expect(parsed.scenarios).toHaveLength(3);
    const [failure] = parsed.scenarios[1]?.failures ?? [];
    expect(failure).toMatchObject({ expectation: 'status 201', expected: 201, actual: 400 });
    expect(failure?.exchange?.request).toMatchObject({
      method: 'POST',
      url: REPORT.scenarios[1]?.failures[0]?.exchange?.request.url,
    });
    expect(failure?.exchange?.response?.status).toBe(400);
    expect(parsed.scenarios[0]?.dossiers[0]?.timeline).toEqual(
      REPORT.scenarios[0]?.dossiers[0]?.timeline,
    );
  });

  it('hides bearer tokens in failures and step exchanges', () => {
    expect(JSON.stringify(parsed)).not.toContain(SECRET_TOKEN);
    expect(parsed.scenarios[1]?.steps[1]?.exchanges[0]?.request.headers.authorization).toBe(
      'Bearer ‹redacted›',
    );
  });
});
