import { birthCertificateOf, deathNoticeOf, facilityOf } from './mapping.js';
/** Facility catalogue, by code; `byProvince` for the `maTinh` filter. */
export const FACILITIES = {
    idOf: (f) => f.maCoSoKcb,
    indexes: { byProvince: (f) => f.maTinh },
};
/** Birth certificates by code; `byBaby` finds a certificate already issued for the same baby. */
export const BIRTH_CERTIFICATES = {
    idOf: (c) => c.code,
    indexes: { byBaby: (c) => c.babyKey },
};
/** Death notices by code; `byPerson` finds a notice already issued for the same person. */
export const DEATH_NOTICES = {
    idOf: (n) => n.code,
    indexes: { byPerson: (n) => n.personKey },
};
/** Sequence floors by key. */
export const SEQUENCE_FLOORS = { idOf: (s) => s.key };
/** Collection names of this mock. */
export const YTE_COLLECTIONS = {
    facilities: 'yte.facilities',
    birthCertificates: 'yte.birthCertificates',
    deathNotices: 'yte.deathNotices',
    sequenceFloors: 'yte.sequenceFloors',
};
/**
 * Loads the health facilities, the certificates and notices of the population, and where their
 * yearly sequences stand.
 * @see mocks/kit/system.ts `MockSystem.seed`
 */
export async function seed(builder, population) {
    const facilities = builder.collection(YTE_COLLECTIONS.facilities, FACILITIES);
    must(await facilities.insertMany(population.facilities.map(facilityOf)));
    const births = builder.collection(YTE_COLLECTIONS.birthCertificates, BIRTH_CERTIFICATES);
    must(await births.insertMany(population.birthCertificates.map((c) => birthCertificateOf(c, population))));
    const deaths = builder.collection(YTE_COLLECTIONS.deathNotices, DEATH_NOTICES);
    must(await deaths.insertMany(population.deathNotices.map((n) => deathNoticeOf(n, population))));
    const floors = builder.collection(YTE_COLLECTIONS.sequenceFloors, SEQUENCE_FLOORS);
    const kept = [...population.sequences].filter(([key]) => /^(GCS|GBT)\./.test(key));
    must(await floors.insertMany(kept.map(([key, last]) => ({ key, last }))));
}
function must(result) {
    if (!result.ok)
        throw new Error(`yte seed failed: ${result.error?.code ?? 'unknown'}`);
}
