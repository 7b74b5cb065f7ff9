/**
 * Gateway benchmark: `npm run bench [-- --connections 50 --duration 5 --rounds 5 --warmup 2]`
 * (builds `dist/` first and measures the compiled code, as `npm start` runs it).
 *
 * In one run, autocannon drives (1) the full pipeline of `lienthong serve` — a token-authenticated
 * citizen lookup (`POST /dancu/v1/cong-dan/tra-cuu`) through authentication, request validation,
 * policy, faults, the mock, response validation, the hash-chained journal and metrics — and
 * (2) a bare `node:http` server answering the same bytes. The two are measured in alternating
 * rounds (bare, pipeline, bare, pipeline…), so a change in the machine's load during the run
 * weighs on both alike; each round gives a ratio, and the verdict uses the median round. It
 * prints req/s, p50 and p99 of every round and the ratio against the target (≥ 25% of the
 * bare throughput, p99 < 20 ms at 50 connections). The policy's rate and bulk limits are raised
 * for the run, or the lookups would be throttled after the first 40: the benchmark measures the
 * pipeline's cost, not its limits.
 * @see issue 5 ("npm run bench"); README.md "Benchmarks"
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import type * as ContractsModule from '../../contracts/contracts.js';
import type * as ConfigModule from '../../gateway/config.js';
import type * as PolicyModule from '../../gateway/policy/index.js';
import type * as SandboxAppModule from '../../gateway/sandbox-app.js';
import type * as ServerModule from '../../gateway/server.js';
import { runLoad, startBareServer, type LoadRequest, type LoadResult } from './load.js';
import {
  benchPolicy,
  compiled,
  LOOKUP,
  lookupHeaders,
  positive,
  RAISED_LIMIT,
} from './sandbox-load.js';
const { loadContracts } = await compiled<typeof ContractsModule>('contracts/contracts.js');
const { DEFAULT_CONFIG } = await compiled<typeof ConfigModule>('gateway/config.js');
const { DEFAULT_POLICY_CONFIG } = await compiled<typeof PolicyModule>('gateway/policy/index.js');
const { createSandboxApp } = await compiled<typeof SandboxAppModule>('gateway/sandbox-app.js');
const { listen } = await compiled<typeof ServerModule>('gateway/server.js');

const TARGET_RATIO = 0.25;
const TARGET_P99_MS = 20;

const { values: flags } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
    population: { type: 'string', default: String(DEFAULT_CONFIG.populationSize) },
    // `--only pipeline` skips the bare server: for profiling with `node --cpu-prof`.
    only: { type: 'string' },
  },
});
const connections = positive('connections', flags.connections);
const seconds = positive('duration', flags.duration);
const rounds = positive('rounds', flags.rounds);
const warmup = Number(flags.warmup);
const populationSize = positive('population', flags.population);

const logger = pino({ level: 'silent' });
const config = { ...DEFAULT_CONFIG, port: 0, logLevel: 'silent' as const, populationSize };
const built = await createSandboxApp({
  contracts: loadContracts(),
  config,
  logger,
  policy: benchPolicy(DEFAULT_POLICY_CONFIG),
});
if (!built.ok) throw new Error(built.error.detail);
const gateway = await listen(built.value.app, '127.0.0.1', 0, logger);

const request = await lookupRequest();
const sample = await fetch(`${gateway.url}${request.path}`, {
  method: request.method,
  headers: request.headers,
  body: request.body ?? null,
});
const sampleBody = Buffer.from(await sample.arrayBuffer());
if (sample.status !== 200)
  throw new Error(`the lookup answered ${sample.status}: ${sampleBody.toString()}`);
const bare = await startBareServer({
  status: sample.status,
  contentType: sample.headers.get('content-type') ?? 'application/json',
  body: sampleBody,
});

process.stdout.write(
  `gateway benchmark: ${connections} connections, ${rounds} round(s) of ${seconds} s per target` +
    (warmup > 0 ? ` after a ${warmup} s warm-up` : '') +
    `, population ${populationSize}\n` +
    `request: ${request.method} ${request.path} (token of tinh-demo, officer, purpose, dossier), ` +
    `answer ${sampleBody.length} bytes\n` +
    `policy rate and bulk limits raised to ${RAISED_LIMIT} for the run (they would throttle the load)\n` +
    `machine: ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(2)} before the run ` +
    `(other work on the machine skews both targets)\n\n`,
);
const skipBare = flags.only === 'pipeline';
if (warmup > 0) {
  if (!skipBare) await runLoad(bare.url, request, { connections, seconds: warmup });
  await runLoad(gateway.url, request, { connections, seconds: warmup });
}

const header = ['', 'req/s', 'p50', 'p99', 'requests', 'non-2xx', 'errors', 'ratio'];
const rows: (readonly string[])[] = [header];
const measured: { readonly bare?: LoadResult; readonly pipeline: LoadResult }[] = [];
for (let round = 1; round <= rounds; round += 1) {
  const bareResult = skipBare
    ? undefined
    : await runLoad(bare.url, request, { connections, seconds });
  const pipelineResult = await runLoad(gateway.url, request, { connections, seconds });
  measured.push({ ...(bareResult ? { bare: bareResult } : {}), pipeline: pipelineResult });
  if (bareResult) rows.push(row(`round ${round} bare node:http`, bareResult));
  rows.push(
    row(
      `round ${round} full pipeline`,
      pipelineResult,
      bareResult ? percent(pipelineResult.requestsPerSecond / bareResult.requestsPerSecond) : '',
    ),
  );
  process.stdout.write(`round ${round}/${rounds} done\n`);
}
const journalled = (await built.value.journal.info('default')).size;

process.stdout.write('\n');
const widths = header.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
for (const r of rows)
  process.stdout.write(`${r.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  ')}\n`);
process.stdout.write('\n');
// The verdict is the median round: one round disturbed by other work on the machine moves it least.
const verdict = median(measured, (m) =>
  m.bare ? m.pipeline.requestsPerSecond / m.bare.requestsPerSecond : m.pipeline.requestsPerSecond,
);
if (verdict.bare) {
  const ratio = verdict.pipeline.requestsPerSecond / verdict.bare.requestsPerSecond;
  const met = ratio >= TARGET_RATIO ? 'met' : 'MISSED';
  process.stdout.write(
    `throughput ratio  ${percent(ratio)} of bare, median of ${rounds} round(s) ` +
      `(target ≥ ${TARGET_RATIO * 100}%: ${met})\n`,
  );
}
const p99Met = verdict.pipeline.p99Ms < TARGET_P99_MS ? 'met' : 'MISSED';
process.stdout.write(
  `load average      ${loadavg()[0]?.toFixed(2)} after the run\n` +
    `pipeline p99      ${verdict.pipeline.p99Ms} ms in the median round ` +
    `(target < ${TARGET_P99_MS} ms: ${p99Met})\n` +
    `journal entries   ${journalled} in the default sandbox\n`,
);

built.value.sandbox.manager.dispose();
await gateway.close();
await new Promise<void>((resolve) => bare.server.close(() => resolve()));

function row(name: string, r: LoadResult, ratio = ''): readonly string[] {
  return [
    name,
    r.requestsPerSecond.toFixed(0),
    `${r.p50Ms} ms`,
    `${r.p99Ms} ms`,
    String(r.total),
    String(r.non2xx),
    String(r.errors),
    ratio,
  ];
}

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/** The item with the median score (the lower middle one of an even count). */
function median<T>(items: readonly T[], score: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => score(a) - score(b));
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (middle === undefined) throw new Error('no rounds were measured');
  return middle;
}

async function lookupRequest(): Promise<LoadRequest> {
  if (!built.ok) throw new Error('unreachable');
  const person = built.value.sandbox.population.people.find((p) => p.death === null);
  if (!person) throw new Error('the population has no living person');
  const tokenResponse = await fetch(`${gateway.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'tinh-demo',
      client_secret: 'tinh-demo-secret',
    }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token?: string };
  if (!token) throw new Error(`no token for tinh-demo (${tokenResponse.status})`);
  return {
    ...LOOKUP,
    headers: lookupHeaders(token),
    body: JSON.stringify({ soDinhDanh: person.id }),
  };
}
