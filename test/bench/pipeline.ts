/**
 * Pipeline stage benchmark: `npm run bench:pipeline [-- --concurrency 50 --duration 2 --rounds 3]`
 * (builds `dist/` first and measures the compiled code, as `npm start` runs it).
 *
 * Calls the gateway pipeline in-process — no socket, no HTTP parser, no load generator in another
 * process — with the citizen lookup of `npm run bench`, first as `lienthong serve` builds it, then
 * with one stage left out at a time, and last with none at all (matching, request validation and
 * the mock only: the baseline). Variants run in alternating rounds and each figure is the median
 * round, so the machine's other work weighs on all of them alike. It prints µs per request, the
 * garbage collector's pause per request, the ratio to the baseline and what each stage costs (the
 * full pipeline minus the pipeline without it). On this shared machine HTTP throughput moves by
 * ±15% between runs; in-process figures move by a few percent, which is what a change to one
 * stage needs to be seen.
 * @see README.md "Benchmarks"; docs/decisions/0009-per-request-costs.md
 */
import { randomUUID } from 'node:crypto';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import type * as ContractsModule from '../../contracts/contracts.js';
import type * as ConfigModule from '../../gateway/config.js';
import type * as PipelineModule from '../../gateway/pipeline/pipeline.js';
import type * as PolicyModule from '../../gateway/policy/index.js';
import type * as SandboxAppModule from '../../gateway/sandbox-app.js';
import { benchPolicy, compiled, LOOKUP, lookupHeaders, positive } from './sandbox-load.js';

const { loadContracts } = await compiled<typeof ContractsModule>('contracts/contracts.js');
const { DEFAULT_CONFIG } = await compiled<typeof ConfigModule>('gateway/config.js');
const { DEFAULT_POLICY_CONFIG } = await compiled<typeof PolicyModule>('gateway/policy/index.js');
const { createSandboxApp } = await compiled<typeof SandboxAppModule>('gateway/sandbox-app.js');
const { createPipeline } = await compiled<typeof PipelineModule>('gateway/pipeline/pipeline.js');
type Pipeline = PipelineModule.Pipeline;
type PipelineRequest = PipelineModule.PipelineRequest;
type Stages = SandboxAppModule.SandboxStages;

const { values: flags } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '50' },
    duration: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
  },
});
const concurrency = positive('concurrency', flags.concurrency);
const seconds = positive('duration', flags.duration);
const rounds = positive('rounds', flags.rounds);

const contracts = loadContracts();
const logger = pino({ level: 'silent' });
const built = await createSandboxApp({
  contracts,
  config: { ...DEFAULT_CONFIG, port: 0, logLevel: 'silent' },
  logger,
  policy: benchPolicy(DEFAULT_POLICY_CONFIG),
});
if (!built.ok) throw new Error(built.error.detail);
const { sandbox, security, stages } = built.value;

/** A pipeline over the app's sandboxes, mocks and state, with some stages left out. */
function variant(
  omit: readonly (keyof Stages)[],
  responseValidation: 'strict' | 'off' = 'strict',
): Pipeline {
  const kept = Object.fromEntries(
    Object.entries(stages).filter(([stage]) => !omit.includes(stage as keyof Stages)),
  );
  const late: { pipeline?: Pipeline } = {};
  const pipeline = createPipeline({
    contracts,
    responseValidation,
    handlers: new Map([
      ...sandbox.handlers((request) => (late.pipeline ?? pipeline)(request)),
      ...security.handlers,
    ]),
    ...(kept as Stages),
  });
  late.pipeline = pipeline;
  return pipeline;
}

const EVERY_STAGE: readonly (keyof Stages)[] = [
  'sandboxes',
  'journal',
  'faults',
  'security',
  'policy',
  'observe',
];
/** A pipeline variant; `stage` costs what it takes `from` (the full pipeline by default). */
const variants: readonly {
  readonly name: string;
  readonly stage?: string;
  readonly from?: string;
  readonly run: Pipeline;
}[] = [
  { name: 'full pipeline', run: variant([]) },
  { name: 'without the journal', stage: 'journal', run: variant(['journal']) },
  { name: 'without the policy', stage: 'policy', run: variant(['policy']) },
  {
    name: 'without auth and policy',
    // The policy needs an authenticated caller: authentication is what remains without both.
    stage: 'authentication',
    from: 'without the policy',
    run: variant(['security', 'policy']),
  },
  { name: 'without metrics', stage: 'metrics', run: variant(['observe']) },
  { name: 'without faults', stage: 'fault stage', run: variant(['faults']) },
  {
    name: 'without response validation',
    stage: 'response validation',
    run: variant([], 'off'),
  },
  { name: 'baseline (no stages)', run: variant(EVERY_STAGE, 'off') },
];
const [full] = variants;
const baseline = variants[variants.length - 1];
if (!full || !baseline) throw new Error('no variants');

const token = await issueToken(full.run);
const person = sandbox.population.people.find((p) => p.death === null);
if (!person) throw new Error('the population has no living person');
const bodyText = JSON.stringify({ soDinhDanh: person.id });
const headers = {
  host: '127.0.0.1:8080',
  connection: 'keep-alive',
  ...lookupHeaders(token),
  'content-length': String(Buffer.byteLength(bodyText)),
};

/** The lookup as the node:http host hands it over: a fresh id and a freshly parsed body. */
function lookup(): PipelineRequest {
  return {
    method: LOOKUP.method,
    path: LOOKUP.path,
    query: {},
    headers,
    contentType: 'application/json',
    body: JSON.parse(bodyText) as unknown,
    requestId: randomUUID(),
    sourceIp: '127.0.0.1',
  };
}

let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
}).observe({ entryTypes: ['gc'] });

interface Measure {
  readonly usPerRequest: number;
  readonly gcUsPerRequest: number;
}

/** Runs `concurrency` callers of `pipeline` for `ms`; every answer must be 200. */
async function measure(pipeline: Pipeline, ms: number): Promise<Measure> {
  // Pipelines without the journal never leave the microtask queue: the observer reports the
  // collections of the round only once the event loop turns, so turn it before and after.
  await turnOfTheEventLoop();
  gcMs = 0;
  let done = 0;
  const started = performance.now();
  const until = started + ms;
  const caller = async (): Promise<void> => {
    while (performance.now() < until) {
      const output = await pipeline(lookup());
      if (output.status !== 200) {
        throw new Error(`the lookup answered ${output.status}: ${JSON.stringify(output.body)}`);
      }
      // What the host does with every answer.
      JSON.stringify(output.body);
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  const elapsed = performance.now() - started;
  await turnOfTheEventLoop();
  return { usPerRequest: (elapsed * 1000) / done, gcUsPerRequest: (gcMs * 1000) / done };
}

function turnOfTheEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(() => setImmediate(resolve), 0));
}

process.stdout.write(
  `pipeline stage benchmark: ${concurrency} concurrent callers in-process, ` +
    `${rounds} round(s) of ${seconds} s per variant, ${LOOKUP.method} ${LOOKUP.path}\n` +
    `policy rate and bulk limits raised for the run (they would throttle the load)\n\n`,
);
for (const v of variants) await measure(v.run, 500);
const results = new Map<string, Measure[]>(variants.map((v) => [v.name, []]));
for (let round = 1; round <= rounds; round += 1) {
  for (const v of variants) results.get(v.name)?.push(await measure(v.run, seconds * 1000));
  process.stdout.write(`round ${round}/${rounds} done\n`);
}

const medianOf = (name: string): Measure => {
  const sorted = [...(results.get(name) ?? [])].sort((a, b) => a.usPerRequest - b.usPerRequest);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!middle) throw new Error(`no rounds for ${name}`);
  return middle;
};
const fullUs = medianOf(full.name).usPerRequest;
const baseUs = medianOf(baseline.name).usPerRequest;
const rows: (readonly string[])[] = [
  ['', 'µs/req', 'req/s', 'gc µs/req', 'vs baseline', 'stage costs'],
];
for (const v of variants) {
  const m = medianOf(v.name);
  const cost = medianOf(v.from ?? full.name).usPerRequest - m.usPerRequest;
  rows.push([
    v.name,
    m.usPerRequest.toFixed(2),
    (1e6 / m.usPerRequest).toFixed(0),
    m.gcUsPerRequest.toFixed(2),
    `${(m.usPerRequest / baseUs).toFixed(2)}×`,
    v.stage ? `${v.stage} ${cost.toFixed(2)} µs (${((cost / fullUs) * 100).toFixed(0)}%)` : '',
  ]);
}
process.stdout.write('\n');
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const r of rows) {
  process.stdout.write(
    `${r.map((cell, i) => (i === 5 ? cell : cell.padStart(widths[i] ?? 0))).join('  ')}\n`,
  );
}
process.stdout.write(
  `\nmedian of ${rounds} round(s); a stage's cost is the full pipeline minus the pipeline ` +
    `without it (authentication: without the policy minus without both); negative or tiny ` +
    `figures are within the noise\n`,
);
sandbox.manager.dispose();

/** A token of the demo province client, issued through the pipeline like any client's. */
async function issueToken(pipeline: Pipeline): Promise<string> {
  const output = await pipeline({
    method: 'POST',
    path: '/oauth/token',
    query: {},
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    contentType: 'application/x-www-form-urlencoded',
    body: {
      grant_type: 'client_credentials',
      client_id: 'tinh-demo',
      client_secret: 'tinh-demo-secret',
    },
    requestId: randomUUID(),
  });
  const issued = (output.body as { access_token?: unknown } | undefined)?.access_token;
  if (typeof issued !== 'string') throw new Error(`no token for tinh-demo (${output.status})`);
  return issued;
}
