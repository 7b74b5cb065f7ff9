import { describe, expect, it } from 'vitest';
import { renderHtml } from './html.js';
import {
  ERROR_MESSAGE,
  FAILED,
  HOSTILE,
  REPORT,
  SECRET_TOKEN,
  STATUS_FAILURE,
  TIMELINE,
} from './test-fixture.js';

const html = renderHtml(REPORT);

/** The text a browser would show, roughly: tags dropped, entities decoded. */
function visibleText(markup: string): string {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const text = visibleText(html);

describe('HTML reporter', () => {
  it('is one self-contained file: no external assets, no scripts', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b|<script\b|<img\b|@import/i);
    expect(html).toContain('<style>');
  });

  it('summarises the run with every scenario', () => {
    expect(text).toContain('Scenario report — 1 passed, 1 failed, 1 errors');
    for (const scenario of REPORT.scenarios) expect(text).toContain(scenario.title);
  });

  it('shows the broken expectation with expected and actual values and the exchange', () => {
    expect(text).toContain('status 201');
    expect(text).toContain('at steps/1 (scenarios/catalogue/broken.yaml:14:5)');
    expect(html).toMatch(/expected<\/div><pre>201<\/pre>/);
    expect(html).toMatch(/actual<\/div><pre>400<\/pre>/);
    expect(text).toContain('POST http://127.0.0.1:41234/lienthong/v1/ho-so');
    expect(text).toContain('HTTP 400');
    expect(text).toContain('"code": "REQUEST_INVALID"');
  });

  it('shows a line diff of structured expected and actual values', () => {
    expect(html).toContain(
      '<span class="del">-     &quot;trangThai&quot;: &quot;HOAN_THANH&quot;</span>',
    );
    expect(html).toContain(
      '<span class="add">+     &quot;trangThai&quot;: &quot;TU_CHOI&quot;</span>',
    );
  });

  it('escapes markup from titles, bodies and errors', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<nhóm 2>');
    expect(text).toContain('Khai tử <nhóm 2> & "chế độ" tử tuất');
    expect(text).toContain(JSON.stringify(HOSTILE).slice(1, -1));
    expect(text).toContain(ERROR_MESSAGE);
  });

  it("shows each dossier's timeline with one lane per system", () => {
    expect(text).toContain('Timeline of dossier H38-0001');
    expect(html).toContain('<th>sandbox time</th><th>lienthong</th><th>hotich</th><th>cutru</th>');
    for (const entry of TIMELINE) {
      expect(text).toContain(entry.operationId);
      expect(text).toContain(entry.at);
    }
    expect(html).toContain('<span class="badge s5">503</span>');
  });

  it('shows an exchange once when several expectations broke on it', () => {
    const second = { ...STATUS_FAILURE, expectation: '/code equals "OK"' };
    const scenario = { ...FAILED, failures: [STATUS_FAILURE, second] };
    const page = visibleText(renderHtml({ ...REPORT, scenarios: [scenario] }));
    expect(page.match(/POST http:\/\/127\.0\.0\.1:41234/g)).toHaveLength(1);
    expect(page).toContain('2. /code equals "OK"');
    expect(page).toContain('request and response: the same as in 1.');
  });

  it('never prints a bearer token', () => {
    expect(html).not.toContain(SECRET_TOKEN);
  });
});
