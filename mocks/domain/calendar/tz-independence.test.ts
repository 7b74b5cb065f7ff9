import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { sampleResults } from './tz-fixture.js';

const fixture = fileURLToPath(new URL('./tz-fixture.ts', import.meta.url));

interface FixtureOutput {
  readonly machineOffset: number;
  readonly results: Record<string, unknown>;
}

/** Runs the fixture in a fresh Node process, since TZ cannot change inside a worker thread. */
function runUnder(timeZone: string): FixtureOutput {
  const output = execFileSync(process.execPath, ['--import', 'tsx', fixture, '--print'], {
    env: { ...process.env, TZ: timeZone },
    encoding: 'utf8',
  });
  return JSON.parse(output) as FixtureOutput;
}

it.each([
  ['America/New_York', 300],
  ['Asia/Ho_Chi_Minh', -420],
  ['Pacific/Kiritimati', -840],
])(
  'computes the same Vietnamese dates when the machine runs in %s (offset %i min)',
  (timeZone, offset) => {
    const { machineOffset, results } = runUnder(timeZone);
    expect(machineOffset).toBe(offset);
    expect(results).toEqual(sampleResults());
    expect(results).toMatchObject({
      deadline: '2025-02-06T17:00:00+07:00',
      parsed: '2026-02-13T16:59:59.000Z',
    });
  },
  20_000,
);
