/**
 * Trait lookups over a run in progress, so the trait predicates can be evaluated before the
 * population is assembled (for top-ups and for recipe checks).
 */
import type { GenerationContext } from './context.js';
import type { TraitLookups } from './traits.js';
import type { Person } from './types.js';
/**
 * Lookups for predicates about `people` (children are looked for among them) in a run.
 * @see TraitLookups
 */
export declare function lookupsFor(ctx: GenerationContext, people: readonly Person[]): TraitLookups;
