/**
 * The subject key of a registration: `KS|<child key>` or `KT|<personal ID number>`.
 * @see rules.ts `childKey`
 */
export function subjectKey(record) {
    if (record.kind === 'KHAI_TU')
        return `KT|${record.personId}`;
    return record.childKey === null ? undefined : `KS|${record.childKey}`;
}
/**
 * `hotich.registrations`: every registration, by group dossier and by subject (for duplicates).
 * @see specs/hotich.yaml `hotichFindRegistrations`
 */
export const REGISTRATIONS = {
    idOf: (r) => r.id,
    indexes: { byGroup: (r) => r.groupCode, bySubject: subjectKey },
};
/** `hotich.legacyRegister`: births and deaths already in the register when the sandbox starts. */
export const LEGACY_REGISTER = { idOf: (e) => e.id };
/** The registrations collection of a sandbox. */
export function registrations(scope) {
    return scope.collection('hotich.registrations', REGISTRATIONS);
}
/** The legacy register of a sandbox. */
export function legacyRegister(scope) {
    return scope.collection('hotich.legacyRegister', LEGACY_REGISTER);
}
/**
 * Loads the population's registered events into the base: the births registered on the
 * certificates the health system shows as used, and every registered death.
 * @see mocks/domain/population/types.ts (`MedicalBirthCertificate.status`, `Death.registeredOn`)
 */
export async function seed(builder, population) {
    const entries = [];
    for (const certificate of population.birthCertificates) {
        if (certificate.status !== 'REGISTERED' || certificate.childId === null)
            continue;
        const child = population.byId.get(certificate.childId);
        entries.push({ id: `GCS|${certificate.code}`, registeredOn: child?.birthRegisteredOn ?? '' });
    }
    for (const person of population.people) {
        if (person.death?.registeredOn) {
            entries.push({ id: `KT|${person.id}`, registeredOn: person.death.registeredOn });
        }
    }
    const inserted = await legacyRegister(builder).insertMany(entries);
    if (!inserted.ok)
        throw new Error(`hotich seed: ${inserted.error.code}`);
    // Open the registrations collection in the base so every sandbox shares its definition.
    registrations(builder);
}
