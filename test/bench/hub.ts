/**
 * Hub benchmark: `npm run bench:hub [-- --dossiers 10000 --concurrency 8 --population 50000]`.
 *
 * Drives linked dossiers to completion in the instant profile, regime ND301_2026, alternating
 * group 1 (KS, TT, BHYT, CC) and group 2 (KT, XTT, plus MT when the deceased is insured), through
 * the full sandbox (authentication, validation, policy, journal, the hub and every mock) on a
 * loopback port with keep-alive `fetch` and a fixed number of requests in flight. A population
 * holds few usable expecting mothers (about 0.2%), so the run spreads the dossiers over sandboxes
 * that share one seeded population base: each sandbox registers each mother's child once and
 * each deceased person's death once. The ID card (CC) is decided at its appointment, so every
 * sandbox's clock is advanced 8 working days once its dossiers are in; that time counts.
 * Figures are printed as ratios against a baseline measured in the same run: as many bare
 * `dancuLookupCitizen` calls through the same path. The policy's rate and bulk limits are raised.
 * @see README.md "Benchmarks"; DOMAIN.md §3, §4
 */
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { loadContracts } from '../../contracts/contracts.js';
import { DEFAULT_CONFIG } from '../../gateway/config.js';
import { DEFAULT_POLICY_CONFIG } from '../../gateway/policy/index.js';
import { createSandboxApp } from '../../gateway/sandbox-app.js';
import { listen } from '../../gateway/server.js';
import type { Person, Population } from '../../mocks/domain/population/index.js';
import { group1Submission, group2Submission, newbornFamily } from '../support/hub.js';
import { benchPolicy, positive } from './sandbox-load.js';

const NOW = '2026-09-15T09:30:00+07:00';
const OFFICER = 'cb.hotich.38001';

const { values: flags } = parseArgs({
  options: {
    dossiers: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '8' },
    population: { type: 'string', default: '50000' },
  },
});
const total = positive('dossiers', flags.dossiers);
const concurrency = positive('concurrency', flags.concurrency);
const populationSize = positive('population', flags.population);

const logger = pino({ level: 'silent' });
const setupStarted = performance.now();
const built = await createSandboxApp({
  contracts: loadContracts(),
  config: { ...DEFAULT_CONFIG, port: 0, logLevel: 'silent' as const, populationSize, seed: 11 },
  logger,
  policy: benchPolicy(DEFAULT_POLICY_CONFIG),
  now: () => new Date(NOW),
});
if (!built.ok) throw new Error(built.error.detail);
const { sandbox } = built.value;
const gateway = await listen(built.value.app, '127.0.0.1', 0, logger);
const token = await tokenOf('tinh-demo');
const adminToken = await tokenOf('sandbox-admin');
const people = plan(sandbox.population);
const perSandbox = people.families.length + people.deceased.length;
const sandboxCount = Math.ceil(total / perSandbox);
process.stdout.write(
  `hub benchmark: ${total} dossiers (group 1 and 2 alternating, ND301_2026, instant profile), ` +
    `${concurrency} in flight over loopback keep-alive fetch\n` +
    `population ${populationSize} (seed 11): ${people.families.length} usable expecting mothers and ` +
    `${people.deceased.length} deceased per sandbox → ${sandboxCount} sandboxes sharing one base\n` +
    `set-up ${ms(performance.now() - setupStarted)} (population, seeding, signing key)\n\n`,
);

// Baseline: the same number of bare citizen lookups through the same path.
const lookups = sandbox.population.people.filter((p) => p.death === null).slice(0, 1000);
const baselineStarted = performance.now();
await pool(total, async (i) => {
  const person = lookups[i % lookups.length] as Person;
  const answer = await call(
    'POST',
    '/dancu/v1/cong-dan/tra-cuu',
    { soDinhDanh: person.id },
    {
      'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
      'x-ma-ho-so': '000.00.00.H38-260915-0001',
    },
  );
  if (answer.status !== 200) throw new Error(`baseline lookup answered ${answer.status}`);
});
const baselineMs = performance.now() - baselineStarted;
process.stdout.write(`baseline: ${total} dancuLookupCitizen in ${ms(baselineMs)}\n`);

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const latencies: number[] = [];
const dossiers: { sandboxId: string; maHoSo: string }[] = [];
const started = performance.now();
let done = 0;
for (let s = 0; s < sandboxCount && done < total; s += 1) {
  const sandboxId = `sbx-bench-hub-${s}`;
  const created = await fetch(`${gateway.url}/sandbox/v1/sandboxes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      sandboxId,
      name: `bench hub ${s}`,
      seed: 11,
      populationSize,
      clockStart: NOW,
      processingProfile: { profile: 'instant' },
    }),
  });
  if (created.status !== 201)
    throw new Error(`sandbox ${s}: ${created.status} ${await created.text()}`);
  const jobs = interleave(people, Math.min(perSandbox, total - done));
  await pool(jobs.length, async (i) => {
    const body = jobs[i];
    const t = performance.now();
    const answer = await call('POST', '/lienthong/v1/ho-so', body, {
      'x-sandbox-id': sandboxId,
      'idempotency-key': `bench-${s}-${i}`,
    });
    latencies.push(performance.now() - t);
    if (answer.status !== 201)
      throw new Error(`dossier answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    dossiers.push({ sandboxId, maHoSo: (answer.body as { maHoSo: string }).maHoSo });
    done += 1;
    if (done % 1000 === 0) {
      process.stdout.write(`  ${done} dossiers in ${ms(performance.now() - started)}\n`);
    }
  });
  const advanced = await fetch(`${gateway.url}/sandbox/v1/sandboxes/${sandboxId}/clock/advance`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ workingDays: 8 }),
  });
  if (advanced.status !== 200) throw new Error(`advance ${sandboxId}: ${advanced.status}`);
}
const elapsedMs = performance.now() - started;
const heapAfter = process.memoryUsage().heapUsed;

// Every dossier must have reached 9 or 10 (checked after the clock stopped).
const unfinished = new Map<number, number>();
await pool(dossiers.length, async (i) => {
  const { sandboxId, maHoSo } = dossiers[i] as { sandboxId: string; maHoSo: string };
  const answer = await call('GET', `/lienthong/v1/ho-so/${encodeURIComponent(maHoSo)}`, undefined, {
    'x-sandbox-id': sandboxId,
  });
  const status = (answer.body as { trangThai: number }).trangThai;
  if (status !== 9 && status !== 10) unfinished.set(status, (unfinished.get(status) ?? 0) + 1);
});

const sorted = [...latencies].sort((a, b) => a - b);
const mean = latencies.reduce((a, b) => a + b, 0) / latencies.length;
const rows: [string, string][] = [
  [
    'dossiers completed',
    `${dossiers.length - [...unfinished.values()].reduce((a, b) => a + b, 0)} of ${dossiers.length}`,
  ],
  ['total time', `${ms(elapsedMs)} (${(elapsedMs / baselineMs).toFixed(2)} × baseline)`],
  [
    'dossiers/s',
    `${((dossiers.length / elapsedMs) * 1000).toFixed(0)} (baseline ${((total / baselineMs) * 1000).toFixed(0)} lookups/s)`,
  ],
  [
    'ms per dossier',
    `mean ${mean.toFixed(2)}, p50 ${pct(sorted, 0.5)}, p99 ${pct(sorted, 0.99)} (submission answer)`,
  ],
  [
    'per dossier vs lookup',
    `${(elapsedMs / dossiers.length / (baselineMs / total)).toFixed(1)} × the time of one lookup`,
  ],
  [
    'heap used',
    `${mb(heapBefore)} before, ${mb(heapAfter)} after (${mb(heapAfter - heapBefore)} for ${dossiers.length} dossiers)`,
  ],
];
process.stdout.write('\n');
for (const [name, value] of rows) process.stdout.write(`${name.padEnd(22)} ${value}\n`);
if (unfinished.size > 0) {
  process.stdout.write(
    `NOT FINISHED by status: ${JSON.stringify(Object.fromEntries(unfinished))}\n`,
  );
}

sandbox.manager.dispose();
await gateway.close();
if (unfinished.size > 0) process.exitCode = 1;

/** The people of a population the run uses in each sandbox: usable mothers, then deceased heads. */
function plan(population: Population) {
  const families: ReturnType<typeof newbornFamily>[] = [];
  for (const mother of population.byTrait.get('EXPECTING_MOTHER') ?? []) {
    try {
      const family = newbornFamily({
        ...population,
        byTrait: new Map([['EXPECTING_MOTHER', [mother]]]),
      });
      families.push(family);
    } catch {
      // not usable: no consenting head, offline, …
    }
  }
  const taken = new Set(families.map((f) => f.household.id));
  const online = (p: Person | undefined): p is Person =>
    p?.death === null && p.vneid.level === 2 && p.vneid.status === 'ACTIVE';
  const deceased: { person: Person; spouse: Person; insured: boolean }[] = [];
  for (const person of population.people) {
    if (deceased.length >= families.length) break;
    const spouse = population.byId.get(person.spouseId ?? '');
    if (person.death !== null || person.relationshipToHead !== 'HEAD' || !person.permanentAddress)
      continue;
    if (taken.has(person.householdId ?? '') || !online(spouse)) continue;
    const category = population.insuranceByPerson.get(person.id)?.category;
    deceased.push({
      person,
      spouse,
      insured: category !== undefined && category !== 'NOT_PARTICIPATING',
    });
  }
  return { population, families, deceased };
}

/** The e-forms of one sandbox, group 1 and group 2 alternating. */
function interleave(p: ReturnType<typeof plan>, count: number): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; out.length < count; i += 1) {
    const family = p.families[i];
    if (family) out.push(group1Submission(p.population, { family }).submission);
    const d = p.deceased[i];
    if (d && out.length < count) {
      const relation = d.spouse.sex === 'FEMALE' ? 'VO' : 'CHONG';
      out.push(
        group2Submission(d.person, d.spouse, relation, d.insured ? { mt: 'MAI_TANG_BHXH' } : {}),
      );
    }
    if (!family && !d) break;
  }
  return out;
}

/** Runs `count` tasks with `concurrency` in flight. */
async function pool(count: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

async function call(method: string, path: string, body: unknown, headers: Record<string, string>) {
  const response = await fetch(`${gateway.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'x-officer-id': OFFICER,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function tokenOf(clientId: string): Promise<string> {
  const response = await fetch(`${gateway.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: `${clientId}-secret`,
    }),
  });
  const { access_token: value } = (await response.json()) as { access_token?: string };
  if (!value) throw new Error(`no token for ${clientId} (${response.status})`);
  return value;
}

function pct(sorted: readonly number[], q: number): string {
  return (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(2);
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
