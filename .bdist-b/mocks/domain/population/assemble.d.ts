/**
 * Turns a generation run into an immutable Population: freezes the records, builds the indexes,
 * and, for an extension, layers the new records over the base population without copying it.
 */
import type { GenerationContext } from './context.js';
import type { Population, PopulationRecords } from './population.js';
import type { Seed } from './prng.js';
import type { Trait, TraitLookups } from './traits.js';
import type { Person } from './types.js';
/**
 * What a population records besides its content.
 * @see Population
 */
export interface PopulationMeta {
    readonly seed: Seed;
    readonly provinces: readonly string[];
}
/**
 * The records produced by a run, frozen, in generation order.
 * @see PopulationRecords
 */
export declare function freezeRecords(ctx: GenerationContext): PopulationRecords;
/**
 * A new population from a run without a base; `traits` is the trait index when the caller has
 * already computed it over the same people and records.
 * @see freezeRecords
 */
export declare function assemblePopulation(ctx: GenerationContext, meta: PopulationMeta, traits?: ReadonlyMap<Trait, readonly Person[]>): Population;
/**
 * The base population with a run's records added: arrays are concatenated, map indexes layered.
 * @see layerMap
 */
export declare function extendPopulation(base: Population, ctx: GenerationContext, records: PopulationRecords): Population;
/**
 * People of each trait, in the order given: one pass over the people (each person is read once,
 * which matters more than the predicates' cost at a million people).
 * @see TRAIT_PREDICATES
 */
export declare function traitIndex(people: readonly Person[], lookups: TraitLookups): ReadonlyMap<Trait, readonly Person[]>;
/**
 * Freezes a copy of a population (read back with `v8.deserialize`, which returns plain objects)
 * exactly as {@link assemblePopulation} froze the original.
 * @see gateway/sandboxes/population-cache.ts
 */
export declare function refreezePopulation(population: Population): Population;
