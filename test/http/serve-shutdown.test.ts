import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `lienthong serve` in a child process and resolves with its URL once it is ready. */
async function serve(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bin/lienthong.ts', 'serve', '--port', '0'],
    {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'silent', LIENTHONG_POPULATION: '500' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const ready = /ready in \d+ ms at (http:\/\/\S+)/.exec(output);
      if (ready?.[1]) resolve(ready[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${output}`)));
  });
  return { child, url };
}

async function adminToken(url: string): Promise<string> {
  const response = await fetch(`${url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'sandbox-admin',
      client_secret: 'sandbox-admin-secret',
    }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

describe('lienthong serve', () => {
  it('finishes a slow request in flight on SIGTERM and exits 0', { timeout: 30_000 }, async () => {
    const { child, url } = await serve();
    const exited = once(child, 'exit');
    // Make the population registry's health check take 1.5 s with a fault rule.
    const rule = await fetch(`${url}/sandbox/v1/sandboxes/default/faults/slow-health`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${await adminToken(url)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        match: { operationId: 'dancuGetHealth' },
        effect: { kind: 'latency', fixedMs: 1500 },
      }),
    });
    expect(rule.status).toBe(201);
    const started = performance.now();
    const answer = fetch(`${url}/dancu/v1/suc-khoe`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGTERM');
    const response = await answer;
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1400);
    expect(await exited).toEqual([0, null]);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
