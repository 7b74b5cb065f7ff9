import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';
import {
  ERROR_MESSAGE,
  FAILED,
  HOSTILE,
  REPORT,
  SECRET_TOKEN,
  STATUS_FAILURE,
} from './test-fixture.js';

const md = renderMarkdown(REPORT);

describe('Markdown reporter', () => {
  it('summarises the run in a table by outcome and lists every scenario', () => {
    expect(md).toContain('**1 passed, 1 failed, 1 errors**');
    expect(md).toMatch(/\| ✓ passed \| 1 \| 1\.2 s \| 1\.2 s \|/);
    expect(md).toContain(
      '| ✓ | Khai sinh liên thông đủ bốn thủ tục hoàn thành | ` scenarios/catalogue/ok.yaml ` | 0 | 1.2 s |',
    );
  });

  it('shows the broken expectation with expected and actual values and the exchange', () => {
    expect(md).toContain('## Failures');
    expect(md).toContain('1. **status 201** at ` steps/1 (scenarios/catalogue/broken.yaml:14:5) `');
    expect(md).toMatch(/expected:\n\n {3}```json\n {3}201\n {3}```/);
    expect(md).toMatch(/actual:\n\n {3}```json\n {3}400\n {3}```/);
    expect(md).toContain('   POST http://127.0.0.1:41234/lienthong/v1/ho-so');
    expect(md).toContain('   HTTP 400');
  });

  it('shows a diff of structured expected and actual values', () => {
    expect(md).toMatch(
      /```diff\n(.*\n)*? {3}- {5}"trangThai": "HOAN_THANH"\n {3}\+ {5}"trangThai": "TU_CHOI"/,
    );
  });

  it('escapes titles and fences bodies longer than any backtick run inside', () => {
    expect(md).toContain('Khai tử \\<nhóm 2\\> \\& "chế độ" tử tuất');
    expect(md).toContain(JSON.stringify(HOSTILE).slice(1, -1));
    const failure = { ...STATUS_FAILURE, actual: 'a ```json fence``` inside' };
    const withFence = renderMarkdown({
      ...REPORT,
      scenarios: [{ ...FAILED, failures: [failure] }],
    });
    expect(withFence).toMatch(/ {3}````json\n {3}"a ```json fence``` inside"\n {3}````/);
  });

  it('shows an exchange once when several expectations broke on it', () => {
    const second = { ...STATUS_FAILURE, expectation: '/code equals "OK"' };
    const text = renderMarkdown({
      ...REPORT,
      scenarios: [{ ...FAILED, failures: [STATUS_FAILURE, second] }],
    });
    expect(text.match(/POST http:\/\/127\.0\.0\.1:41234/g)).toHaveLength(1);
    expect(text).toContain('request and response: the same as in 1.');
  });

  it('reports a scenario that could not run', () => {
    expect(md).toContain('### ! Cơ quan 503 rồi phục hồi');
    expect(md).toContain(ERROR_MESSAGE);
  });

  it('never prints a bearer token', () => {
    expect(md).not.toContain(SECRET_TOKEN);
  });
});
