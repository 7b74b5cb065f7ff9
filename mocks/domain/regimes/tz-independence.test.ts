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
  ['America/Los_Angeles', 480],
  ['Asia/Ho_Chi_Minh', -420],
  ['Pacific/Kiritimati', -840],
])(
  'selects the same regimes when the machine runs in %s (offset %i min)',
  (timeZone, offset) => {
    const { machineOffset, results } = runUnder(timeZone);
    expect(machineOffset).toBe(offset);
    expect(results).toEqual(sampleResults());
    expect(results).toEqual({
      strings: ['NO_REGIME', 'ND63_2024', 'ND63_2024', 'ND301_2026', 'ND301_2026'],
      dates: ['NO_REGIME', 'ND63_2024', 'ND63_2024', 'ND301_2026'],
      amount: 10_800_000,
      alias: '2.000986',
    });
  },
  20_000,
);
