import { problem } from '../../contracts/problems.js';
import { err, ok } from '../../contracts/result.js';
import { traitsOf, WIRE, } from '../../mocks/domain/population/index.js';
import { SANDBOX_PROBLEMS } from './problems.js';
const WIRE_TRAITS = [
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
];
/** The wire traits of a person (population traits the control plane does not name are left out). */
export function wireTraitsOf(person, population) {
    const traits = traitsOf(person, population);
    return WIRE_TRAITS.filter((trait) => traits.includes(trait));
}
/**
 * Citizens per wire trait in a population.
 * @see specs/sandbox.yaml `TraitCounts`
 */
export function traitCounts(population) {
    const counts = Object.fromEntries(WIRE_TRAITS.map((t) => [t, 0]));
    for (const trait of WIRE_TRAITS)
        counts[trait] = population.byTrait.get(trait)?.length ?? 0;
    return counts;
}
/**
 * The profile of one person from the sandbox's population: the facts the registers were seeded
 * with (plus people generated in the sandbox), not later writes of the agency mocks.
 * @see specs/sandbox.yaml `sandboxGetCitizen`
 */
export function citizenProfile(population, soDinhDanh) {
    const person = population.byId.get(soDinhDanh);
    if (!person) {
        return err(problem(SANDBOX_PROBLEMS.citizenNotFound, 'No synthetic citizen has this number.'));
    }
    const household = person.householdId ? population.householdById.get(person.householdId) : null;
    const head = household ? population.byId.get(household.headId) : undefined;
    const insurance = population.insuranceByPerson.get(person.id);
    const card = population.childCardByPerson.get(person.id);
    const pending = pendingEventOf(person, population);
    return ok({
        soDinhDanh: person.id,
        traits: wireTraitsOf(person, population),
        population: {
            hoTen: person.fullName,
            ngaySinh: person.birthDate,
            gioiTinh: WIRE.sex[person.sex],
            danToc: person.ethnicity,
            quocTich: person.nationality,
            diaChiThuongTru: person.residence === 'REGISTERED' ? addressOf(person.permanentAddress) : null,
            noiOHienTai: addressOf(person.currentAddress),
            cha: refOf(population, person.fatherId),
            me: refOf(population, person.motherId),
            voChong: refOf(population, person.spouseId),
            ngayMat: person.death?.registeredOn ? person.death.date : null,
        },
        residence: household && head && person.residence === 'REGISTERED' && person.relationshipToHead
            ? {
                maHo: household.id,
                diaChi: addressOf(household.address),
                quanHeVoiChuHo: WIRE.relationship[person.relationshipToHead],
                chuHo: { hoTen: head.fullName, soDinhDanh: head.id },
                ngayDangKy: person.residenceSince ?? household.registeredOn,
            }
            : null,
        insurance: insurance
            ? {
                maSoBhxh: insurance.bhxhCode,
                loaiDoiTuong: WIRE.insuranceCategory[insurance.category],
                soThangDongTong: insurance.totalMonths,
                dangDong: insurance.contributing,
                maTheBhyt: card?.cardNumber ?? null,
            }
            : null,
        socialAffairs: (population.socialByPerson.get(person.id)?.entitlements ?? [])
            .slice(0, 6)
            .map((e) => ({ loaiDoiTuong: WIRE.socialCategory[e.category], ngayHuong: e.since })),
        vneidLevel: person.vneid.level,
        ...(pending ? { pendingEvent: pending } : {}),
    });
}
/**
 * One page of people matching a trait and province, in population order. The cursor is the
 * position after the last hit, bound to the filter; a foreign or malformed one is a 400.
 * @see specs/sandbox.yaml `sandboxSearchCitizens`
 */
export function searchCitizens(population, query) {
    const filter = `${query.trait ?? ''}|${query.maTinh ?? ''}`;
    let start = 0;
    if (query.cursor !== undefined) {
        const decoded = decodePosition(query.cursor, filter);
        if (decoded === undefined) {
            return err(problem(SANDBOX_PROBLEMS.invalidCursor, 'The cursor is not one of this search.'));
        }
        start = decoded;
    }
    const candidates = query.trait !== undefined
        ? (population.byTrait.get(query.trait) ?? [])
        : query.maTinh !== undefined
            ? (population.byProvince.get(query.maTinh) ?? [])
            : population.people;
    const items = [];
    let index = start;
    for (; index < candidates.length && items.length < query.limit; index += 1) {
        const person = candidates[index];
        if (query.maTinh !== undefined && provinceOf(person) !== query.maTinh)
            continue;
        items.push(summaryOf(person, population));
    }
    const more = index < candidates.length;
    return ok({ items, nextCursor: more ? encodePosition(index, filter) : null });
}
/**
 * Writes people generated with `generateWithTrait` into one sandbox's overlay, through each
 * system's own seed logic over a population holding only the added records, so they become
 * visible to the agency mocks of that sandbox alone. Runs in one transaction.
 * @see mocks/kit/system.ts `MockSystem.seed`; mocks/domain/population `generateWithTrait`
 */
export async function writeGenerated(store, systems, generation) {
    const delta = {
        ...generation.population,
        ...generation.added,
        // Catalogues and sequence floors are already in the base.
        facilities: [],
        sequences: new Map(),
    };
    await store.transaction(async (tx) => {
        // A seed may open its own transaction: inside this one it is the same scope.
        const builder = {
            collection: (name, definition) => tx.collection(name, definition),
            transaction: (work) => work(tx),
        };
        for (const system of systems)
            await system.seed?.(builder, delta);
    });
}
function summaryOf(person, population) {
    return {
        soDinhDanh: person.id,
        hoTen: person.fullName,
        ngaySinh: person.birthDate,
        gioiTinh: WIRE.sex[person.sex],
        maTinh: provinceOf(person),
        traits: wireTraitsOf(person, population),
        vneidLevel: person.vneid.level,
    };
}
function provinceOf(person) {
    return (person.permanentAddress ?? person.currentAddress).provinceCode;
}
function addressOf(address) {
    return address === null
        ? null
        : { chiTiet: address.detail, maXa: address.communeCode, maTinh: address.provinceCode };
}
function refOf(population, id) {
    const person = id === null ? undefined : population.byId.get(id);
    return person ? { hoTen: person.fullName, soDinhDanh: person.id } : null;
}
function pendingEventOf(person, population) {
    const birth = population.pendingBirthByMother.get(person.id);
    if (birth) {
        return {
            kind: 'BIRTH',
            date: birth.birthTime.slice(0, 10),
            healthFacility: birth.facilityCode,
            birthCertificateCode: birth.code,
        };
    }
    if (person.death && person.death.registeredOn === null) {
        const notice = population.deathNoticeByPerson.get(person.id);
        return {
            kind: 'DEATH',
            date: person.death.date,
            ...(notice ? { healthFacility: notice.facilityCode, deathNoticeCode: notice.code } : {}),
        };
    }
    return undefined;
}
function encodePosition(index, filter) {
    return Buffer.from(JSON.stringify([filter, index]), 'utf8').toString('base64url');
}
function decodePosition(cursor, filter) {
    try {
        const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        if (!Array.isArray(value) || value[0] !== filter)
            return undefined;
        const index = value[1];
        return Number.isSafeInteger(index) && index >= 0 ? index : undefined;
    }
    catch {
        return undefined;
    }
}
