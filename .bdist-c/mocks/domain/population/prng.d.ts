/**
 * The seeded pseudo-random number generator of the synthetic population. Every draw goes through
 * one {@link Prng}, so the same seed and the same call order give the same people, bit for bit,
 * on every machine. `Math.random` is never used.
 */
import type { RandomSource } from '../identifiers/index.js';
/**
 * A seed: a safe integer, or any string (hashed to 128 bits).
 * @see createPrng
 */
export type Seed = number | string;
/**
 * sfc32 ("Small Fast Chaotic", Chris Doty-Humphrey, PractRand): 128 bits of state, period at least
 * 2^32, passes PractRand and BigCrush, about 20 lines of 32-bit integer arithmetic. Not for
 * cryptography. The state is four 32-bit words; {@link Prng.uint32} is the whole algorithm.
 * @see https://pracrand.sourceforge.net/RNG_engines.txt (sfc32)
 */
export declare class Prng {
    private a;
    private b;
    private c;
    private d;
    /** The generator as an identifiers `RandomSource` (one bound function per generator). */
    readonly random: RandomSource;
    constructor(seed: Seed);
    /** The next 32-bit unsigned integer. */
    uint32(): number;
    /** A uniform float in [0, 1) with 32 bits of randomness. */
    float(): number;
    /** A uniform integer in [min, max], both inclusive. */
    int(min: number, max: number): number;
    /** `true` with probability `p`. */
    chance(p: number): boolean;
    /** One element of a non-empty array, uniformly. */
    pick<T>(values: readonly T[]): T;
    /** One value of a weighted table, with probability weight / total (binary search). */
    weighted<T>(table: WeightedTable<T>): T;
}
/**
 * A table of values with weights, prepared once for {@link Prng.weighted}.
 * @see createWeightedTable
 */
export interface WeightedTable<T> {
    readonly values: readonly T[];
    /** Running totals of the weights, same order as `values`. */
    readonly cumulative: readonly number[];
    readonly total: number;
}
/**
 * Prepares `[value, weight]` rows for weighted draws; weights are relative and need not sum to 1.
 * Throws on an empty table or a negative or non-finite weight (a bug in a data table).
 * @see Prng.weighted
 */
export declare function createWeightedTable<T>(rows: readonly (readonly [T, number])[]): WeightedTable<T>;
/**
 * Creates a generator from a seed. A number must be a safe integer; a string is hashed.
 * @see Prng
 */
export declare function createPrng(seed: Seed): Prng;
