/**
 * Lookups for predicates about `people` (children are looked for among them) in a run.
 * @see TraitLookups
 */
export function lookupsFor(ctx, people) {
    const byMother = new Map();
    const byFather = new Map();
    for (const person of people) {
        if (person.motherId !== null)
            push(byMother, person.motherId, person);
        if (person.fatherId !== null)
            push(byFather, person.fatherId, person);
    }
    const pending = new Map();
    for (const certificate of ctx.birthCertificates.values()) {
        if (certificate.status === 'PENDING')
            pending.set(certificate.motherId, certificate);
    }
    return {
        referenceDate: ctx.referenceDate,
        byId: ctx.personIndex,
        byMother,
        byFather,
        insuranceByPerson: ctx.insurance,
        childCardByPerson: ctx.childCards,
        socialByPerson: ctx.social,
        pendingBirthByMother: pending,
    };
}
function push(map, key, person) {
    const list = map.get(key);
    if (list === undefined)
        map.set(key, [person]);
    else
        list.push(person);
}
