import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRateLimiter, refill, waitForToken } from './token-bucket.js';

const PER_SECOND_20 = { capacity: 40, perMs: 2000 };

function fakeTime(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('token buckets', () => {
  it.each([
    [undefined, 500, 40],
    [{ tokens: 0, at: 0 }, 500, 10],
    [{ tokens: 39, at: 0 }, 500, 40],
    [{ tokens: 5, at: 1000 }, 500, 5],
  ])('refills %j at %i ms to %f tokens', (bucket, now, tokens) => {
    expect(refill(PER_SECOND_20, bucket, now).tokens).toBe(tokens);
  });

  it.each([
    [{ tokens: 1, at: 0 }, 0],
    [{ tokens: 0, at: 0 }, 50],
    [{ tokens: 0.5, at: 0 }, 25],
  ])('waits for one token from %j: %i ms', (bucket, ms) => {
    expect(waitForToken(PER_SECOND_20, bucket)).toBe(ms);
  });

  it('lets a burst of 40 through, then 20 a second', () => {
    const time = fakeTime();
    const limiter = createRateLimiter({ limits: [PER_SECOND_20], now: time.now, maxTracked: 10 });
    for (let i = 0; i < 40; i++) expect(limiter.take('tinh-demo').allowed).toBe(true);
    expect(limiter.take('tinh-demo')).toEqual({ allowed: false, retryAfterMs: 50 });
    time.advance(1000);
    let passed = 0;
    while (limiter.take('tinh-demo').allowed) passed++;
    expect(passed).toBe(20);
  });

  it('keeps keys apart', () => {
    const time = fakeTime();
    const limiter = createRateLimiter({
      limits: [{ capacity: 1, perMs: 1000 }],
      ...time,
      maxTracked: 10,
    });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('takes from every limit or from none, and reports the longest wait', () => {
    const time = fakeTime();
    const limiter = createRateLimiter({
      limits: [
        { capacity: 30, perMs: 60_000 },
        { capacity: 2, perMs: 86_400_000 },
      ],
      now: time.now,
      maxTracked: 10,
    });
    expect(limiter.take('cb').allowed).toBe(true);
    expect(limiter.take('cb').allowed).toBe(true);
    expect(limiter.take('cb')).toEqual({ allowed: false, retryAfterMs: 43_200_000 });
  });

  it('neither refills nor drains when the clock steps back', () => {
    const time = fakeTime();
    const limiter = createRateLimiter({
      limits: [{ capacity: 1, perMs: 1000 }],
      ...time,
      maxTracked: 10,
    });
    expect(limiter.take('a').allowed).toBe(true);
    time.advance(-5000);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('drops idle buckets once it tracks too many keys', () => {
    const time = fakeTime();
    const limiter = createRateLimiter({
      limits: [{ capacity: 2, perMs: 1000 }],
      ...time,
      maxTracked: 3,
    });
    for (const key of ['a', 'b', 'c']) limiter.take(key);
    expect(limiter.size()).toBe(3);
    time.advance(1000);
    limiter.take('d');
    expect(limiter.size()).toBe(1);
  });

  it('never lets more through than the burst plus the refill of the elapsed time', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 300 }), (gaps) => {
        const time = fakeTime();
        const limiter = createRateLimiter({
          limits: [PER_SECOND_20],
          now: time.now,
          maxTracked: 5,
        });
        let passed = 0;
        let elapsed = 0;
        for (const gap of gaps) {
          time.advance(gap);
          elapsed += gap;
          if (limiter.take('k').allowed) passed++;
        }
        expect(passed).toBeLessThanOrEqual(40 + Math.floor((elapsed * 40) / 2000));
      }),
    );
  });
});
