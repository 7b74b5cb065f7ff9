/**
 * The fixed computations compared across time zones.
 * @see tz-independence.test.ts
 */
export declare function sampleResults(): Record<string, unknown>;
