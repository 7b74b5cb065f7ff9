/**
 * Invariant checks on people and households.
 * @see INVARIANTS
 */
import { isCommuneInProvince, provinceOfLegacyCode } from '../admin-units/index.js';
import { POST_2025_PROVINCES_FROM, validatePersonalId } from '../identifiers/index.js';
import { ageOn, daysBetween } from './days.js';
import { DEATH_DECLARATION_DAYS } from './traits.js';
const FULL_NAME = /^[^\d<>{}[\]]+$/u;
const years = (from, to) => ageOn(from, to);
/**
 * Checks ID numbers, names, dates, addresses, residence, families, deaths and VNeID levels.
 * @see INVARIANTS
 */
export function checkPeople(population, report) {
    const { people, byId, referenceDate: today } = population;
    if (byId.size !== people.length)
        report('ID_NUMBER', '-', 'duplicate ID numbers');
    const legacy = people.filter((p) => p.legacyIdNumber !== null).length;
    if (population.byLegacyId.size !== legacy)
        report('ID_NUMBER', '-', 'duplicate CMND numbers');
    for (const p of people) {
        checkIdentity(p, report);
        checkPlaces(p, report);
        if (p.birthDate > today || p.birthRegisteredOn < p.birthDate || p.birthRegisteredOn > today) {
            report('DATES', p.id, 'birth or birth registration out of order');
        }
        if (p.residenceSince !== null && (p.residenceSince < p.birthDate || p.residenceSince > today)) {
            report('DATES', p.id, 'residence date out of life');
        }
        checkResidence(population, p, report);
        checkFamily(population, p, report);
        checkDeath(p, today, report);
        if (ageOn(p.birthDate, today) < 14 && p.vneid.level !== 0)
            report('VNEID', p.id, 'under 14 with an account');
        if (p.death?.registeredOn && p.vneid.status === 'ACTIVE' && p.vneid.level > 0) {
            report('VNEID', p.id, 'dead with an active account');
        }
    }
    for (const h of population.households) {
        const members = population.byHousehold.get(h.id) ?? [];
        const heads = h.members.filter((m) => m.relationship === 'HEAD');
        if (h.members.length > 20 || heads.length !== 1 || heads[0]?.personId !== h.headId) {
            report('HOUSEHOLD', h.id, 'needs ≤ 20 members and exactly one head');
        }
        if (!/^HO-\d{2}-\d{8}$/.test(h.id) || h.id.slice(3, 5) !== h.address.provinceCode) {
            report('HOUSEHOLD', h.id, 'malformed id');
        }
        if (!members.some((m) => m.death === null))
            report('HOUSEHOLD', h.id, 'no living member');
        for (const m of members) {
            const entry = h.members.find((e) => e.personId === m.id);
            if (m.householdId !== h.id ||
                entry?.relationship !== m.relationshipToHead ||
                m.permanentAddress !== h.address) {
                report('HOUSEHOLD', h.id, 'a member does not point back to the household');
            }
        }
    }
}
function checkIdentity(p, report) {
    const parsed = validatePersonalId(p.id, {
        birthYear: Number(p.birthDate.slice(0, 4)),
        sex: p.sex === 'MALE' ? 'NAM' : 'NU',
    });
    if (!parsed.ok)
        report('ID_NUMBER', p.id, parsed.error.code);
    const aaa = p.id.slice(0, 3);
    const expected = p.birthRegisteredOn >= POST_2025_PROVINCES_FROM
        ? aaa === `0${p.birthRegistration.provinceCode}`
        : provinceOfLegacyCode(aaa) === p.birthRegistration.provinceCode;
    if (!expected)
        report('ID_PROVINCE', p.id, 'AAA does not match the birth-registration province');
    const nfc = p.fullName === p.fullName.normalize('NFC');
    if (!nfc ||
        !FULL_NAME.test(p.fullName) ||
        !p.fullName.includes(p.surname) ||
        !p.fullName.includes(p.givenName)) {
        report('NAME', p.id, 'full name malformed');
    }
}
function checkPlaces(p, report) {
    const real = (l) => isCommuneInProvince(l.communeCode, l.provinceCode);
    const addresses = [p.permanentAddress, p.temporaryAddress, p.currentAddress].filter((a) => a !== null);
    if (![p.birthRegistration, p.hometown, ...addresses].every(real)) {
        report('ADDRESSES', p.id, 'a commune is not in its province');
    }
    if (new Set(addresses.map((a) => a.provinceCode)).size > 1) {
        report('ADDRESSES', p.id, 'addresses in different provinces');
    }
}
function checkResidence(population, p, report) {
    const registeredDeath = p.death?.registeredOn != null;
    const ok = p.residence === 'REGISTERED'
        ? p.householdId !== null && population.householdById.has(p.householdId) && !registeredDeath
        : p.residence === 'DEREGISTERED'
            ? p.householdId === null && registeredDeath && p.permanentAddress !== null
            : p.householdId === null && p.permanentAddress === null && !registeredDeath;
    if (!ok)
        report('RESIDENCE', p.id, `${p.residence} inconsistent with household or death`);
}
function checkFamily(population, p, report) {
    const mother = p.motherId === null ? undefined : population.byId.get(p.motherId);
    const father = p.fatherId === null ? undefined : population.byId.get(p.fatherId);
    if (mother) {
        const gap = years(mother.birthDate, p.birthDate);
        if (mother.sex !== 'FEMALE' || gap < 16 || gap > 45)
            report('PARENTS', p.id, `mother ${gap} years older`);
    }
    if (father && (father.sex !== 'MALE' || years(father.birthDate, p.birthDate) < 16)) {
        report('PARENTS', p.id, 'father not a man ≥ 16 years older');
    }
    const parents = [father, mother].filter((x) => x !== undefined);
    if (parents.length > 0) {
        const lineage = father ?? mother;
        if (!parents.some((x) => x.surname === p.surname) ||
            !parents.some((x) => x.ethnicity === p.ethnicity)) {
            report('PARENTS', p.id, 'surname or ethnicity not from a parent');
        }
        if (lineage && lineage.hometown !== p.hometown)
            report('PARENTS', p.id, 'hometown not inherited');
    }
    if (p.spouseId === null) {
        if (p.maritalStatus === 'MARRIED')
            report('SPOUSES', p.id, 'married without a spouse');
        return;
    }
    const spouse = population.byId.get(p.spouseId);
    const ok = spouse !== undefined &&
        spouse.sex !== p.sex &&
        Math.abs(daysBetween(spouse.birthDate, p.birthDate)) <= 20 * 366 &&
        ageOn(p.birthDate, population.referenceDate) >= 18 &&
        (p.death?.registeredOn
            ? spouse.spouseId === null && spouse.maritalStatus === 'WIDOWED'
            : spouse.spouseId === p.id && p.maritalStatus === 'MARRIED');
    if (!ok)
        report('SPOUSES', p.id, 'spouse link inconsistent');
}
function checkDeath(p, today, report) {
    if (p.death === null)
        return;
    const { date, registeredOn } = p.death;
    const inLife = date >= p.birthDate && date <= today;
    const registration = registeredOn === null
        ? daysBetween(date, today) <= DEATH_DECLARATION_DAYS
        : registeredOn >= date && registeredOn <= today && p.householdId === null;
    if (!inLife || !registration)
        report('DEATH', p.id, 'death dates inconsistent');
}
