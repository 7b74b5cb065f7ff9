/**
 * Samples the latency of a latency rule: fixed, or drawn from a distribution with the sandbox's
 * seeded random source, clipped to 0–600000 ms and rounded to whole milliseconds.
 * @see specs/sandbox.yaml#/components/schemas/FaultLatencyDistribution, GaussianLatency
 */
import type { RandomSource } from '../../mocks/domain/identifiers/index.js';
import type { FaultEffect } from './types.js';
/** The largest latency a rule may add (the schema's maximum). */
export declare const MAX_LATENCY_MS = 600000;
/** A latency effect: fixed or distributed. */
export type LatencyEffect = Extract<FaultEffect, {
    kind: 'latency';
}>;
/**
 * The latency to add for one call, in whole ms within [0, {@link MAX_LATENCY_MS}]. A fixed
 * latency draws nothing; a distribution draws from `random` (uniform: one draw; normal and
 * log-normal: two, Box–Muller).
 */
export declare function sampleLatency(effect: LatencyEffect, random: RandomSource): number;
