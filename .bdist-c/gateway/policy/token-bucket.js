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
const ALLOWED = Object.freeze({ allowed: true });
/**
 * Creates a rate limiter over `limits`. Full buckets carry no information, so once `maxTracked`
 * keys are kept, adding one first drops the keys whose buckets are all full again: memory is
 * bounded by the keys active within a refill period.
 * @see SECURITY.md §2 GW-15
 */
export function createRateLimiter(options) {
    const { limits } = options;
    // One mutable bucket per limit and key: a take on the hot path allocates nothing.
    const buckets = new Map();
    const isIdle = (list, now) => limits.every((limit, i) => refill(limit, list[i], now).tokens >= limit.capacity);
    return {
        take(key) {
            const now = options.now();
            let list = buckets.get(key);
            if (!list) {
                if (buckets.size >= options.maxTracked) {
                    for (const [other, kept] of buckets)
                        if (isIdle(kept, now))
                            buckets.delete(other);
                }
                list = limits.map((limit) => ({ tokens: limit.capacity, at: now }));
                buckets.set(key, list);
            }
            let retryAfterMs = 0;
            for (let i = 0; i < limits.length; i += 1) {
                const bucket = list[i];
                const refilled = refill(limits[i], bucket, now);
                bucket.tokens = refilled.tokens;
                bucket.at = refilled.at;
                retryAfterMs = Math.max(retryAfterMs, waitForToken(limits[i], bucket));
            }
            if (retryAfterMs > 0)
                return { allowed: false, retryAfterMs };
            for (const bucket of list)
                bucket.tokens -= 1;
            return ALLOWED;
        },
        size: () => buckets.size,
    };
}
