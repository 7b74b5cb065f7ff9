import { addYears, toDay } from './days.js';
import { isMatrilineal } from './names.js';
import { createPerson } from './person-factory.js';
import { createWeightedTable } from './prng.js';
/**
 * Mothers are 19–42 years old at a birth (the invariant allows 16–45).
 * @see INVARIANTS (PARENTS allows 16–45)
 */
export const MOTHER_AGE_AT_BIRTH = { min: 19, max: 42 };
// Husband's age minus wife's, in years: usually 0–6 years older.
const SPOUSE_GAP = createWeightedTable([
    [-3, 3], [-2, 4], [-1, 6], [0, 10], [1, 12], [2, 14], [3, 13], [4, 11], [5, 9], [6, 6],
    [7, 4], [8, 3], [10, 3], [12, 2],
]); // prettier-ignore
const YEAR = 365.25;
/** Nobody is born before 1900 (the ID number's century digit starts there). */
const EARLIEST_BIRTH = toDay('1900-01-01');
/**
 * A birth day for someone aged `min`–`max` completed years on the reference day.
 * @see addYears
 */
export function birthDayForAge(ctx, min, max) {
    const latest = addYears(ctx.today, -min);
    const earliest = addYears(ctx.today, -(max + 1)) + 1;
    return ctx.rng.int(earliest, latest);
}
/**
 * A person with no known parents in the population (the oldest generation of a family line).
 * @see createPerson
 */
export function founder(ctx, place, sex, birthDay, ethnicity, religion) {
    return createPerson(ctx, { sex, birthDay, ethnicity, religion, place, localBirth: 0.85 });
}
/**
 * A spouse for `partner`: the other sex, an age gap from the usual distribution (and at least 18
 * years old), mostly the same ethnicity and religion. Both are marked married.
 * @see SPOUSE_GAP
 */
export function spouseOf(ctx, place, partner) {
    const { rng } = ctx;
    const husbandOlder = rng.weighted(SPOUSE_GAP);
    const sign = partner.sex === 'MALE' ? 1 : -1;
    const day = toDay(partner.birthDate) + sign * Math.round(husbandOlder * YEAR) + rng.int(-120, 120);
    const oldest = Math.max(addYears(ctx.today, -100), EARLIEST_BIRTH);
    const birthDay = Math.max(Math.min(day, addYears(ctx.today, -18) - rng.int(0, 200)), oldest);
    const ethnicity = rng.chance(0.9)
        ? partner.ethnicity
        : rng.weighted(ctx.ethnicityTable(place.provinceCode));
    const religion = rng.chance(0.85)
        ? partner.religion
        : rng.weighted(ctx.religionTable(ethnicity, place.provinceCode));
    const sex = partner.sex === 'MALE' ? 'FEMALE' : 'MALE';
    const spouse = createPerson(ctx, { sex, birthDay, ethnicity, religion, place, localBirth: 0.8 });
    marry(partner, spouse);
    return spouse;
}
/**
 * Links two people as a married couple.
 * @see Person.spouseId
 */
export function marry(a, b) {
    a.spouseId = b.id;
    b.spouseId = a.id;
    a.maritalStatus = 'MARRIED';
    b.maritalStatus = 'MARRIED';
}
/**
 * Birth days of up to `count` children of a couple, oldest first, spaced 1.5–6 years apart, each
 * born when the mother was 19–42 (and the father at least 18) and before the reference day. With
 * `youngest`, the last child is born that day (moved to the earliest allowed day if earlier; none
 * when the mother is too young or too old) and the others are placed before it.
 * @see MOTHER_AGE_AT_BIRTH
 */
export function childBirthDays(ctx, parents, count, youngest) {
    const { rng } = ctx;
    const motherDay = toDay(parents.mother.birthDate);
    const fatherAdult = parents.father === null ? 0 : addYears(toDay(parents.father.birthDate), 18);
    const first = Math.max(addYears(motherDay, MOTHER_AGE_AT_BIRTH.min), fatherAdult);
    const last = Math.min(addYears(motherDay, MOTHER_AGE_AT_BIRTH.max), ctx.today - 1);
    const gap = () => Math.round(rng.int(18, 72) * (YEAR / 12));
    const days = [];
    if (youngest !== undefined) {
        const latest = Math.max(youngest, first);
        if (latest > last)
            return days;
        for (let day = latest; days.length < count && day >= first; day -= gap())
            days.unshift(day);
        return days;
    }
    let day = Math.max(addYears(motherDay, rng.int(MOTHER_AGE_AT_BIRTH.min, 30)) + rng.int(0, 364), first);
    for (; days.length < count && day <= last; day += gap())
        days.push(day);
    return days;
}
/**
 * A child of the given parents, born on `birthDay` in the household's province (mostly); boys are
 * 52.8% of births (sex ratio at birth about 112, GSO) unless `sex` is given. Name
 * and ethnicity come from the father, or from the mother when there is no father or both parents
 * belong to a matrilineal group; hometown and religion likewise.
 * @see isMatrilineal
 */
export function childOf(ctx, place, father, mother, birthDay, sex = ctx.rng.chance(0.528) ? 'MALE' : 'FEMALE') {
    const matrilineal = mother !== null &&
        isMatrilineal(mother.ethnicity) &&
        (father === null || father.ethnicity === mother.ethnicity);
    const lineage = matrilineal ? mother : (father ?? mother);
    if (lineage === null)
        throw new RangeError('a child needs at least one parent');
    return createPerson(ctx, {
        sex,
        birthDay,
        ethnicity: lineage.ethnicity,
        religion: lineage.religion,
        place,
        fatherId: father?.id ?? null,
        motherId: mother?.id ?? null,
        surname: lineage.surname,
        hometown: (father ?? mother ?? lineage).hometown,
        avoidGiven: [father?.givenName ?? '', mother?.givenName ?? ''],
        localBirth: 0.95,
    });
}
/**
 * Marks a person's death as registered: deregistered from residence (the last address is kept),
 * out of any household; a surviving spouse becomes widowed. Call it before the household is
 * registered: the dead are never members.
 * @see DOMAIN.md §4
 */
export function registerDeath(ctx, person, deathDay) {
    const registeredDay = Math.min(deathDay + ctx.rng.int(1, 14), ctx.today);
    person.death = { date: ctx.date(deathDay), registeredOn: ctx.date(registeredDay), place: 'HOME' };
    person.residence = 'DEREGISTERED';
    person.permanentAddress = person.currentAddress;
    person.residenceSince = null;
    person.householdId = null;
    person.relationshipToHead = null;
    const spouse = person.spouseId === null ? undefined : ctx.draft(person.spouseId);
    if (spouse !== undefined) {
        spouse.spouseId = null;
        spouse.maritalStatus = 'WIDOWED';
    }
}
