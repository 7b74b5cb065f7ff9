/**
 * Invariant checks on insurance, TE1 cards, entitlements and medical certificates.
 * @see INVARIANTS
 */
import { childCardValidity, isCoveredByChildCard, validateBhxhCode, validateBhytCardNumber, validateBirthCertificateCode, validateDeathNoticeCode, } from '../identifiers/index.js';
import { ageOn, daysBetween } from './days.js';
import { RETIREMENT_AGE } from './insurance.js';
import { isOldAgeSupport } from './records.js';
const index = (ym) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const notRegisteredDead = (p) => p !== undefined && (p.death === null || p.death.registeredOn === null);
/**
 * Checks insurance records, TE1 cards, entitlements, birth certificates and death notices.
 * @see INVARIANTS
 */
export function checkRecords(population, report) {
    const { byId, referenceDate: today } = population;
    if (population.insuranceByCode.size !== population.insuranceRecords.length) {
        report('INSURANCE', '-', 'duplicate BHXH codes');
    }
    for (const r of population.insuranceRecords)
        checkInsurance(population, r, report);
    for (const card of population.childCards) {
        const child = byId.get(card.personId);
        const valid = child !== undefined &&
            child.death === null &&
            isCoveredByChildCard(child.birthDate, today) &&
            validateBhytCardNumber(card.cardNumber, {
                maSoBhxh: card.bhxhCode,
                holder: { birthDate: child.birthDate, onDate: today },
            }).ok &&
            population.insuranceByPerson.get(child.id)?.bhxhCode === card.bhxhCode &&
            JSON.stringify(childCardValidity(child.birthDate)) ===
                JSON.stringify({ from: card.validFrom, to: card.validTo });
        if (!valid)
            report('CHILD_CARD', card.personId, 'card, holder or validity inconsistent');
    }
    for (const s of population.socialAffairs) {
        const person = byId.get(s.personId);
        const categories = s.entitlements.map((e) => e.category);
        const pension = population.insuranceByPerson.get(s.personId)?.category;
        const pensioned = pension === 'PENSIONER' || pension === 'MONTHLY_BENEFIT';
        if (!notRegisteredDead(person) ||
            new Set(categories).size !== categories.length ||
            (pensioned && s.entitlements.some(isOldAgeSupport))) {
            report('SOCIAL', s.personId, 'entitlements inconsistent');
        }
    }
    for (const c of population.birthCertificates) {
        const mother = byId.get(c.motherId);
        const child = c.childId === null ? undefined : byId.get(c.childId);
        const facility = population.facilityByCode.get(c.facilityCode);
        const birthDate = c.birthTime.slice(0, 10);
        const code = validateBirthCertificateCode(c.code, {
            facilityCode: c.facilityCode,
            year: Number(birthDate.slice(0, 4)),
        });
        const fits = code.ok &&
            mother?.sex === 'FEMALE' &&
            facility?.provinceCode === mother.currentAddress.provinceCode &&
            (c.status === 'PENDING'
                ? c.childId === null &&
                    mother.death === null &&
                    daysBetween(birthDate, today) >= 0 &&
                    daysBetween(birthDate, today) <= 14
                : child?.motherId === mother.id &&
                    child.sex === c.sex &&
                    child.birthDate === birthDate &&
                    child.fullName === c.intendedName);
        if (!fits)
            report('BIRTH_CERTIFICATE', c.code, 'certificate inconsistent');
    }
    for (const n of population.deathNotices) {
        const person = byId.get(n.personId);
        const fits = validateDeathNoticeCode(n.code, { facilityCode: n.facilityCode }).ok &&
            person?.death?.place === 'HEALTH_FACILITY' &&
            person.death.registeredOn === null &&
            person.death.date === n.deathTime.slice(0, 10);
        if (!fits)
            report('DEATH_NOTICE', n.code, 'notice inconsistent');
    }
}
function checkInsurance(population, r, report) {
    const person = population.byId.get(r.personId);
    const now = index(population.referenceDate.slice(0, 7));
    let total = 0;
    let compulsory = 0;
    for (const p of r.periods) {
        const months = (p.to === null ? now : index(p.to)) - index(p.from) + 1;
        total += months;
        if (p.scheme === 'COMPULSORY')
            compulsory += months;
    }
    const open = r.periods.at(-1)?.to === null;
    const age = person === undefined ? 0 : ageOn(person.birthDate, population.referenceDate);
    const byCategory = {
        CONTRIBUTING: open,
        PENSIONER: !open &&
            (r.monthlyAmount ?? 0) > 0 &&
            person !== undefined &&
            age >= RETIREMENT_AGE[person.sex],
        MONTHLY_BENEFIT: !open && (r.monthlyAmount ?? 0) > 0,
        RESERVED: !open && r.compulsoryMonths >= 12,
        NOT_PARTICIPATING: r.periods.length === 0,
    };
    const valid = notRegisteredDead(person) &&
        validateBhxhCode(r.bhxhCode).ok &&
        total === r.totalMonths &&
        compulsory === r.compulsoryMonths &&
        open === r.contributing &&
        byCategory[r.category];
    if (!valid)
        report('INSURANCE', r.personId, `${r.category} record inconsistent`);
}
