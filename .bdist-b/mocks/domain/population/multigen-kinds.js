import { addYears, toDay } from './days.js';
import { birthDayForAge, childBirthDays, childOf, founder, registerDeath, spouseOf, } from './family-members.js';
import { createPlace, registerHousehold } from './household.js';
import { adult, child, settleChildren, youngestDay } from './household-kinds.js';
import { isMatrilineal } from './names.js';
import { createWeightedTable } from './prng.js';
/** Grandchildren living with the heir: 0–3. */
const GRANDCHILD_COUNTS = createWeightedTable([
    [0, 20],
    [1, 35],
    [2, 35],
    [3, 10],
]);
/**
 * Three generations under the elder head (the heir and spouse are not household heads).
 * @see buildLineage
 */
export function buildElderHeaded(ctx, options) {
    return build(ctx, options, 'ELDER_HEAD');
}
/**
 * Three generations under the heir, with a widowed elder parent.
 * @see buildLineage
 */
export function buildChildHeaded(ctx, options) {
    return build(ctx, options, 'CHILD_HEAD');
}
/**
 * Elder couple and the heir's family in two households of the same province.
 * @see buildLineage
 */
export function buildParentsNearby(ctx, options) {
    return build(ctx, options, 'NEARBY');
}
function build(ctx, options, layout) {
    const lineage = buildLineage(ctx, options, layout);
    const { place, elders, heir, inLaw, siblings, children } = lineage;
    const rel = (p) => (p.sex === 'MALE' ? 'HUSBAND' : 'WIFE');
    const households = [];
    if (layout === 'ELDER_HEAD') {
        const [head, ...rest] = elders;
        if (head === undefined)
            throw new RangeError('an elder-headed household needs an elder');
        households.push(registerHousehold(ctx, place, [
            [head, 'HEAD'],
            ...rest.map((e) => [e, rel(e)]),
            [heir, 'CHILD'],
            [inLaw, 'CHILD_IN_LAW'],
            ...siblings.map((s) => [s, 'CHILD']),
            ...children.map((c) => [c, 'GRANDCHILD']),
        ]));
    }
    else {
        const heirHome = layout === 'CHILD_HEAD' || ctx.rng.chance(0.6)
            ? place
            : createPlace(ctx, place.provinceCode, heir.ethnicity);
        for (const p of [heir, inLaw, ...children])
            p.currentAddress = heirHome.address;
        households.push(registerHousehold(ctx, heirHome, [
            [heir, 'HEAD'],
            [inLaw, rel(inLaw)],
            ...children.map((c) => [c, 'CHILD']),
            ...(layout === 'CHILD_HEAD'
                ? elders.map((e) => [e, e.sex === 'MALE' ? 'FATHER' : 'MOTHER'])
                : []),
        ]));
        const [elderHead, ...others] = elders;
        if (layout === 'NEARBY' && elderHead !== undefined) {
            households.push(registerHousehold(ctx, place, [
                [elderHead, 'HEAD'],
                ...others.map((e) => [e, rel(e)]),
                ...siblings.map((s) => [s, 'CHILD']),
            ]));
        }
    }
    const [heirHousehold] = households;
    if (heirHousehold)
        settleChildren(ctx, { place, households: [heirHousehold] }, children, options);
    settleChildren(ctx, { place, households: households.slice(-1) }, siblings, {
        provinceCode: place.provinceCode,
    });
    const members = [
        ...elders.map((person) => ({ role: 'ELDER', person })),
        adult(heir),
        adult(inLaw),
        ...siblings.map((person) => ({ role: 'SIBLING', person })),
        ...children.map(child),
        ...lineage.deceased.map((person) => ({ role: 'DECEASED', person })),
    ];
    return { place, households, members };
}
/**
 * The people of a three-generation family. The heir is 22–40 (up to 55 when heading the
 * household; 25–38 when a young child is requested), born when the elder mother was 19–32 and the
 * elder father at least 18. Elders are widowed in the child-headed layout (always) and in 20% of
 * the others, the death registered after their last child's birth.
 */
function buildLineage(ctx, options, layout) {
    const { rng, today } = ctx;
    const ethnicity = rng.weighted(ctx.ethnicityTable(options.provinceCode));
    const place = createPlace(ctx, options.provinceCode, ethnicity);
    const religion = rng.weighted(ctx.religionTable(ethnicity, place.provinceCode));
    const heirAge = options.youngest === undefined
        ? rng.int(22, layout === 'CHILD_HEAD' ? 55 : 40)
        : rng.int(options.youngest === 'UNDER_6' ? 28 : 25, 38);
    const motherAtBirth = rng.int(19, 32);
    const [elderMin, elderMax] = options.elderAge ?? [
        heirAge + motherAtBirth,
        heirAge + motherAtBirth,
    ];
    const elderMotherDay = birthDayForAge(ctx, Math.min(elderMin, 95), Math.min(elderMax, 95));
    const elderMother = founder(ctx, place, 'FEMALE', elderMotherDay, ethnicity, religion);
    const elderFather = spouseOf(ctx, place, elderMother);
    const matrilineal = isMatrilineal(ethnicity) && elderFather.ethnicity === ethnicity;
    const heirDay = Math.max(Math.min(addYears(elderMotherDay, motherAtBirth) + rng.int(0, 300), today - 22 * 365), addYears(toDay(elderFather.birthDate), 18));
    const heir = childOf(ctx, place, elderFather, elderMother, heirDay, matrilineal ? 'FEMALE' : 'MALE');
    const inLaw = spouseOf(ctx, place, heir);
    const [mother, father] = heir.sex === 'FEMALE' ? [heir, inLaw] : [inLaw, heir];
    const children = childBirthDays(ctx, { mother, father }, options.youngest === undefined ? rng.weighted(GRANDCHILD_COUNTS) : rng.int(1, 3), youngestDay(ctx, options)).map((day) => childOf(ctx, place, father, mother, day));
    const siblings = [];
    // Unmarried younger siblings live with the elders (not in the heir-headed layout).
    const lastPossible = layout === 'CHILD_HEAD' ? -Infinity : Math.min(addYears(elderMotherDay, 42), today - 1);
    for (let day = heirDay + rng.int(540, 2500); siblings.length < 2 && day <= lastPossible;) {
        if (rng.chance(0.4))
            siblings.push(childOf(ctx, place, elderFather, elderMother, day));
        day += rng.int(540, 2500);
    }
    const elders = [elderFather, elderMother];
    const deceased = [];
    if (layout === 'CHILD_HEAD' || rng.chance(0.2)) {
        const survivorSex = options.elderSex ?? (rng.chance(0.75) ? 'FEMALE' : 'MALE');
        const dead = survivorSex === 'FEMALE' ? elderFather : elderMother;
        const lastChild = Math.max(heirDay, ...siblings.map((s) => toDay(s.birthDate)));
        registerDeath(ctx, dead, rng.int(Math.min(lastChild + 365, today - 60), today - 60));
        elders.splice(elders.indexOf(dead), 1);
        deceased.push(dead);
    }
    return { place, elders, heir, inLaw, siblings, children, deceased };
}
