/**
 * Attaching records to people: insurance, entitlements, the child's TE1 card, VNeID accounts,
 * a pending birth, a recent unregistered death. The natural decorator and the trait recipes both
 * go through these functions, so a forced trait looks exactly like a natural one.
 */
import { childCardValidity, generateBhytCardNumber } from '../identifiers/index.js';
import { issueBirthCertificate, issueDeathNotice } from './certificates.js';
import { insuranceRecord, childInsuranceRecord } from './insurance.js';
import { OLD_AGE_ASSISTANCE, entitlement } from './social.js';
/** The shared VNeID account values. @see specs/vneid.yaml `VneidAccount` */
export const VNEID = {
    NONE: Object.freeze({ level: 0, status: 'NOT_ACTIVATED' }),
    LEVEL1: Object.freeze({ level: 1, status: 'ACTIVE' }),
    LEVEL2: Object.freeze({ level: 2, status: 'ACTIVE' }),
    LEVEL2_NOT_ACTIVATED: Object.freeze({ level: 2, status: 'NOT_ACTIVATED' }),
    LEVEL2_LOCKED: Object.freeze({ level: 2, status: 'LOCKED' }),
};
/** Entitlements are listed in the order benefit routing considers them. @see DOMAIN.md §4 */
export const ROUTING_ORDER = [
    'PERSON_WITH_MERIT',
    'SOCIAL_ASSISTANCE',
    'SOCIAL_PENSION',
    'VETERAN',
];
/**
 * Gives an adult an insurance record of this category, replacing any earlier one.
 * @see insuranceRecord
 */
export function applyInsurance(ctx, person, category, voluntary = false) {
    ctx.insurance.set(person.id, insuranceRecord(ctx, person, category, voluntary));
    if (category === 'PENSIONER' || category === 'MONTHLY_BENEFIT')
        dropOldAgeSupport(ctx, person);
}
/**
 * Old-age support (the social pension, or old-age social assistance before it) is for people
 * without a pension or monthly benefit: removes it, and removes such a pension when it is granted.
 * @see SOCIAL_PENSION_FROM
 */
export function dropOldAgeSupport(ctx, person) {
    const record = ctx.social.get(person.id);
    if (record === undefined)
        return;
    const entitlements = record.entitlements.filter((e) => !isOldAgeSupport(e));
    if (entitlements.length === 0)
        ctx.social.delete(person.id);
    else
        ctx.social.set(person.id, { personId: person.id, entitlements });
}
/**
 * Whether an entitlement is old-age support (excludes a pension).
 * @see dropOldAgeSupport
 */
export function isOldAgeSupport(e) {
    return (e.category === 'SOCIAL_PENSION' ||
        (e.category === 'SOCIAL_ASSISTANCE' && e.description === OLD_AGE_ASSISTANCE));
}
/**
 * Adds an entitlement (one per category), keeping routing order.
 * @see entitlement
 */
export function applyEntitlement(ctx, person, kind) {
    const granted = entitlement(ctx, person, kind);
    if (isOldAgeSupport(granted)) {
        const insured = ctx.insurance.get(person.id);
        if (insured?.category === 'PENSIONER' || insured?.category === 'MONTHLY_BENEFIT') {
            ctx.insurance.delete(person.id);
        }
    }
    const current = ctx.social.get(person.id)?.entitlements ?? [];
    const kept = current.filter((e) => e.category !== granted.category);
    const entitlements = [...kept, granted].sort((a, b) => ROUTING_ORDER.indexOf(a.category) - ROUTING_ORDER.indexOf(b.category));
    ctx.social.set(person.id, { personId: person.id, entitlements });
}
/**
 * Issues a child's BHXH code and TE1 card in the province of residence, valid from birth to the
 * end of the under-6 cover, with the commune's health station for initial care.
 * @see childCardValidity; DOMAIN.md §6.2
 */
export function applyChildCard(ctx, child) {
    const home = child.permanentAddress ?? child.currentAddress;
    const record = childInsuranceRecord(ctx, child, home.provinceCode);
    const { from, to } = childCardValidity(child.birthDate);
    ctx.insurance.set(child.id, record);
    ctx.childCards.set(child.id, {
        personId: child.id,
        cardNumber: generateBhytCardNumber({ maTinh: home.provinceCode, maSoBhxh: record.bhxhCode }),
        bhxhCode: record.bhxhCode,
        provinceCode: home.provinceCode,
        validFrom: from,
        validTo: to,
        initialCareFacility: ctx.stations.get(home.communeCode) ?? `${home.provinceCode}001`,
    });
}
/**
 * A death in the last two weeks that nobody has registered yet; at a facility (35%) it comes
 * with a death notice.
 * @see DOMAIN.md §4 step 0; DEATH_DECLARATION_DAYS
 */
export function applyRecentDeath(ctx, person) {
    const day = ctx.today - ctx.rng.int(0, 14);
    const atFacility = ctx.rng.chance(0.35);
    person.death = {
        date: ctx.date(day),
        registeredOn: null,
        place: atFacility ? 'HEALTH_FACILITY' : 'HOME',
    };
    if (atFacility)
        issueDeathNotice(ctx, person, day);
}
/**
 * The mother gave birth 1–14 days ago: the facility issued a certificate, not yet registered.
 * @see issueBirthCertificate
 */
export function applyPendingBirth(ctx, mother) {
    const father = mother.spouseId === null ? null : (ctx.person(mother.spouseId) ?? null);
    return issueBirthCertificate(ctx, {
        mother,
        father,
        birthDay: ctx.today - ctx.rng.int(1, 14),
        sex: ctx.rng.chance(0.528) ? 'MALE' : 'FEMALE',
    });
}
/**
 * The certificate a registered newborn was born with (already used).
 * @see issueBirthCertificate
 */
export function applyUsedBirthCertificate(ctx, child, birthDay) {
    const mother = ctx.person(child.motherId);
    if (mother === undefined)
        return;
    issueBirthCertificate(ctx, {
        mother,
        father: ctx.person(child.fatherId) ?? null,
        birthDay,
        sex: child.sex,
        child,
    });
}
