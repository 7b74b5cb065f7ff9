/**
 * Multi-generation families: an elder couple with their married heir (a son, or a daughter in
 * matrilineal groups), the heir's spouse and children, living together under the elder head, or
 * under the heir with a widowed elder parent, or in two linked households nearby.
 */
import type { GenerationContext } from './context.js';
import type { Family } from './household.js';
import type { FamilyOptions } from './household-kinds.js';
/**
 * Three generations under the elder head (the heir and spouse are not household heads).
 * @see buildLineage
 */
export declare function buildElderHeaded(ctx: GenerationContext, options: FamilyOptions): Family;
/**
 * Three generations under the heir, with a widowed elder parent.
 * @see buildLineage
 */
export declare function buildChildHeaded(ctx: GenerationContext, options: FamilyOptions): Family;
/**
 * Elder couple and the heir's family in two households of the same province.
 * @see buildLineage
 */
export declare function buildParentsNearby(ctx: GenerationContext, options: FamilyOptions): Family;
