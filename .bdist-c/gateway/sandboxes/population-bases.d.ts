/**
 * Seeded population bases, built once per (seed, size, provinces) and shared by every sandbox
 * that reads through them: the people in memory and every system's share in a Store base.
 * @see mocks/ports/README.md "Bases"; DESIGN.md §3 ("Sandboxes isolate tenants")
 */
import { type Problem } from '../../contracts/problems.js';
import { type Result } from '../../contracts/result.js';
import { type Population } from '../../mocks/domain/population/index.js';
import type { MockSystem } from '../../mocks/kit/system.js';
import type { Store } from '../../mocks/ports/store/index.js';
/** Which population a base holds. */
export interface PopulationKey {
    readonly seed: number;
    readonly size: number;
    /** Post-2025 province codes; all 34 when absent. */
    readonly provinces?: readonly string[];
}
/** A built base: its Store name and the population it was seeded from. */
export interface PopulationBase {
    readonly name: string;
    readonly population: Population;
}
/** Options of {@link createPopulationBases}. */
export interface PopulationBasesOptions {
    readonly store: Store;
    readonly systems: readonly MockSystem[];
    /** The population "today" (`yyyy-MM-dd`): ages and traits are relative to it. */
    readonly referenceDate: string;
}
/** Gives the base of a population key, building it on first use. */
export type PopulationBases = (key: PopulationKey) => Promise<Result<PopulationBase, Problem>>;
/**
 * The name of the base of a key: `population-${seed}-${size}`, plus the sorted provinces when
 * the population is limited to some.
 * @see mocks/ports/README.md "Bases"
 */
export declare function baseNameOf(key: PopulationKey): string;
/**
 * A lazy cache of bases over one Store: the first request for a key generates the population
 * and seeds every system into a new base; concurrent and later requests share that work.
 * A bad key (a size the generator refuses) is a 422 naming the option.
 * @see mocks/domain/population `generatePopulation`; MockSystem.seed
 */
export declare function createPopulationBases(options: PopulationBasesOptions): PopulationBases;
