import { describe, expect, it } from 'vitest';
import { renderJunit } from './junit.js';
import { ERRORED, ERROR_MESSAGE, HOSTILE, REPORT, SECRET_TOKEN } from './test-fixture.js';
import { findAll, parseXml } from './test-xml.js';

const xml = renderJunit(REPORT);
const root = parseXml(xml);
const testcases = findAll(root, 'testcase');

describe('JUnit reporter', () => {
  it('writes a well-formed document with one testcase per scenario', () => {
    expect(root.name).toBe('testsuites');
    expect(testcases.map((t) => t.attributes.name)).toEqual(REPORT.scenarios.map((s) => s.title));
    expect(testcases.map((t) => t.attributes.classname)).toEqual(
      REPORT.scenarios.map((s) => s.file),
    );
    const [suite] = findAll(root, 'testsuite');
    expect(suite?.attributes).toMatchObject({
      tests: '3',
      failures: '1',
      errors: '1',
      time: '3.100',
    });
  });

  it('puts the broken expectation, expected and actual values and the exchange in the failure', () => {
    const failures = findAll(root, 'failure');
    expect(failures).toHaveLength(1);
    const failure = failures[0];
    expect(failure?.attributes.message).toBe('status 201 — expected 201 — got 400 (and 1 more)');
    expect(failure?.attributes.type).toBe('ExpectationFailed');
    const details = failure?.text ?? '';
    expect(details).toContain('steps/1 (scenarios/catalogue/broken.yaml:14:5): status 201');
    expect(details).toContain('expected: 201');
    expect(details).toContain('actual:   400');
    expect(details).toContain('POST http://127.0.0.1:41234/lienthong/v1/ho-so');
    expect(details).toContain('HTTP 400');
    expect(details).toContain('"code": "REQUEST_INVALID"');
    expect(details).toContain('then/0 (scenarios/catalogue/broken.yaml:22:5): /thuTucCon equals');
    expect(details).toContain('"trangThai": "TU_CHOI"');
  });

  it('escapes markup from titles and bodies, so it reads back exactly', () => {
    expect(testcases[1]?.attributes.name).toBe('Khai tử <nhóm 2> & "chế độ" tử tuất');
    expect(findAll(root, 'failure')[0]?.text).toContain(JSON.stringify(HOSTILE));
    expect(xml).not.toContain('<script>');
  });

  it('reports a scenario that could not run as an error', () => {
    const errors = findAll(root, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.attributes.message).toBe(ERROR_MESSAGE);
    expect(errors[0]?.attributes.type).toBe('ScenarioError');
  });

  it('never prints a bearer token', () => {
    expect(xml).not.toContain(SECRET_TOKEN);
    expect(findAll(root, 'failure')[0]?.text).toContain('authorization: Bearer ‹redacted›');
  });

  it('replaces characters XML cannot carry', () => {
    const scenario = { ...ERRORED, error: 'bell \u0007 and lone \uD800 surrogate' };
    const text = renderJunit({ ...REPORT, scenarios: [scenario] });
    expect(findAll(parseXml(text), 'error')[0]?.text).toBe('bell \uFFFD and lone \uFFFD surrogate');
  });
});
