import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatLoadError, loadScenario, parseScenario } from './load.js';

const dir = mkdtempSync(join(tmpdir(), 'scenario-load-'));

function errorsOf(text: string): string[] {
  const loaded = parseScenario('case.yaml', text);
  if (loaded.ok) throw new Error('expected load errors');
  return loaded.error.map(formatLoadError);
}

it('loads a scenario into the model with the position of each step and check', () => {
  const file = join(dir, 'birth.yaml');
  writeFileSync(
    file,
    [
      'title: Khai sinh',
      'tags: [nhom-1]',
      'given:',
      '  people:',
      '    mother: { trait: EXPECTING_MOTHER }',
      'steps:',
      '  - call: lienthongSubmitDossier',
      '    form: { kind: mau01, person: mother }',
      '    save: { maHoSo: /maHoSo }',
      '  - advance: { workingDays: 3 }',
      'then:',
      "  - dossier: '${maHoSo}'",
      '    status: 10',
    ].join('\n'),
  );
  const loaded = loadScenario(file);
  expect(loaded.ok && loaded.value.steps.map((s) => s.kind)).toEqual(['call', 'advance']);
  expect(loaded.ok && loaded.value.steps[0]).toMatchObject({
    operationId: 'lienthongSubmitDossier',
  });
  expect(loaded.ok && loaded.value.then[0]).toMatchObject({ kind: 'dossier', status: 10 });
  expect(loaded.ok && loaded.value.positions['steps/1']).toEqual({ file, line: 10, column: 5 });
});

it('points an unknown key at its file, line, column and field', () => {
  const text = 'title: x\nsteps:\n  - advance: { workingDays: 1 }\n    bogus: 1\n';
  expect(errorsOf(text)).toEqual(['case.yaml:4:5: /steps/0/bogus: unknown key "bogus"']);
});

it('points a value of the wrong type at the value', () => {
  const text = 'title: x\nsteps:\n  - waitFor: { event: HO_SO_HOAN_THANH, dossier: 12 }\n';
  expect(errorsOf(text)).toEqual(['case.yaml:3:50: /steps/0/waitFor/dossier: must be string']);
});

it('names both kinds when a step has two', () => {
  const text = 'title: x\nsteps:\n  - call: lienthongGetDossier\n    advance: { workingDays: 1 }\n';
  expect(errorsOf(text)).toEqual([
    'case.yaml:4:5: /steps/0: a step needs exactly one of call, advance, waitFor, officer, citizen (found call and advance)',
  ]);
});

it('lists the allowed values of an enumeration', () => {
  const text = 'title: x\ngiven:\n  profile: fast\nsteps: []\n';
  expect(errorsOf(text)).toEqual([
    'case.yaml:3:12: /given/profile: must be one of "instant", "realistic", "manual"',
  ]);
});

it('reports a YAML syntax error with its line and column', () => {
  const [error] = errorsOf('title: x\nsteps:\n  - call: { a: [1, 2 }\n');
  expect(error).toMatch(/^case\.yaml:3:\d+: YAML syntax: /);
});

it('refuses a form about a person the scenario does not generate', () => {
  const text =
    'title: x\nsteps:\n  - call: lienthongSubmitDossier\n    form: { kind: mau01, person: mom }\n';
  expect(errorsOf(text)).toEqual([
    'case.yaml:4:34: /steps/0/form/person: no person "mom" in given.people',
  ]);
});

it('reports a file that cannot be read', () => {
  const loaded = loadScenario(join(dir, 'missing.yaml'));
  expect(!loaded.ok && loaded.error.map(formatLoadError).join()).toMatch(
    /missing\.yaml:1:1: cannot read the file \(ENOENT\)/,
  );
});
