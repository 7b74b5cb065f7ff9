import type { Population } from './population.js';
import type { Person } from './types.js';
/**
 * The traits, in index order.
 * - `EXPECTING_MOTHER`: gave birth in the last two weeks; the facility's birth certificate is
 *   issued and pending (the child has no ID number yet); she lives in a household.
 * - `NEWBORN`: a child born in the last 6 weeks whose birth is registered (ID number issued);
 *   some are also registered for residence and hold a TE1 card, some are not yet.
 * - `PENSIONER`, `INSURED_CONTRIBUTOR` (with a living spouse, a child and a living parent, so
 *   survivor benefits can be decided), `SOCIAL_PROTECTION_BENEFICIARY` (social assistance or
 *   social pension), `PERSON_WITH_MERIT`, `VETERAN`.
 * - `NO_LEVEL2_VNEID`: an adult without a level-2 account.
 * - `NOT_HOUSEHOLD_HEAD`: an adult living in a household headed by someone else.
 * - `DECEASED_PENDING_REGISTRATION`: died within the last 15 days; not yet registered.
 * - `CHILD_UNDER_6`: a child holding a valid TE1 card.
 * @see DOMAIN.md §3, §4
 */
export declare const TRAITS: readonly ["EXPECTING_MOTHER", "NEWBORN", "PENSIONER", "INSURED_CONTRIBUTOR", "SOCIAL_PROTECTION_BENEFICIARY", "PERSON_WITH_MERIT", "VETERAN", "NO_LEVEL2_VNEID", "NOT_HOUSEHOLD_HEAD", "DECEASED_PENDING_REGISTRATION", "CHILD_UNDER_6"];
/** @see TRAITS */
export type Trait = (typeof TRAITS)[number];
/**
 * What the predicates read: the indexes of a (possibly partial) population.
 * @see TRAIT_PREDICATES
 */
export type TraitLookups = Pick<Population, 'referenceDate' | 'byId' | 'byMother' | 'byFather' | 'insuranceByPerson' | 'childCardByPerson' | 'socialByPerson' | 'pendingBirthByMother'>;
/**
 * A newborn is a child born at most this many days before the reference date.
 * @see TRAITS
 */
export declare const NEWBORN_MAX_DAYS = 42;
/** A death may be declared within 15 days (Luật Hộ tịch Art. 33). @see DOMAIN.md §5 */
export declare const DEATH_DECLARATION_DAYS = 15;
/**
 * The predicate of each trait.
 * @see TRAITS
 */
export declare const TRAIT_PREDICATES: Readonly<Record<Trait, (p: Person, l: TraitLookups) => boolean>>;
/**
 * The traits a person has.
 * @see TRAIT_PREDICATES
 */
export declare function traitsOf(person: Person, lookups: TraitLookups): Trait[];
/**
 * Whether a string names a trait.
 * @see TRAITS
 */
export declare function isTrait(value: unknown): value is Trait;
