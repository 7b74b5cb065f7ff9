import { nameKey } from '../domain/identifiers/index.js';
/**
 * Citizens by ID number; indexes by legacy number, by name + date of birth and by household.
 * @see specs/dancu.yaml dancuLookupCitizen (three ways to identify one person)
 */
export const CITIZENS = {
    idOf: (c) => c.id,
    indexes: {
        byLegacyId: (c) => c.legacyIdNumber ?? undefined,
        byNameBirth: (c) => nameBirthKey(c.fullName, c.birthDate),
        byHousehold: (c) => c.householdId ?? undefined,
    },
};
/** Issuances by birth registration (`maDangKyKhaiSinh`); one number per registration. */
export const ISSUANCES = {
    idOf: (i) => i.maDangKyKhaiSinh,
    indexes: { byNumber: { key: (i) => i.soDinhDanh, unique: true } },
};
/** ID card applications by `maHoSoCanCuoc`, indexed by child. */
export const ID_CARD_APPLICATIONS = {
    idOf: (a) => a.id,
    indexes: { byChild: (a) => a.childId },
};
/** Collection names, `dancu.<name>`. */
export const COLLECTIONS = {
    citizens: 'dancu.citizens',
    issuances: 'dancu.personalIdIssuances',
    idCardApplications: 'dancu.idCardApplications',
};
/**
 * The index key of a name and date of birth (names compared up to case, spacing and tone
 * placement, never stripped of diacritics).
 * @see mocks/domain/identifiers/vietnamese-name.ts nameKey
 */
export function nameBirthKey(fullName, birthDate) {
    return `${nameKey(fullName)}|${birthDate}`;
}
/**
 * The register's view of a generated person: residence and household only while registered,
 * the death only once registered.
 * @see mocks/domain/population/types.ts Person; DOMAIN.md §4
 */
export function citizenOf(person) {
    const registered = person.residence === 'REGISTERED';
    const death = person.death;
    return {
        id: person.id,
        legacyIdNumber: person.legacyIdNumber,
        fullName: person.fullName,
        birthDate: person.birthDate,
        sex: person.sex,
        ethnicity: person.ethnicity,
        religion: person.religion,
        nationality: person.nationality,
        maritalStatus: person.maritalStatus,
        birthRegistration: person.birthRegistration,
        hometown: person.hometown,
        permanentAddress: registered ? person.permanentAddress : null,
        temporaryAddress: person.temporaryAddress,
        currentAddress: person.currentAddress,
        bloodGroup: person.bloodGroup,
        fatherId: person.fatherId,
        motherId: person.motherId,
        spouseId: person.spouseId,
        householdId: registered ? person.householdId : null,
        relationshipToHead: registered ? person.relationshipToHead : null,
        death: death !== null && death.registeredOn !== null
            ? { date: death.date, registrationId: null, recordedAt: death.registeredOn }
            : null,
    };
}
/**
 * Loads every person of the population into the base as a citizen.
 * @see mocks/kit/system.ts MockSystem.seed
 */
export async function seed(builder, population) {
    const citizens = builder.collection(COLLECTIONS.citizens, CITIZENS);
    const inserted = await citizens.insertMany(population.people.map(citizenOf));
    if (!inserted.ok)
        throw new Error(`dancu seed: ${inserted.error.code}`);
}
