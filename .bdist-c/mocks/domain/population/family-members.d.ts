/**
 * Family relations: founders, spouses of compatible age, children born when their mother was
 * 19–42 with the father's (or, in matrilineal groups, the mother's) name and ethnicity, and
 * registered deaths. Ages are drawn as day numbers relative to the reference date.
 */
import type { Draft, GenerationContext, Place } from './context.js';
import type { Person, Sex } from './types.js';
/**
 * Mothers are 19–42 years old at a birth (the invariant allows 16–45).
 * @see INVARIANTS (PARENTS allows 16–45)
 */
export declare const MOTHER_AGE_AT_BIRTH: {
    readonly min: 19;
    readonly max: 42;
};
/**
 * A birth day for someone aged `min`–`max` completed years on the reference day.
 * @see addYears
 */
export declare function birthDayForAge(ctx: GenerationContext, min: number, max: number): number;
/**
 * A person with no known parents in the population (the oldest generation of a family line).
 * @see createPerson
 */
export declare function founder(ctx: GenerationContext, place: Place, sex: Sex, birthDay: number, ethnicity: string, religion: string): Draft<Person>;
/**
 * A spouse for `partner`: the other sex, an age gap from the usual distribution (and at least 18
 * years old), mostly the same ethnicity and religion. Both are marked married.
 * @see SPOUSE_GAP
 */
export declare function spouseOf(ctx: GenerationContext, place: Place, partner: Draft<Person>): Draft<Person>;
/**
 * Links two people as a married couple.
 * @see Person.spouseId
 */
export declare function marry(a: Draft<Person>, b: Draft<Person>): void;
/**
 * Birth days of up to `count` children of a couple, oldest first, spaced 1.5–6 years apart, each
 * born when the mother was 19–42 (and the father at least 18) and before the reference day. With
 * `youngest`, the last child is born that day (moved to the earliest allowed day if earlier; none
 * when the mother is too young or too old) and the others are placed before it.
 * @see MOTHER_AGE_AT_BIRTH
 */
export declare function childBirthDays(ctx: GenerationContext, parents: {
    readonly mother: Person;
    readonly father: Person | null;
}, count: number, youngest?: number): number[];
/**
 * A child of the given parents, born on `birthDay` in the household's province (mostly); boys are
 * 52.8% of births (sex ratio at birth about 112, GSO) unless `sex` is given. Name
 * and ethnicity come from the father, or from the mother when there is no father or both parents
 * belong to a matrilineal group; hometown and religion likewise.
 * @see isMatrilineal
 */
export declare function childOf(ctx: GenerationContext, place: Place, father: Person | null, mother: Person | null, birthDay: number, sex?: Sex): Draft<Person>;
/**
 * Marks a person's death as registered: deregistered from residence (the last address is kept),
 * out of any household; a surviving spouse becomes widowed. Call it before the household is
 * registered: the dead are never members.
 * @see DOMAIN.md §4
 */
export declare function registerDeath(ctx: GenerationContext, person: Draft<Person>, deathDay: number): void;
