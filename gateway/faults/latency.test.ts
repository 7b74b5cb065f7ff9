import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPrng } from '../../mocks/domain/population/index.js';
import { MAX_LATENCY_MS, sampleLatency, type LatencyEffect } from './latency.js';

function samples(effect: LatencyEffect, n: number, seed = 7): number[] {
  const random = createPrng(seed).random;
  return Array.from({ length: n }, () => sampleLatency(effect, random));
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function stdDev(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
}

describe('sampleLatency', () => {
  it.each([
    [0, 0],
    [2500, 2500],
    [MAX_LATENCY_MS, MAX_LATENCY_MS],
  ])('adds a fixed latency of %i ms as %i ms without drawing', (fixedMs, expected) => {
    const random = () => {
      throw new Error('a fixed latency must not draw');
    };
    expect(sampleLatency({ kind: 'latency', fixedMs }, random)).toBe(expected);
  });

  it('keeps a uniform latency within [minMs, maxMs] in whole milliseconds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_LATENCY_MS }),
        fc.integer({ min: 0, max: MAX_LATENCY_MS }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (a, b, u) => {
          const [minMs, maxMs] = a <= b ? [a, b] : [b, a];
          const ms = sampleLatency(
            { kind: 'latency', distribution: { shape: 'uniform', minMs, maxMs } },
            () => u,
          );
          return Number.isInteger(ms) && ms >= minMs && ms <= maxMs;
        },
      ),
    );
  });

  it('draws a normal latency with the configured mean and spread', () => {
    const xs = samples(
      { kind: 'latency', distribution: { shape: 'normal', meanMs: 800, stdDevMs: 150 } },
      20_000,
    );
    expect(mean(xs)).toBeGreaterThan(790);
    expect(mean(xs)).toBeLessThan(810);
    expect(stdDev(xs)).toBeGreaterThan(140);
    expect(stdDev(xs)).toBeLessThan(160);
  });

  it('draws a log-normal latency whose own mean and spread are the configured ones', () => {
    const xs = samples(
      { kind: 'latency', distribution: { shape: 'lognormal', meanMs: 800, stdDevMs: 400 } },
      40_000,
    );
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(mean(xs)).toBeGreaterThan(780);
    expect(mean(xs)).toBeLessThan(820);
    expect(stdDev(xs)).toBeGreaterThan(360);
    expect(stdDev(xs)).toBeLessThan(440);
  });

  it('clips a normal latency at 0 and at the maximum', () => {
    const low = samples(
      { kind: 'latency', distribution: { shape: 'normal', meanMs: 0, stdDevMs: 1000 } },
      2000,
    );
    const high = samples(
      {
        kind: 'latency',
        distribution: { shape: 'normal', meanMs: MAX_LATENCY_MS, stdDevMs: 100_000 },
      },
      2000,
    );
    expect(Math.min(...low)).toBe(0);
    expect(Math.max(...high)).toBe(MAX_LATENCY_MS);
  });

  it('gives the same latencies for the same seed', () => {
    const effect: LatencyEffect = {
      kind: 'latency',
      distribution: { shape: 'lognormal', meanMs: 300, stdDevMs: 100 },
    };
    expect(samples(effect, 50, 42)).toEqual(samples(effect, 50, 42));
    expect(samples(effect, 50, 42)).not.toEqual(samples(effect, 50, 43));
  });
});
