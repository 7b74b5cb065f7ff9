/**
 * Scenario traits: what a scenario needs a citizen to be. Each trait is a predicate over the
 * generated data, the single definition used to build `byTrait`, to check top-ups and to test.
 */
import { addYears, formatDay, toDay } from './days.js';
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
export const TRAITS = [
    'EXPECTING_MOTHER',
    'NEWBORN',
    'PENSIONER',
    'INSURED_CONTRIBUTOR',
    'SOCIAL_PROTECTION_BENEFICIARY',
    'PERSON_WITH_MERIT',
    'VETERAN',
    'NO_LEVEL2_VNEID',
    'NOT_HOUSEHOLD_HEAD',
    'DECEASED_PENDING_REGISTRATION',
    'CHILD_UNDER_6',
];
/**
 * A newborn is a child born at most this many days before the reference date.
 * @see TRAITS
 */
export const NEWBORN_MAX_DAYS = 42;
/** A death may be declared within 15 days (Luật Hộ tịch Art. 33). @see DOMAIN.md §5 */
export const DEATH_DECLARATION_DAYS = 15;
const alive = (p) => p !== undefined && p.death === null;
const CUTOFFS = new Map();
function cutoffs(referenceDate) {
    let found = CUTOFFS.get(referenceDate);
    if (found === undefined) {
        const today = toDay(referenceDate);
        found = {
            newbornFrom: formatDay(today - NEWBORN_MAX_DAYS),
            adultBy: formatDay(addYears(today, -18)),
            deathFrom: formatDay(today - DEATH_DECLARATION_DAYS),
        };
        CUTOFFS.set(referenceDate, found);
    }
    return found;
}
const adult = (p, l) => p.birthDate <= cutoffs(l.referenceDate).adultBy;
const hasSocial = (p, l, categories) => l.socialByPerson.get(p.id)?.entitlements.some((e) => categories.includes(e.category)) ?? false;
/**
 * The predicate of each trait.
 * @see TRAITS
 */
export const TRAIT_PREDICATES = {
    EXPECTING_MOTHER: (p, l) => alive(p) && p.householdId !== null && l.pendingBirthByMother.has(p.id),
    NEWBORN: (p, l) => alive(p) &&
        p.birthDate >= cutoffs(l.referenceDate).newbornFrom &&
        p.birthDate <= l.referenceDate,
    PENSIONER: (p, l) => alive(p) && l.insuranceByPerson.get(p.id)?.category === 'PENSIONER',
    INSURED_CONTRIBUTOR: (p, l) => alive(p) &&
        l.insuranceByPerson.get(p.id)?.category === 'CONTRIBUTING' &&
        p.spouseId !== null &&
        alive(l.byId.get(p.spouseId)) &&
        ((l.byMother.get(p.id)?.length ?? 0) > 0 || (l.byFather.get(p.id)?.length ?? 0) > 0) &&
        (alive(l.byId.get(p.fatherId ?? '')) || alive(l.byId.get(p.motherId ?? ''))),
    SOCIAL_PROTECTION_BENEFICIARY: (p, l) => alive(p) && hasSocial(p, l, ['SOCIAL_ASSISTANCE', 'SOCIAL_PENSION']),
    PERSON_WITH_MERIT: (p, l) => alive(p) && hasSocial(p, l, ['PERSON_WITH_MERIT']),
    VETERAN: (p, l) => alive(p) && hasSocial(p, l, ['VETERAN']),
    NO_LEVEL2_VNEID: (p, l) => alive(p) && p.vneid.level < 2 && adult(p, l),
    NOT_HOUSEHOLD_HEAD: (p, l) => alive(p) && p.householdId !== null && p.relationshipToHead !== 'HEAD' && adult(p, l),
    DECEASED_PENDING_REGISTRATION: (p, l) => p.death !== null &&
        p.death.registeredOn === null &&
        p.death.date >= cutoffs(l.referenceDate).deathFrom,
    CHILD_UNDER_6: (p, l) => {
        // The card's validity is `childCardValidity(birthDate)` (an invariant), so the reference date
        // within it is exactly `isCoveredByChildCard`, without parsing dates per person.
        const card = p.death === null ? l.childCardByPerson.get(p.id) : undefined;
        return (card !== undefined && card.validFrom <= l.referenceDate && l.referenceDate <= card.validTo);
    },
};
/**
 * The traits a person has.
 * @see TRAIT_PREDICATES
 */
export function traitsOf(person, lookups) {
    return TRAITS.filter((trait) => TRAIT_PREDICATES[trait](person, lookups));
}
/**
 * Whether a string names a trait.
 * @see TRAITS
 */
export function isTrait(value) {
    return typeof value === 'string' && TRAITS.includes(value);
}
