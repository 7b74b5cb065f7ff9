/**
 * The natural decorator: after a family is built, gives its members VNeID accounts, insurance
 * records, entitlements, TE1 cards, and (rarely) a pending birth or a recent unregistered death,
 * at the rates of {@link NATURAL_RATES}. Rates are APPROXIMATE and tilted so that every scenario
 * trait appears in a population of a few thousand.
 */
import { isCoveredByChildCard } from '../identifiers/index.js';
import { ageOn, toDay, yearOfDay } from './days.js';
import { RETIREMENT_AGE } from './insurance.js';
import { createWeightedTable } from './prng.js';
import { VNEID, applyChildCard, applyEntitlement, applyInsurance, applyPendingBirth, applyRecentDeath, applyUsedBirthCertificate, } from './records.js';
import { SOCIAL_PENSION_AGE, SOCIAL_PENSION_FROM } from './social.js';
import { NEWBORN_MAX_DAYS } from './traits.js';
/**
 * Natural rates. Insurance: about 38% of working-age adults contribute (≈ 18 of 52 million in the
 * labour force), 27% of people past retirement age draw a pension; VNeID level 2 for about 82%
 * of people aged 14+ (80.1% activation in Bình Định, DOMAIN.md §9); TE1 cards for 93% of children
 * under 6 (the rest have no card yet).
 * @see DOMAIN.md §9; GSO labour force survey 2024; VSS annual report 2024
 */
export const NATURAL_RATES = {
    contributing: 0.38,
    contributingUnder25: 0.2,
    voluntary: 0.03,
    reserved: 0.08,
    pensioner: 0.27,
    monthlyBenefit: 0.02,
    reservedAfterRetirement: 0.03,
    socialPensionOrOldAge: 0.85,
    disability: 0.01,
    meritMale: 0.07,
    meritFemale: 0.03,
    veteran: 0.08,
    childCard: 0.93,
    usedBirthCertificate: 0.95,
    pendingBirth: 0.025,
    recentDeathOver70: 0.008,
    recentDeath40To69: 0.001,
};
const ADULT_ACCOUNTS = createWeightedTable([
    [VNEID.LEVEL2, 82],
    [VNEID.LEVEL1, 7],
    [VNEID.NONE, 8],
    [VNEID.LEVEL2_NOT_ACTIVATED, 2],
    [VNEID.LEVEL2_LOCKED, 1],
]);
const ELDER_ACCOUNTS = createWeightedTable([
    [VNEID.LEVEL2, 55],
    [VNEID.LEVEL1, 10],
    [VNEID.NONE, 35],
]);
/** VNeID accounts exist from 14 (younger children are level 0). @see NĐ 69/2024/NĐ-CP */
export const VNEID_MIN_AGE = 14;
/**
 * Decorates every member of a family; `allowEvents` turns pending births and recent deaths on.
 * @see NATURAL_RATES
 */
export function decorateFamily(ctx, family, allowEvents) {
    for (const { person } of family.members)
        decoratePerson(ctx, person);
    if (!allowEvents)
        return;
    const living = family.members.filter((m) => m.person.death === null && m.role !== 'EX_SPOUSE');
    for (const { person, role } of living) {
        const age = ageOn(person.birthDate, ctx.referenceDate);
        const rate = age >= 70 ? NATURAL_RATES.recentDeathOver70 : age >= 40 ? NATURAL_RATES.recentDeath40To69 : 0;
        if (living.length >= 2 && role !== 'CHILD' && ctx.rng.chance(rate))
            applyRecentDeath(ctx, person);
        else if (canExpect(ctx, family, person) && ctx.rng.chance(NATURAL_RATES.pendingBirth)) {
            applyPendingBirth(ctx, person);
        }
    }
}
/**
 * Whether a woman of this family can have a pending birth: 20–40, married, in a household,
 * alive, without a pending certificate or a child of hers in the family born in the last 300 days.
 * @see applyPendingBirth
 */
export function canExpect(ctx, family, person) {
    if (person.sex !== 'FEMALE' || person.death !== null || person.spouseId === null)
        return false;
    if (person.householdId === null || ctx.expectingMothers.has(person.id))
        return false;
    if (ctx.base?.pendingBirthByMother.has(person.id))
        return false;
    const age = ageOn(person.birthDate, ctx.referenceDate);
    if (age < 20 || age > 40)
        return false;
    return !family.members.some(({ person: p }) => p.motherId === person.id && ctx.today - toDay(p.birthDate) < 300);
}
function decoratePerson(ctx, person) {
    const { rng } = ctx;
    const age = ageOn(person.birthDate, ctx.referenceDate);
    if (person.death?.registeredOn) {
        person.vneid = person.death.date >= '2022-07-01' ? VNEID.LEVEL2_LOCKED : VNEID.NONE;
        return;
    }
    person.vneid =
        age < VNEID_MIN_AGE ? VNEID.NONE : rng.weighted(age >= 75 ? ELDER_ACCOUNTS : ADULT_ACCOUNTS);
    const days = ctx.today - toDay(person.birthDate);
    if (days <= NEWBORN_MAX_DAYS && rng.chance(NATURAL_RATES.usedBirthCertificate)) {
        applyUsedBirthCertificate(ctx, person, toDay(person.birthDate));
    }
    if (age < 6) {
        const covered = isCoveredByChildCard(person.birthDate, ctx.referenceDate);
        if (covered && person.residence === 'REGISTERED' && rng.chance(NATURAL_RATES.childCard)) {
            applyChildCard(ctx, person);
        }
        return;
    }
    if (age >= 18)
        decorateInsurance(ctx, person, age);
    decorateSocial(ctx, person, age);
}
function decorateInsurance(ctx, person, age) {
    const r = ctx.rng.float();
    const rates = NATURAL_RATES;
    if (age >= RETIREMENT_AGE[person.sex]) {
        if (r < rates.pensioner)
            applyInsurance(ctx, person, 'PENSIONER');
        else if (r < rates.pensioner + rates.monthlyBenefit)
            applyInsurance(ctx, person, 'MONTHLY_BENEFIT');
        else if (r < rates.pensioner + rates.monthlyBenefit + rates.reservedAfterRetirement) {
            applyInsurance(ctx, person, 'RESERVED');
        }
        return;
    }
    const contributing = age < 25 ? rates.contributingUnder25 : rates.contributing;
    if (r < contributing)
        applyInsurance(ctx, person, 'CONTRIBUTING');
    else if (r < contributing + rates.voluntary)
        applyInsurance(ctx, person, 'CONTRIBUTING', true);
    else if (age >= 25 && r < contributing + rates.voluntary + rates.reserved) {
        applyInsurance(ctx, person, 'RESERVED');
    }
}
function decorateSocial(ctx, person, age) {
    const { rng } = ctx;
    const rates = NATURAL_RATES;
    const insured = ctx.insurance.get(person.id)?.category;
    const pensioned = insured === 'PENSIONER' || insured === 'MONTHLY_BENEFIT';
    const born = yearOfDay(toDay(person.birthDate));
    const pensionEra = ctx.referenceDate >= SOCIAL_PENSION_FROM;
    if (!pensioned && rng.chance(rates.socialPensionOrOldAge)) {
        if (pensionEra && age >= SOCIAL_PENSION_AGE)
            applyEntitlement(ctx, person, 'SOCIAL_PENSION');
        else if (!pensionEra && age >= 80)
            applyEntitlement(ctx, person, 'SOCIAL_ASSISTANCE');
    }
    if (rng.chance(rates.disability))
        applyEntitlement(ctx, person, 'DISABILITY');
    const merit = person.sex === 'MALE' ? rates.meritMale : rates.meritFemale;
    if (born <= 1962 && rng.chance(merit))
        applyEntitlement(ctx, person, 'PERSON_WITH_MERIT');
    if (person.sex === 'MALE' && born >= 1940 && born <= 1975 && rng.chance(rates.veteran)) {
        applyEntitlement(ctx, person, 'VETERAN');
    }
}
