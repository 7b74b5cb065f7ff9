/** A source of uniform numbers in [0, 1), like `Math.random`; inject a seeded one in tests. */
export type RandomSource = () => number;
/**
 * Draws `count` decimal digits, one RNG call per digit.
 * @see DOMAIN.md §6.1 (`NNNNNN` random digits)
 */
export declare function randomDigits(random: RandomSource, count: number): string;
/**
 * Draws an integer in [min, max], inclusive.
 * @see randomDigits
 */
export declare function randomInteger(random: RandomSource, min: number, max: number): number;
