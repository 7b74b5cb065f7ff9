/**
 * Trait recipes: how to build a family around a citizen who has a given trait. Each recipe picks a
 * household composition where the trait fits naturally, decorates it like any other family, then
 * forces the trait on its subject; the trait predicate then confirms it.
 */
import type { GenerationContext } from './context.js';
import type { Trait } from './traits.js';
import type { Person } from './types.js';
/**
 * One citizen to create.
 * @see runRecipe
 */
export interface RecipeRequest {
    readonly trait: Trait;
    readonly provinceCode: string;
    /** When false the subject is outside any household (never the head of one). */
    readonly withHousehold: boolean;
}
/**
 * Traits whose definition needs a household.
 * @see TRAITS
 */
export declare const TRAITS_NEEDING_A_HOUSEHOLD: readonly Trait[];
/**
 * Builds a family around one citizen with the requested trait and returns that citizen. Each
 * attempt builds and decorates a whole family (without natural births and deaths); a failed
 * attempt (e.g. a mother too young for the requested child) leaves a valid family behind.
 * @see RECIPES
 */
export declare function runRecipe(ctx: GenerationContext, request: RecipeRequest): Person;
