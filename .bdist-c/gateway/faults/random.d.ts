/**
 * The seeded random source of one sandbox's faults.
 * @see specs/sandbox.yaml#/components/schemas/FaultRuleInput (probability "drawn from the sandbox seed")
 */
import type { RandomSource } from '../../mocks/domain/identifiers/index.js';
import { type Seed } from '../../mocks/domain/population/index.js';
/**
 * A random source for the faults of `sandboxId`, from the sandbox's seed: the same seed and the
 * same sequence of calls give the same faults, and sandboxes never share a stream. Create one
 * per sandbox (and again on reset) and pass it to `drawFault`.
 */
export declare function faultRandom(seed: Seed, sandboxId: string): RandomSource;
