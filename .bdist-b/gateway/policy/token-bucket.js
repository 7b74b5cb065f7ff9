/**
 * The bucket refilled up to `now`: full when new, never above capacity, never moved backwards
 * (a clock step back neither refills nor drains it).
 * @see SECURITY.md §2 GW-15
 */
export function refill(limit, bucket, now) {
    if (!bucket)
        return { tokens: limit.capacity, at: now };
    const elapsed = Math.max(0, now - bucket.at);
    const tokens = Math.min(limit.capacity, bucket.tokens + (elapsed * limit.capacity) / limit.perMs);
    return { tokens, at: Math.max(now, bucket.at) };
}
/**
 * Milliseconds until a refilled bucket holds one whole token (0 when it already does).
 * @see SECURITY.md §2 GW-15 (`Retry-After`)
 */
export function waitForToken(limit, bucket) {
    if (bucket.tokens >= 1)
        return 0;
    return Math.ceil(((1 - bucket.tokens) * limit.perMs) / limit.capacity);
}
/**
 * Creates a rate limiter over `limits`. Full buckets carry no information, so once `maxTracked`
 * keys are kept, adding one first drops the keys whose buckets are all full again: memory is
 * bounded by the keys active within a refill period.
 * @see SECURITY.md §2 GW-15
 */
export function createRateLimiter(options) {
    const { limits } = options;
    const buckets = new Map();
    const isIdle = (list, now) => limits.every((limit, i) => refill(limit, list[i], now).tokens >= limit.capacity);
    return {
        take(key) {
            const now = options.now();
            const current = buckets.get(key);
            const refilled = limits.map((limit, i) => refill(limit, current?.[i], now));
            const retryAfterMs = Math.max(0, ...limits.map((limit, i) => waitForToken(limit, refilled[i])));
            if (!current && buckets.size >= options.maxTracked) {
                for (const [other, list] of buckets)
                    if (isIdle(list, now))
                        buckets.delete(other);
            }
            if (retryAfterMs > 0) {
                buckets.set(key, refilled);
                return { allowed: false, retryAfterMs };
            }
            buckets.set(key, refilled.map((b) => ({ tokens: b.tokens - 1, at: b.at })));
            return { allowed: true };
        },
        size: () => buckets.size,
    };
}
