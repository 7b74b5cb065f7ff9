/** The largest latency a rule may add (the schema's maximum). */
export const MAX_LATENCY_MS = 600_000;
/**
 * The latency to add for one call, in whole ms within [0, {@link MAX_LATENCY_MS}]. A fixed
 * latency draws nothing; a distribution draws from `random` (uniform: one draw; normal and
 * log-normal: two, Box–Muller).
 */
export function sampleLatency(effect, random) {
    if ('fixedMs' in effect)
        return clip(effect.fixedMs);
    return clip(sampleDistribution(effect.distribution, random));
}
function sampleDistribution(d, random) {
    if (d.shape === 'uniform')
        return d.minMs + random() * (d.maxMs - d.minMs);
    const z = standardNormal(random);
    if (d.shape === 'normal')
        return d.meanMs + d.stdDevMs * z;
    // meanMs and stdDevMs describe the latency itself; derive the parameters of its logarithm.
    if (d.meanMs <= 0)
        return 0;
    const sigma2 = Math.log(1 + (d.stdDevMs / d.meanMs) ** 2);
    const mu = Math.log(d.meanMs) - sigma2 / 2;
    return Math.exp(mu + Math.sqrt(sigma2) * z);
}
/** One standard normal draw (Box–Muller, cosine branch). */
function standardNormal(random) {
    const u1 = 1 - random(); // (0, 1]: keeps log finite
    const u2 = random();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
function clip(ms) {
    return Math.round(Math.min(MAX_LATENCY_MS, Math.max(0, ms)));
}
