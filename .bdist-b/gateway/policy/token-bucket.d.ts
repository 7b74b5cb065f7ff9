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
export declare function refill(limit: BucketLimit, bucket: Bucket | undefined, now: number): Bucket;
/**
 * Milliseconds until a refilled bucket holds one whole token (0 when it already does).
 * @see SECURITY.md §2 GW-15 (`Retry-After`)
 */
export declare function waitForToken(limit: BucketLimit, bucket: Bucket): number;
/**
 * Whether a request may pass, and how long to wait when it may not.
 * @see SECURITY.md §2 GW-15
 */
export type RateDecision = {
    readonly allowed: true;
} | {
    readonly allowed: false;
    readonly retryAfterMs: number;
};
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
export declare function createRateLimiter(options: {
    readonly limits: readonly BucketLimit[];
    readonly now: () => number;
    readonly maxTracked: number;
}): RateLimiter;
