/**
 * Household compositions, as data (their shares) and builders: single people, couples, nuclear
 * families, single parents; multi-generation ones live in `multigen-kinds.ts`.
 */
import type { Draft, GenerationContext } from './context.js';
import type { Family, FamilyMember } from './household.js';
import type { Person, Sex } from './types.js';
/**
 * The household compositions.
 * @see HOUSEHOLD_KIND_SHARES
 */
export type HouseholdKind = 'SINGLE_YOUNG' | 'SINGLE_ELDERLY' | 'COUPLE_YOUNG' | 'COUPLE_ELDERLY' | 'NUCLEAR' | 'SINGLE_PARENT' | 'THREE_GENERATIONS_ELDER_HEAD' | 'THREE_GENERATIONS_CHILD_HEAD' | 'PARENTS_NEARBY';
/**
 * Shares of the household compositions (percent of family units; PARENTS_NEARBY makes two
 * linked households). APPROXIMATE, chosen to give an average household of about 3.5 people and
 * about a quarter of households with three generations.
 * @see GSO census 2019 (average household size 3.5)
 */
export declare const HOUSEHOLD_KIND_SHARES: import("./prng.js").WeightedTable<HouseholdKind>;
/**
 * Options shared by the builders; trait recipes use them to shape a family.
 * @see runRecipe
 */
export interface FamilyOptions {
    readonly provinceCode: string;
    /** The youngest child: a registered newborn (with or without residence) or a child aged 1–5. */
    readonly youngest?: 'NEWBORN_COMPLETE' | 'NEWBORN_BIRTH_ONLY' | 'UNDER_6';
    /** Age range (years) of the oldest generation. */
    readonly elderAge?: readonly [number, number];
    /** Sex of the surviving elder of a widowed household. */
    readonly elderSex?: Sex;
}
/**
 * Number of children of a couple: 1–4, mostly two.
 * @see GSO population and housing census 2019 (total fertility rate ≈ 2.1)
 */
export declare const CHILD_COUNTS: import("./prng.js").WeightedTable<number>;
/**
 * Unmarried children aged 18–30 who live on temporary residence elsewhere in the province.
 * @see moveAway
 */
export declare const MOVED_AWAY_SHARE = 0.3;
/**
 * The birth day of the youngest child requested by the options, if any.
 * @see FamilyOptions.youngest
 */
export declare function youngestDay(ctx: GenerationContext, options: FamilyOptions): number | undefined;
/**
 * A couple with their children; adult children may live away on temporary residence. With a
 * newborn "birth only", the newborn is registered at birth but not yet for residence.
 * @see HouseholdKind
 */
export declare function buildNuclear(ctx: GenerationContext, options: FamilyOptions): Family;
/**
 * One adult alone: a young single person, or an elderly widow(er) whose spouse's death is
 * registered.
 * @see HouseholdKind
 */
export declare function buildSingle(ctx: GenerationContext, options: FamilyOptions, elderly: boolean): Family;
/**
 * A married couple without children at home: young (20–33) or elderly (55–88).
 * @see HouseholdKind
 */
export declare function buildCouple(ctx: GenerationContext, options: FamilyOptions, elderly: boolean): Family;
/**
 * A divorced or widowed parent (a mother in 80% of cases) with 1–4 children. A divorced
 * ex-spouse lives alone elsewhere in the province; a dead one's death is registered.
 * @see HouseholdKind
 */
export declare function buildSingleParent(ctx: GenerationContext, options: FamilyOptions): Family;
/**
 * After registration: a newborn "birth only" leaves the household register (living with its
 * mother), and some unmarried adult children live away on temporary residence.
 * @see FamilyOptions.youngest; MOVED_AWAY_SHARE
 */
export declare function settleChildren(ctx: GenerationContext, built: Pick<Family, 'place' | 'households'>, children: readonly Draft<Person>[], options: FamilyOptions): void;
/**
 * A member with the ADULT role.
 * @see FamilyMember
 */
export declare function adult(person: Draft<Person>): FamilyMember;
/**
 * A member with the CHILD role.
 * @see FamilyMember
 */
export declare function child(person: Draft<Person>): FamilyMember;
