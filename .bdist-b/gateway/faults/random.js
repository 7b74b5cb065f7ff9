import { createPrng } from '../../mocks/domain/population/index.js';
/**
 * A random source for the faults of `sandboxId`, from the sandbox's seed: the same seed and the
 * same sequence of calls give the same faults, and sandboxes never share a stream. Create one
 * per sandbox (and again on reset) and pass it to `drawFault`.
 */
export function faultRandom(seed, sandboxId) {
    return createPrng(`faults:${String(seed)}:${sandboxId}`).random;
}
