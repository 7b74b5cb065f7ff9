import { WIRE } from '../domain/population/index.js';
/** The residence register, one record per person. */
export const RESIDENTS = { idOf: (r) => r.id };
/** Households by `maHo`. */
export const HOUSEHOLDS = { idOf: (h) => h.id };
/** Registrations by `maDangKy`, unique per dossier. */
export const REGISTRATIONS = {
    idOf: (r) => r.registration.maDangKy,
    indexes: { byDossier: { key: (r) => r.registration.maHoSo, unique: true } },
};
/** Deregistrations by `maXoaDangKy`, unique per dossier. */
export const DEREGISTRATIONS = {
    idOf: (d) => d.deregistration.maXoaDangKy,
    indexes: { byDossier: { key: (d) => d.deregistration.maHoSo, unique: true } },
};
/** Collection names (`<system>.<name>`). */
export const COLLECTIONS = {
    residents: 'cutru.residents',
    households: 'cutru.households',
    registrations: 'cutru.registrations',
    deregistrations: 'cutru.deregistrations',
};
/** Maps a population address to the wire shape. */
export function toWireAddress(address) {
    return { chiTiet: address.detail, maXa: address.communeCode, maTinh: address.provinceCode };
}
/**
 * Maps a population relationship to the wire. The population's table is checked against the
 * spec's enum by its own test, so the narrowing is safe.
 * @see mocks/domain/population/wire-vocabulary.ts
 */
export function toWireRelationship(relationship) {
    return WIRE.relationship[relationship];
}
function addressKey(address) {
    return `${address.communeCode}|${address.detail}`;
}
function residentOf(person, householdAt) {
    const base = {
        id: person.id,
        fullName: person.fullName,
        birthDate: person.birthDate,
        temporary: person.temporaryAddress
            ? { address: toWireAddress(person.temporaryAddress), since: person.birthRegisteredOn }
            : null,
        current: toWireAddress(person.currentAddress),
    };
    const address = person.permanentAddress;
    if (person.residence === 'REGISTERED' && address && person.householdId) {
        const relationship = toWireRelationship(person.relationshipToHead ?? 'HEAD');
        const permanent = {
            address: toWireAddress(address),
            householdId: person.householdId,
            relationship,
            since: person.residenceSince ?? person.birthRegisteredOn,
        };
        return { ...base, permanent, removed: null };
    }
    const formerHousehold = address ? householdAt.get(addressKey(address)) : undefined;
    if (person.residence === 'DEREGISTERED' && address && formerHousehold) {
        // The population keeps the last address; the household living there is the one left.
        const on = person.death?.registeredOn ?? person.death?.date ?? person.birthRegisteredOn;
        const removed = {
            address: toWireAddress(address),
            householdId: formerHousehold,
            on,
            ground: person.death ? 'CHET' : 'KHAC',
        };
        return { ...base, permanent: null, removed };
    }
    return { ...base, permanent: null, removed: null };
}
/**
 * Loads the residence register of a population into a base: every person (registered,
 * deregistered or never registered) and every household with its members, head first.
 * @see mocks/kit/system.ts `MockSystem.seed`
 */
export async function seed(builder, population) {
    const householdAt = new Map(population.households.map((h) => [addressKey(h.address), h.id]));
    const residents = builder.collection(COLLECTIONS.residents, RESIDENTS);
    const households = builder.collection(COLLECTIONS.households, HOUSEHOLDS);
    const seededResidents = await residents.insertMany(population.people.map((p) => residentOf(p, householdAt)));
    if (!seededResidents.ok)
        throw new Error(`cutru seed: ${seededResidents.error.code}`);
    const seededHouseholds = await households.insertMany(population.households.map((h) => ({
        id: h.id,
        address: toWireAddress(h.address),
        headId: h.headId,
        members: h.members.map((m) => ({
            personId: m.personId,
            relationship: toWireRelationship(m.relationship),
        })),
        registeredOn: h.registeredOn,
    })));
    if (!seededHouseholds.ok)
        throw new Error(`cutru seed: ${seededHouseholds.error.code}`);
}
