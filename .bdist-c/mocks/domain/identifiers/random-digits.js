/**
 * Random digit strings from an injected RNG. Generators never call `Math.random`, so a seeded
 * RNG makes every generated identifier reproducible.
 */
import { InvalidIdentifierInputError } from './errors.js';
/**
 * Draws `count` decimal digits, one RNG call per digit.
 * @see DOMAIN.md §6.1 (`NNNNNN` random digits)
 */
export function randomDigits(random, count) {
    let digits = '';
    for (let i = 0; i < count; i += 1) {
        digits += String(Math.floor(unit(random) * 10));
    }
    return digits;
}
/**
 * Draws an integer in [min, max], inclusive.
 * @see randomDigits
 */
export function randomInteger(random, min, max) {
    return min + Math.floor(unit(random) * (max - min + 1));
}
function unit(random) {
    const value = random();
    if (!Number.isFinite(value) || value < 0 || value >= 1) {
        throw new InvalidIdentifierInputError('RANDOM_OUT_OF_RANGE', 'random() must return [0, 1)');
    }
    return value;
}
