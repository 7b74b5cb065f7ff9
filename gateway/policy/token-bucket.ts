import type { BucketLimit } from './policy-config.js';

/**
 * A token bucket's state: the tokens left at instant `at` (ms).
 * @see SECURITY.md §2 GW-15
 */
export interface Bucket {
  readonly tokens: number;
  readonly at: number;
}

/**
 * The bucket refilled up to `now`: full when new, never above capacity, never moved backwards
 * (a clock step back neither refills nor drains it).
 * @see SECURITY.md §2 GW-15
 */
export function refill(limit: BucketLimit, bucket: Bucket | undefined, now: number): Bucket {
  if (!bucket) return { tokens: limit.capacity, at: now };
  const elapsed = Math.max(0, now - bucket.at);
  const tokens = Math.min(limit.capacity, bucket.tokens + (elapsed * limit.capacity) / limit.perMs);
  return { tokens, at: Math.max(now, bucket.at) };
}

/**
 * Milliseconds until a refilled bucket holds one whole token (0 when it already does).
 * @see SECURITY.md §2 GW-15 (`Retry-After`)
 */
export function waitForToken(limit: BucketLimit, bucket: Bucket): number {
  if (bucket.tokens >= 1) return 0;
  return Math.ceil(((1 - bucket.tokens) * limit.perMs) / limit.capacity);
}

/**
 * Whether a request may pass, and how long to wait when it may not.
 * @see SECURITY.md §2 GW-15
 */
export type RateDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number };

const ALLOWED: RateDecision = Object.freeze({ allowed: true });

/**
 * Token buckets kept in memory, keyed by any string, on an injected time source. Several limits
 * guard each key together: a request takes a token from each bucket or from none.
 * @see SECURITY.md §2 GW-15
 */
export interface RateLimiter {
  take(key: string): RateDecision;
  /** Number of keys tracked (for tests and metrics). */
  size(): number;
}

/**
 * Creates a rate limiter over `limits`. Full buckets carry no information, so once `maxTracked`
 * keys are kept, adding one first drops the keys whose buckets are all full again: memory is
 * bounded by the keys active within a refill period.
 * @see SECURITY.md §2 GW-15
 */
export function createRateLimiter(options: {
  readonly limits: readonly BucketLimit[];
  readonly now: () => number;
  readonly maxTracked: number;
}): RateLimiter {
  const { limits } = options;
  // One mutable bucket per limit and key: a take on the hot path allocates nothing.
  const buckets = new Map<string, { tokens: number; at: number }[]>();
  const isIdle = (list: readonly Bucket[], now: number): boolean =>
    limits.every((limit, i) => refill(limit, list[i], now).tokens >= limit.capacity);
  return {
    take(key) {
      const now = options.now();
      let list = buckets.get(key);
      if (!list) {
        if (buckets.size >= options.maxTracked) {
          for (const [other, kept] of buckets) if (isIdle(kept, now)) buckets.delete(other);
        }
        list = limits.map((limit) => ({ tokens: limit.capacity, at: now }));
        buckets.set(key, list);
      }
      let retryAfterMs = 0;
      for (let i = 0; i < limits.length; i += 1) {
        const bucket = list[i] as { tokens: number; at: number };
        const refilled = refill(limits[i] as BucketLimit, bucket, now);
        bucket.tokens = refilled.tokens;
        bucket.at = refilled.at;
        retryAfterMs = Math.max(retryAfterMs, waitForToken(limits[i] as BucketLimit, bucket));
      }
      if (retryAfterMs > 0) return { allowed: false, retryAfterMs };
      for (const bucket of list) bucket.tokens -= 1;
      return ALLOWED;
    },
    size: () => buckets.size,
  };
}
