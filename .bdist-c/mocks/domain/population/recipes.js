import { ageOn } from './days.js';
import { canExpect, decorateFamily } from './decorate.js';
import { detach } from './household.js';
import { buildCouple, buildNuclear, buildSingle } from './household-kinds.js';
import { RETIREMENT_AGE } from './insurance.js';
import { buildChildHeaded, buildElderHeaded, buildParentsNearby } from './multigen-kinds.js';
import { lookupsFor } from './lookups.js';
import { VNEID, applyChildCard, applyEntitlement, applyInsurance, applyPendingBirth, applyRecentDeath, } from './records.js';
import { SOCIAL_PENSION_AGE, SOCIAL_PENSION_FROM } from './social.js';
import { TRAIT_PREDICATES } from './traits.js';
/**
 * Traits whose definition needs a household.
 * @see TRAITS
 */
export const TRAITS_NEEDING_A_HOUSEHOLD = [
    'EXPECTING_MOTHER',
    'NOT_HOUSEHOLD_HEAD',
];
/** A recipe tries a few families; a failure after this many is a bug. */
const ATTEMPTS = 25;
const refYear = (ctx) => Number(ctx.referenceDate.slice(0, 4));
const ageOf = (ctx, p) => ageOn(p.birthDate, ctx.referenceDate);
const find = (family, test) => family.members.find((m) => m.person.death === null && test(m))?.person;
const lastChild = (family) => family.members.filter((m) => m.role === 'CHILD').at(-1)?.person;
const elder = (_ctx, family) => find(family, (m) => m.role === 'ELDER');
/** The elder age range of people born in the given years, within 50–95. */
function bornBetween(ctx, from, to) {
    const youngest = Math.min(95, Math.max(50, refYear(ctx) - to));
    return [youngest, Math.min(95, Math.max(youngest, refYear(ctx) - from))];
}
/**
 * The recipe of each trait: which family to build and how to force the trait on its subject.
 * Without a household, the subject is picked where it is never the head.
 * @see TRAIT_PREDICATES
 */
const RECIPES = {
    EXPECTING_MOTHER: {
        build: (ctx, options) => ctx.rng.chance(0.5)
            ? buildCouple(ctx, { ...options, elderAge: [20, 33] }, false)
            : buildElderHeaded(ctx, options),
        pick: (ctx, family) => find(family, (m) => m.role === 'ADULT' && canExpect(ctx, family, m.person)),
        force: (ctx, subject) => void applyPendingBirth(ctx, subject),
    },
    NEWBORN: {
        build: (ctx, options, withHousehold) => buildNuclear(ctx, {
            ...options,
            youngest: withHousehold && ctx.rng.chance(0.5) ? 'NEWBORN_COMPLETE' : 'NEWBORN_BIRTH_ONLY',
        }),
        pick: (_ctx, family) => lastChild(family),
    },
    PENSIONER: {
        // With a household the pensioner lives with a spouse, who may claim survivor benefits.
        build: (ctx, options, withHousehold) => withHousehold
            ? buildCouple(ctx, { ...options, elderAge: [62, 88] }, true)
            : buildChildHeaded(ctx, options),
        pick: (ctx, family) => find(family, (m) => m.role === 'ELDER' && ageOf(ctx, m.person) >= RETIREMENT_AGE[m.person.sex]),
        force: (ctx, subject) => applyInsurance(ctx, subject, 'PENSIONER'),
    },
    INSURED_CONTRIBUTOR: {
        build: (ctx, options, withHousehold) => (withHousehold
            ? ctx.rng.pick([buildElderHeaded, buildParentsNearby, buildChildHeaded])
            : buildElderHeaded)(ctx, { ...options, youngest: 'UNDER_6' }),
        pick: (ctx, family) => find(family, (m) => m.role === 'ADULT' &&
            [m.person.fatherId, m.person.motherId].some((id) => ctx.person(id)?.death === null)),
        force: (ctx, subject) => applyInsurance(ctx, subject, 'CONTRIBUTING'),
    },
    SOCIAL_PROTECTION_BENEFICIARY: {
        build: (ctx, options, withHousehold) => {
            const elderly = { ...options, elderAge: [81, 94] };
            return withHousehold && ctx.rng.chance(0.5)
                ? buildSingle(ctx, elderly, true)
                : buildChildHeaded(ctx, elderly);
        },
        pick: elder,
        force: (ctx, subject) => {
            const pensionEra = ctx.referenceDate >= SOCIAL_PENSION_FROM && ageOf(ctx, subject) >= SOCIAL_PENSION_AGE;
            const oldAge = pensionEra ? 'SOCIAL_PENSION' : 'SOCIAL_ASSISTANCE';
            applyEntitlement(ctx, subject, ctx.rng.chance(0.3) ? 'DISABILITY' : oldAge);
        },
    },
    PERSON_WITH_MERIT: {
        build: (ctx, options, withHousehold) => {
            const elderAge = bornBetween(ctx, 1930, 1962);
            return withHousehold
                ? buildCouple(ctx, { ...options, elderAge }, true)
                : buildChildHeaded(ctx, { ...options, elderAge });
        },
        pick: elder,
        force: (ctx, subject) => applyEntitlement(ctx, subject, 'PERSON_WITH_MERIT'),
    },
    VETERAN: {
        build: (ctx, options, withHousehold) => {
            const elderAge = bornBetween(ctx, 1940, 1975);
            return withHousehold
                ? buildCouple(ctx, { ...options, elderAge }, true)
                : buildChildHeaded(ctx, { ...options, elderAge, elderSex: 'MALE' });
        },
        pick: (_ctx, family) => find(family, (m) => m.role === 'ELDER' && m.person.sex === 'MALE'),
        force: (ctx, subject) => applyEntitlement(ctx, subject, 'VETERAN'),
    },
    NO_LEVEL2_VNEID: {
        build: (ctx, options, withHousehold) => withHousehold ? buildNuclear(ctx, options) : buildElderHeaded(ctx, options),
        pick: (_ctx, family) => find(family, (m) => m.role === 'ADULT'),
        force: (ctx, subject) => {
            subject.vneid = ctx.rng.chance(0.5) ? VNEID.NONE : VNEID.LEVEL1;
        },
    },
    NOT_HOUSEHOLD_HEAD: {
        build: (ctx, options) => buildElderHeaded(ctx, options),
        pick: (ctx, family) => {
            const adults = family.members.filter((m) => m.role === 'ADULT' && m.person.death === null);
            return adults.length === 0 ? undefined : ctx.rng.pick(adults).person;
        },
    },
    DECEASED_PENDING_REGISTRATION: {
        build: (ctx, options, withHousehold) => {
            if (!withHousehold)
                return buildChildHeaded(ctx, options);
            const kind = ctx.rng.int(0, 2);
            if (kind === 0)
                return buildCouple(ctx, { ...options, elderAge: [60, 92] }, true);
            return kind === 1 ? buildChildHeaded(ctx, options) : buildElderHeaded(ctx, options);
        },
        pick: elder,
        force: applyRecentDeath,
    },
    CHILD_UNDER_6: {
        build: (ctx, options) => buildNuclear(ctx, { ...options, youngest: 'UNDER_6' }),
        pick: (_ctx, family) => lastChild(family),
        force: (ctx, subject) => {
            if (!ctx.childCards.has(subject.id))
                applyChildCard(ctx, subject);
        },
    },
};
/**
 * Builds a family around one citizen with the requested trait and returns that citizen. Each
 * attempt builds and decorates a whole family (without natural births and deaths); a failed
 * attempt (e.g. a mother too young for the requested child) leaves a valid family behind.
 * @see RECIPES
 */
export function runRecipe(ctx, request) {
    const recipe = RECIPES[request.trait];
    const options = { provinceCode: request.provinceCode };
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
        const family = recipe.build(ctx, options, request.withHousehold);
        decorateFamily(ctx, family, false);
        const subject = recipe.pick(ctx, family);
        if (subject === undefined)
            continue;
        if (!request.withHousehold && subject.householdId !== null) {
            const household = family.households.find((h) => h.id === subject.householdId);
            if (household === undefined || household.headId === subject.id)
                continue;
            detach(household, subject, true);
        }
        recipe.force?.(ctx, subject);
        const lookups = lookupsFor(ctx, family.members.map((m) => m.person));
        if (TRAIT_PREDICATES[request.trait](subject, lookups))
            return subject;
    }
    throw new Error(`no ${request.trait} citizen after ${ATTEMPTS} families (generator bug)`);
}
