/**
 * Contract-layer benchmark: `npm run bench:contracts`.
 * Prints how long building the validator registry for every spec takes, and how long validating a
 * typical request body takes, each against a baseline measured in the same run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { loadContracts } from '../../contracts/contracts.js';
import { specsDir } from '../../contracts/package-root.js';
import { SYSTEMS } from '../../contracts/systems.js';

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const parseSpecs = () =>
  [...SYSTEMS, 'common'].map((s) =>
    load(readFileSync(join(specsDir(), `${s}.yaml`), 'utf8'), { schema: CORE_SCHEMA }),
  );

const cold = time(() => loadContracts({ cache: false }));
const contracts = cold.value;
const warmRuns = Array.from({ length: 5 }, () => time(() => loadContracts({ cache: false })).ms);
loadContracts(); // fills the bundle cache
const cachedRuns = Array.from({ length: 5 }, () => time(() => loadContracts()).ms);
const parseRuns = Array.from({ length: 5 }, () => time(parseSpecs).ms);

const operationId = 'lienthongSubmitDossier';
const media = contracts.index.operations.get(operationId)?.requestBody?.content['application/json'];
const body = media?.examples[0];
if (body === undefined) throw new Error(`${operationId} has no request example`);
const iterations = 20_000;
const validate = () =>
  contracts.validators.validateRequestBody(operationId, 'application/json', body);
const copy = () => JSON.parse(JSON.stringify(body)) as unknown;
for (let i = 0; i < 2_000; i += 1) {
  validate();
  copy();
}
const validation = time(() => {
  for (let i = 0; i < iterations; i += 1)
    if (validate().length > 0) throw new Error('example does not validate');
});
const baseline = time(() => {
  for (let i = 0; i < iterations; i += 1) copy();
});

const perValidationUs = (validation.ms * 1000) / iterations;
const perCopyUs = (baseline.ms * 1000) / iterations;
const rows: [string, string, string][] = [
  [
    'registry build, cold (first in process)',
    `${cold.ms.toFixed(0)} ms`,
    `${(cold.ms / median(parseRuns)).toFixed(1)}× YAML parse`,
  ],
  [
    'registry build, warm (median of 5)',
    `${median(warmRuns).toFixed(0)} ms`,
    `${(median(warmRuns) / median(parseRuns)).toFixed(1)}× YAML parse`,
  ],
  [
    'registry build from the bundle cache (median)',
    `${median(cachedRuns).toFixed(0)} ms`,
    `${(median(cachedRuns) / median(parseRuns)).toFixed(2)}× YAML parse`,
  ],
  ['baseline: parse the 11 YAML files', `${median(parseRuns).toFixed(1)} ms`, '1.0×'],
  [
    `validate ${operationId} body`,
    `${perValidationUs.toFixed(2)} µs`,
    `${(perValidationUs / perCopyUs).toFixed(2)}× JSON round-trip`,
  ],
  ['baseline: JSON.parse(JSON.stringify(body))', `${perCopyUs.toFixed(2)} µs`, '1.0×'],
];
process.stdout.write(
  `contracts: ${contracts.index.operations.size} operations, ${contracts.validators.compiledCount} validators\n`,
);
for (const [what, figure, ratio] of rows)
  process.stdout.write(`${what.padEnd(44)} ${figure.padStart(10)}   ${ratio}\n`);
