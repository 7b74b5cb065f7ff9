/**
 * Start-up benchmark: `npm run bench:startup [-- --runs 5]` (builds `dist/` first).
 *
 * Starts `node dist/bin/lienthong.js serve` with the default seed and population, several times,
 * and measures from the spawn to (1) the first answer of `GET /readyz`, whatever its status — the
 * server is listening — and (2) the first `200` — the default sandbox is seeded and every stage
 * is wired. A baseline `node -e ''` (spawn to exit) is measured in the same run, and each figure
 * is printed with its ratio to it. The first start runs with an empty population cache (it
 * generates the people and writes the cache), the measured runs read it, as every later start
 * of an installed sandbox does. Target: start-up (ready) in under 1 s.
 * @see issue 5 (start-up under 1 s); README.md "Benchmarks"
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cacheDir } from '../../contracts/disk-cache.js';

const TARGET_MS = 1000;
const POLL_MS = 5;
const TIMEOUT_MS = 20_000;

const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs <= 0) throw new Error('--runs must be a positive integer');
const bin = fileURLToPath(new URL('../../dist/bin/lienthong.js', import.meta.url));

// A cold start: no cached population (it is generated, then cached for the measured runs).
for (const file of existsSync(cacheDir()) ? readdirSync(cacheDir()) : []) {
  if (!file.startsWith('population-')) continue;
  rmSync(join(cacheDir(), file), { force: true });
}
const cold = await serve();
const baseline: number[] = [];
const listening: number[] = [];
const ready: number[] = [];
for (let i = 0; i < runs; i++) {
  baseline.push(await emptyNode());
  const measured = await serve();
  listening.push(measured.listeningMs);
  ready.push(measured.readyMs);
}

const base = median(baseline);
process.stdout.write(
  `start-up of lienthong serve (default seed and population), median of ${runs} runs\n\n`,
);
for (const [name, values] of [
  ["node -e ''", baseline],
  ['listening', listening],
  ['ready (/readyz 200)', ready],
] as const) {
  const m = median(values);
  process.stdout.write(
    `${name.padEnd(20)} ${String(Math.round(m)).padStart(5)} ms  ×${(m / base).toFixed(1)}` +
      `  (min ${Math.round(Math.min(...values))}, max ${Math.round(Math.max(...values))})\n`,
  );
}
const ready50 = median(ready);
const met = ready50 < TARGET_MS ? 'met' : 'MISSED';
process.stdout.write(
  `\nfirst start with an empty population cache: listening ${Math.round(cold.listeningMs)} ms, ` +
    `ready ${Math.round(cold.readyMs)} ms\n` +
    `listening in ${Math.round(median(listening))} ms, ready in ${Math.round(ready50)} ms ` +
    `(target: start-up < ${TARGET_MS} ms: ${met})\n`,
);

/** Spawn to exit of a process that does nothing: what any Node start costs on this machine. */
function emptyNode(): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', () => resolve(performance.now() - started));
  });
}

async function serve(): Promise<{ listeningMs: number; readyMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'serve', '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  try {
    let listeningMs: number | undefined;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`lienthong serve exited (${child.exitCode})`);
      const elapsed = performance.now() - started;
      if (elapsed > TIMEOUT_MS) throw new Error('lienthong serve did not become ready');
      const status = await readiness(port);
      if (status !== undefined) listeningMs ??= performance.now() - started;
      if (status === 200)
        return { listeningMs: listeningMs ?? 0, readyMs: performance.now() - started };
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    await stop(child);
  }
}

/** The status of `GET /readyz`, or `undefined` while nothing listens. */
function readiness(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/readyz', agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.once('error', () => resolve(undefined));
    req.end();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve();
      return;
    }
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
