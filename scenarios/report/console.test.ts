import { describe, expect, it } from 'vitest';
import { createProgressReporter, formatFailureDetails, formatSummary } from './console.js';
import { ERROR_MESSAGE, FAILED, REPORT, SECRET_TOKEN, STATUS_FAILURE } from './test-fixture.js';

function capture(isTTY: boolean): {
  output: () => string;
  stream: { isTTY: boolean; columns: number; write(s: string): boolean };
} {
  let text = '';
  return {
    output: () => text,
    stream: { isTTY, columns: 80, write: (s: string) => ((text += s), true) },
  };
}

function follow(isTTY: boolean): string {
  const { output, stream } = capture(isTTY);
  const progress = createProgressReporter(stream, { color: false });
  REPORT.scenarios.forEach((result, i) => {
    progress.onProgress({ done: i, total: 3, started: result.title });
    progress.onProgress({ done: i + 1, total: 3, result });
  });
  progress.finish();
  return output();
}

describe('console reporter', () => {
  it('prints one plain line per scenario when not on a terminal', () => {
    expect(follow(false).split('\n')).toEqual([
      '[1/3] ✓ Khai sinh liên thông đủ bốn thủ tục hoàn thành (1.2 s)',
      '[2/3] ✗ Khai tử <nhóm 2> & "chế độ" tử tuất (2.5 s)',
      '[3/3] ! Cơ quan 503 rồi phục hồi (15 ms)',
      '',
    ]);
  });

  it('redraws a bar on a terminal and prints failures above it', () => {
    const output = follow(true);
    expect(output).toContain('\r\u001B[2K[████████████████████████] 3/3  ✓ 1  ✗ 1  ! 1');
    expect(output).toContain('\r\u001B[2K[2/3] ✗ Khai tử <nhóm 2> & "chế độ" tử tuất (2.5 s)\n');
    expect(output).not.toContain('[1/3] ✓');
    for (const line of output.split('\r\u001B[2K')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('ends with a table by outcome', () => {
    const summary = formatSummary(REPORT);
    expect(summary).toContain('outcome    scenarios   time (sum)   slowest');
    expect(summary).toContain('✓ passed           1        1.2 s     1.2 s');
    expect(summary).toContain('total              3   wall 3.1 s');
    expect(summary).toContain(
      '1 failed, 1 errors of 3 against in-process http://127.0.0.1:41234, parallel 8',
    );
  });

  it('details each failure: the expectation, expected and actual, the request and the response', () => {
    const details = formatFailureDetails(REPORT);
    expect(details).toContain(
      '✗ Khai tử <nhóm 2> & "chế độ" tử tuất (scenarios/catalogue/broken.yaml, sandbox sbx-failed)',
    );
    expect(details).toContain('  1) status 201 at steps/1 (scenarios/catalogue/broken.yaml:14:5)');
    expect(details).toContain('     expected: 201');
    expect(details).toContain('     actual:   400');
    expect(details).toContain('     request:  POST http://127.0.0.1:41234/lienthong/v1/ho-so');
    expect(details).toContain('     response: HTTP 400');
    expect(details).toContain('               content-type: application/problem+json');
    expect(details).not.toContain('date:');
    expect(details).toContain('  2) /thuTucCon equals at then/0');
    expect(details).toContain('     diff:     - expected, + actual');
    expect(details).toMatch(
      / {15}- {5}"trangThai": "HOAN_THANH"\n {15}\+ {5}"trangThai": "TU_CHOI"/,
    );
    expect(details).toContain(`could not run: ${ERROR_MESSAGE}`);
    expect(details).not.toContain(SECRET_TOKEN);
  });

  it('cuts long bodies short', () => {
    const details = formatFailureDetails(REPORT, { maxBodyChars: 40 });
    expect(details).toMatch(/… \(\d+ more characters\)/);
  });

  it('shows an exchange once when several expectations broke on it', () => {
    const second = {
      ...STATUS_FAILURE,
      expectation: '/code equals "OK"',
      expected: 'OK',
      actual: 'REQUEST_INVALID',
    };
    const scenario = { ...FAILED, failures: [STATUS_FAILURE, second] };
    const details = formatFailureDetails({ ...REPORT, scenarios: [scenario] });
    expect(details.match(/request: {2}POST/g)).toHaveLength(1);
    expect(details).toContain('  2) /code equals "OK" at steps/1');
    expect(details).toContain('     exchange: the same as in 1)');
  });

  it('cuts bodies after a number of lines', () => {
    const details = formatFailureDetails(REPORT, { maxBodyLines: 3 });
    expect(details).toMatch(/… \(\d+ more lines\)/);
  });

  it('details only the first scenarios of a long run', () => {
    const details = formatFailureDetails(REPORT, { maxScenarios: 1 });
    expect(details).toContain('1) status 201');
    expect(details).not.toContain('could not run');
    expect(details).toContain('… and 1 more scenarios that did not pass (see the report files)');
  });

  it('has nothing to detail when every scenario passed', () => {
    const passed = {
      ...REPORT,
      scenarios: REPORT.scenarios.slice(0, 1),
      totals: { passed: 1, failed: 0, error: 0 },
    };
    expect(formatFailureDetails(passed)).toBe('');
    expect(formatSummary(passed)).toContain('All 1 scenarios passed');
  });
});
