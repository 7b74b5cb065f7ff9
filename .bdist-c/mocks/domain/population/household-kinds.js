import { addYears, toDay } from './days.js';
import { birthDayForAge, childBirthDays, childOf, founder, registerDeath, spouseOf, } from './family-members.js';
import { createPlace, detach, moveAway, registerHousehold } from './household.js';
import { createWeightedTable } from './prng.js';
/**
 * Shares of the household compositions (percent of family units; PARENTS_NEARBY makes two
 * linked households). APPROXIMATE, chosen to give an average household of about 3.5 people and
 * about a quarter of households with three generations.
 * @see GSO census 2019 (average household size 3.5)
 */
export const HOUSEHOLD_KIND_SHARES = createWeightedTable([
    ['SINGLE_YOUNG', 6],
    ['SINGLE_ELDERLY', 6],
    ['COUPLE_YOUNG', 5],
    ['COUPLE_ELDERLY', 7],
    ['NUCLEAR', 38],
    ['SINGLE_PARENT', 6],
    ['THREE_GENERATIONS_ELDER_HEAD', 14],
    ['THREE_GENERATIONS_CHILD_HEAD', 8],
    ['PARENTS_NEARBY', 10],
]);
/**
 * Number of children of a couple: 1–4, mostly two.
 * @see GSO population and housing census 2019 (total fertility rate ≈ 2.1)
 */
export const CHILD_COUNTS = createWeightedTable([
    [1, 30],
    [2, 45],
    [3, 20],
    [4, 5],
]);
/**
 * Unmarried children aged 18–30 who live on temporary residence elsewhere in the province.
 * @see moveAway
 */
export const MOVED_AWAY_SHARE = 0.3;
/**
 * The wife's age range in a nuclear family, so that the requested youngest child is born when she
 * is 19–42.
 * @see FamilyOptions.youngest
 */
const WIFE_AGES = {
    ANY: [20, 50],
    UNDER_6: [25, 43],
    NEWBORN_COMPLETE: [22, 40],
    NEWBORN_BIRTH_ONLY: [22, 40],
};
/**
 * The birth day of the youngest child requested by the options, if any.
 * @see FamilyOptions.youngest
 */
export function youngestDay(ctx, options) {
    if (options.youngest === undefined)
        return undefined;
    if (options.youngest === 'UNDER_6')
        return ctx.today - ctx.rng.int(400, 5 * 365);
    return ctx.today - ctx.rng.int(1, 40);
}
/**
 * A couple with their children; adult children may live away on temporary residence. With a
 * newborn "birth only", the newborn is registered at birth but not yet for residence.
 * @see HouseholdKind
 */
export function buildNuclear(ctx, options) {
    const { rng } = ctx;
    const ethnicity = rng.weighted(ctx.ethnicityTable(options.provinceCode));
    const place = createPlace(ctx, options.provinceCode, ethnicity);
    const religion = rng.weighted(ctx.religionTable(ethnicity, place.provinceCode));
    const [min, max] = WIFE_AGES[options.youngest ?? 'ANY'];
    const wife = founder(ctx, place, 'FEMALE', birthDayForAge(ctx, min, max), ethnicity, religion);
    const husband = spouseOf(ctx, place, wife);
    const youngest = youngestDay(ctx, options);
    const children = childBirthDays(ctx, { mother: wife, father: husband }, rng.weighted(CHILD_COUNTS), youngest).map((day) => childOf(ctx, place, husband, wife, day));
    const [head, partner] = rng.chance(0.85) ? [husband, wife] : [wife, husband];
    const household = registerHousehold(ctx, place, [
        [head, 'HEAD'],
        [partner, partner.sex === 'MALE' ? 'HUSBAND' : 'WIFE'],
        ...children.map((c) => [c, 'CHILD']),
    ]);
    settleChildren(ctx, { place, households: [household] }, children, options);
    return {
        place,
        households: [household],
        members: [adult(husband), adult(wife), ...children.map(child)],
    };
}
/**
 * One adult alone: a young single person, or an elderly widow(er) whose spouse's death is
 * registered.
 * @see HouseholdKind
 */
export function buildSingle(ctx, options, elderly) {
    const { rng } = ctx;
    const ethnicity = rng.weighted(ctx.ethnicityTable(options.provinceCode));
    const place = createPlace(ctx, options.provinceCode, ethnicity);
    const religion = rng.weighted(ctx.religionTable(ethnicity, place.provinceCode));
    const [min, max] = options.elderAge ?? (elderly ? [62, 92] : [20, 40]);
    const sex = options.elderSex ?? (rng.chance(elderly ? 0.75 : 0.5) ? 'FEMALE' : 'MALE');
    const person = founder(ctx, place, sex, birthDayForAge(ctx, min, max), ethnicity, religion);
    const members = [{ role: elderly ? 'ELDER' : 'ADULT', person }];
    if (elderly) {
        const spouse = spouseOf(ctx, place, person);
        const widowedAt = Math.max(addYears(toDay(person.birthDate), 45), ctx.today - 25 * 365);
        registerDeath(ctx, spouse, rng.int(Math.min(widowedAt, ctx.today - 60), ctx.today - 60));
        members.push({ role: 'DECEASED', person: spouse });
    }
    else if (addYears(toDay(person.birthDate), 30) < ctx.today && rng.chance(0.1)) {
        person.maritalStatus = 'DIVORCED';
    }
    const household = registerHousehold(ctx, place, [[person, 'HEAD']]);
    return { place, households: [household], members };
}
/**
 * A married couple without children at home: young (20–33) or elderly (55–88).
 * @see HouseholdKind
 */
export function buildCouple(ctx, options, elderly) {
    const { rng } = ctx;
    const ethnicity = rng.weighted(ctx.ethnicityTable(options.provinceCode));
    const place = createPlace(ctx, options.provinceCode, ethnicity);
    const religion = rng.weighted(ctx.religionTable(ethnicity, place.provinceCode));
    const [min, max] = options.elderAge ?? (elderly ? [55, 88] : [20, 33]);
    const wife = founder(ctx, place, 'FEMALE', birthDayForAge(ctx, min, max), ethnicity, religion);
    const husband = spouseOf(ctx, place, wife);
    const household = registerHousehold(ctx, place, [
        [husband, 'HEAD'],
        [wife, 'WIFE'],
    ]);
    const role = elderly ? 'ELDER' : 'ADULT';
    return {
        place,
        households: [household],
        members: [
            { role, person: husband },
            { role, person: wife },
        ],
    };
}
/**
 * A divorced or widowed parent (a mother in 80% of cases) with 1–4 children. A divorced
 * ex-spouse lives alone elsewhere in the province; a dead one's death is registered.
 * @see HouseholdKind
 */
export function buildSingleParent(ctx, options) {
    const { rng, today } = ctx;
    const ethnicity = rng.weighted(ctx.ethnicityTable(options.provinceCode));
    const place = createPlace(ctx, options.provinceCode, ethnicity);
    const religion = rng.weighted(ctx.religionTable(ethnicity, place.provinceCode));
    const mother = founder(ctx, place, 'FEMALE', birthDayForAge(ctx, 25, 50), ethnicity, religion);
    const father = spouseOf(ctx, place, mother);
    const children = childBirthDays(ctx, { mother, father }, rng.weighted(CHILD_COUNTS)).map((day) => childOf(ctx, place, father, mother, day));
    const [parent, other] = rng.chance(0.8) ? [mother, father] : [father, mother];
    const members = [adult(parent), ...children.map(child)];
    const households = [];
    if (rng.chance(0.5)) {
        const lastBirth = Math.max(...children.map((c) => toDay(c.birthDate)), toDay(other.birthDate) + 20 * 365);
        registerDeath(ctx, other, rng.int(Math.min(lastBirth + 30, today - 60), today - 60));
        members.push({ role: 'DECEASED', person: other });
    }
    else {
        parent.spouseId = null;
        other.spouseId = null;
        parent.maritalStatus = 'DIVORCED';
        other.maritalStatus = 'DIVORCED';
        const elsewhere = createPlace(ctx, place.provinceCode, other.ethnicity);
        other.currentAddress = elsewhere.address;
        households.push(registerHousehold(ctx, elsewhere, [[other, 'HEAD']]));
        members.push({ role: 'EX_SPOUSE', person: other });
    }
    const household = registerHousehold(ctx, place, [
        [parent, 'HEAD'],
        ...children.map((c) => [c, 'CHILD']),
    ]);
    settleChildren(ctx, { place, households: [household] }, children, options);
    return { place, households: [household, ...households], members };
}
/**
 * After registration: a newborn "birth only" leaves the household register (living with its
 * mother), and some unmarried adult children live away on temporary residence.
 * @see FamilyOptions.youngest; MOVED_AWAY_SHARE
 */
export function settleChildren(ctx, built, children, options) {
    const [household] = built.households;
    const youngest = children.at(-1);
    if (household && youngest && options.youngest === 'NEWBORN_BIRTH_ONLY') {
        detach(household, youngest, false);
    }
    for (const c of children) {
        const age = (ctx.today - toDay(c.birthDate)) / 365.25;
        if (age >= 18 && age < 31 && c.householdId !== null && ctx.rng.chance(MOVED_AWAY_SHARE)) {
            moveAway(ctx, built.place, c);
        }
    }
}
/**
 * A member with the ADULT role.
 * @see FamilyMember
 */
export function adult(person) {
    return { role: 'ADULT', person };
}
/**
 * A member with the CHILD role.
 * @see FamilyMember
 */
export function child(person) {
    return { role: 'CHILD', person };
}
