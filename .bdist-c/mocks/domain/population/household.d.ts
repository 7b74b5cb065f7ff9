/**
 * Households in the residence register: where a family lives (a real commune of its province and
 * a house/street detail), registering members with their relationship to the head, and the few
 * ways a person can live elsewhere (temporary residence) or outside any household.
 */
import type { Commune } from '../admin-units/index.js';
import type { Draft, GenerationContext, Place } from './context.js';
import type { Household, Person, Relationship } from './types.js';
/**
 * One member of a family as built, with its generation role (used by trait recipes).
 * @see registerHousehold
 */
export interface FamilyMember {
    readonly role: 'ELDER' | 'ADULT' | 'CHILD' | 'SIBLING' | 'DECEASED' | 'EX_SPOUSE';
    readonly person: Draft<Person>;
}
/**
 * What a household builder produced: one or two households and everyone created.
 * @see registerHousehold
 */
export interface Family {
    readonly place: Place;
    readonly households: Draft<Household>[];
    readonly members: FamilyMember[];
}
/**
 * A place in a commune of the province (random when not given): a new address, shared by all
 * members, styled for the commune type, region and the head's ethnicity.
 * @see drawAddressDetail
 */
export declare function createPlace(ctx: GenerationContext, provinceCode: string, ethnicity: string, commune?: Commune, legacyCode?: string): Place;
/**
 * Registers a household at the place: the first entry is the head. The household was
 * established when the head was an adult (at most 30 years ago); each member's residence dates
 * from then, or from shortly after their birth registration.
 * @see specs/cutru.yaml `Household`, `PermanentResidence`
 */
export declare function registerHousehold(ctx: GenerationContext, place: Place, entries: readonly (readonly [Draft<Person>, Relationship])[]): Draft<Household>;
/**
 * Takes a member (never the head) out of the household: their permanent residence is not
 * registered; an adult keeps living there on temporary residence, a newborn with its mother.
 * @see specs/cutru.yaml `CitizenResidence` (CHUA_DANG_KY)
 */
export declare function detach(household: Draft<Household>, person: Draft<Person>, onTemporaryResidence: boolean): void;
/**
 * A young adult who keeps the permanent residence but lives on temporary residence in a boarding
 * house in another commune of the same province.
 * @see specs/cutru.yaml `TemporaryResidence`
 */
export declare function moveAway(ctx: GenerationContext, place: Place, person: Draft<Person>): void;
