/**
 * sfc32 ("Small Fast Chaotic", Chris Doty-Humphrey, PractRand): 128 bits of state, period at least
 * 2^32, passes PractRand and BigCrush, about 20 lines of 32-bit integer arithmetic. Not for
 * cryptography. The state is four 32-bit words; {@link Prng.uint32} is the whole algorithm.
 * @see https://pracrand.sourceforge.net/RNG_engines.txt (sfc32)
 */
export class Prng {
    a;
    b;
    c;
    d;
    /** The generator as an identifiers `RandomSource` (one bound function per generator). */
    random = () => this.float();
    constructor(seed) {
        [this.a, this.b, this.c, this.d] = seedState(seed);
        // The first outputs of a fresh sfc32 still correlate with the seed: discard them.
        for (let i = 0; i < 15; i += 1)
            this.uint32();
    }
    /** The next 32-bit unsigned integer. */
    uint32() {
        const t = (((this.a + this.b) | 0) + this.d) | 0;
        this.d = (this.d + 1) | 0;
        this.a = this.b ^ (this.b >>> 9);
        this.b = (this.c + (this.c << 3)) | 0;
        this.c = (this.c << 21) | (this.c >>> 11);
        this.c = (this.c + t) | 0;
        return t >>> 0;
    }
    /** A uniform float in [0, 1) with 32 bits of randomness. */
    float() {
        return this.uint32() / 4_294_967_296;
    }
    /** A uniform integer in [min, max], both inclusive. */
    int(min, max) {
        return min + Math.floor(this.float() * (max - min + 1));
    }
    /** `true` with probability `p`. */
    chance(p) {
        return this.float() < p;
    }
    /** One element of a non-empty array, uniformly. */
    pick(values) {
        const value = values[Math.floor(this.float() * values.length)];
        if (value === undefined)
            throw new RangeError('pick() needs a non-empty array');
        return value;
    }
    /** One value of a weighted table, with probability weight / total (binary search). */
    weighted(table) {
        const target = this.float() * table.total;
        let low = 0;
        let high = table.cumulative.length - 1;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if ((table.cumulative[mid] ?? 0) > target)
                high = mid;
            else
                low = mid + 1;
        }
        const value = table.values[low];
        if (value === undefined)
            throw new RangeError('weighted() needs a non-empty table');
        return value;
    }
}
/**
 * Prepares `[value, weight]` rows for weighted draws; weights are relative and need not sum to 1.
 * Throws on an empty table or a negative or non-finite weight (a bug in a data table).
 * @see Prng.weighted
 */
export function createWeightedTable(rows) {
    let total = 0;
    const cumulative = [];
    for (const [, weight] of rows) {
        if (!Number.isFinite(weight) || weight < 0)
            throw new RangeError('weights must be ≥ 0');
        total += weight;
        cumulative.push(total);
    }
    if (rows.length === 0 || total <= 0)
        throw new RangeError('a weighted table needs weight > 0');
    return Object.freeze({
        values: Object.freeze(rows.map(([value]) => value)),
        cumulative: Object.freeze(cumulative),
        total,
    });
}
/**
 * Creates a generator from a seed. A number must be a safe integer; a string is hashed.
 * @see Prng
 */
export function createPrng(seed) {
    return new Prng(seed);
}
/**
 * Expands a seed to four non-zero 32-bit words: splitmix32 for numbers, cyrb128 for strings
 * (both public-domain mixing functions), so nearby seeds give unrelated streams.
 * @see https://github.com/bryc/code/blob/master/jshash/PRNGs.md (cyrb128, splitmix32)
 */
function seedState(seed) {
    if (typeof seed === 'string')
        return cyrb128(seed);
    if (!Number.isSafeInteger(seed))
        throw new RangeError('a numeric seed must be a safe integer');
    let state = (seed ^ Math.floor(seed / 4_294_967_296)) >>> 0;
    const next = () => {
        state = (state + 0x9e3779b9) | 0;
        let z = state;
        z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
        z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
        return (z ^ (z >>> 15)) >>> 0 || 1;
    };
    return [next(), next(), next(), next()];
}
function cyrb128(text) {
    let h1 = 1779033703;
    let h2 = 3144134277;
    let h3 = 1013904242;
    let h4 = 2773480762;
    for (let i = 0; i < text.length; i += 1) {
        const k = text.charCodeAt(i);
        h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
        h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
        h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
        h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
    h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
    h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
    h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
    h1 ^= h2 ^ h3 ^ h4;
    h2 ^= h1;
    h3 ^= h1;
    h4 ^= h1;
    return [h1 >>> 0 || 1, h2 >>> 0 || 1, h3 >>> 0 || 1, h4 >>> 0 || 1];
}
