import { layerLists, layerMap } from './layered-map.js';
import { TRAITS, TRAIT_PREDICATES } from './traits.js';
/**
 * The records produced by a run, frozen, in generation order.
 * @see PopulationRecords
 */
export function freezeRecords(ctx) {
    return {
        people: Object.freeze(ctx.people.map(freezePerson)),
        households: Object.freeze(ctx.households.map(freezeHousehold)),
        insuranceRecords: frozenValues(ctx.insurance),
        childCards: frozenValues(ctx.childCards),
        socialAffairs: frozenValues(ctx.social),
        birthCertificates: frozenValues(ctx.birthCertificates),
        deathNotices: frozenValues(ctx.deathNotices),
    };
}
/**
 * A new population from a run without a base; `traits` is the trait index when the caller has
 * already computed it over the same people and records.
 * @see freezeRecords
 */
export function assemblePopulation(ctx, meta, traits) {
    const records = freezeRecords(ctx);
    const indexes = indexRecords(records);
    const partial = { ...indexes, referenceDate: ctx.referenceDate };
    return Object.freeze({
        seed: meta.seed,
        referenceDate: ctx.referenceDate,
        provinces: Object.freeze([...meta.provinces]),
        ...records,
        facilities: ctx.facilities,
        ...indexes,
        byTrait: traits ?? traitIndex(records.people, partial),
        facilityByCode: new Map(ctx.facilities.map((f) => [f.code, f])),
        sequences: new Map(ctx.sequences),
    });
}
/**
 * The base population with a run's records added: arrays are concatenated, map indexes layered.
 * @see layerMap
 */
export function extendPopulation(base, ctx, records) {
    const added = indexRecords(records);
    const lists = ['byHousehold', 'byProvince', 'byMother', 'byFather'];
    const maps = ['byId', 'byLegacyId', 'householdById', 'insuranceByPerson', 'insuranceByCode', 'childCardByPerson', 'socialByPerson', 'birthCertificateByCode', 'pendingBirthByMother', 'deathNoticeByPerson']; // prettier-ignore
    const indexes = {};
    for (const key of lists)
        indexes[key] = layerLists(base[key], added[key]);
    for (const key of maps)
        indexes[key] = layerMap(base[key], added[key]);
    const merged = { ...base, ...indexes };
    const newTraits = traitIndex(records.people, merged);
    const concat = (a, b) => b.length === 0 ? a : Object.freeze([...a, ...b]);
    return Object.freeze({
        ...merged,
        people: concat(base.people, records.people),
        households: concat(base.households, records.households),
        insuranceRecords: concat(base.insuranceRecords, records.insuranceRecords),
        childCards: concat(base.childCards, records.childCards),
        socialAffairs: concat(base.socialAffairs, records.socialAffairs),
        birthCertificates: concat(base.birthCertificates, records.birthCertificates),
        deathNotices: concat(base.deathNotices, records.deathNotices),
        byTrait: layerLists(base.byTrait, newTraits),
        sequences: new Map(ctx.sequences),
    });
}
/** The indexes of one set of records (every map built once, in record order). */
function indexRecords(records) {
    const byId = new Map(records.people.map((p) => [p.id, p]));
    const byLegacyId = new Map();
    for (const p of records.people)
        if (p.legacyIdNumber !== null)
            byLegacyId.set(p.legacyIdNumber, p);
    const byHousehold = new Map();
    for (const h of records.households) {
        byHousehold.set(h.id, Object.freeze(h.members.map((m) => byId.get(m.personId))));
    }
    const byProvince = group(records.people, (p) => (p.permanentAddress ?? p.currentAddress).provinceCode);
    const byMother = group(records.people, (p) => p.motherId);
    const byFather = group(records.people, (p) => p.fatherId);
    const pendingBirthByMother = new Map(records.birthCertificates.filter((c) => c.status === 'PENDING').map((c) => [c.motherId, c]));
    return {
        byId,
        byLegacyId,
        householdById: new Map(records.households.map((h) => [h.id, h])),
        byHousehold,
        byProvince,
        byMother,
        byFather,
        insuranceByPerson: new Map(records.insuranceRecords.map((r) => [r.personId, r])),
        insuranceByCode: new Map(records.insuranceRecords.map((r) => [r.bhxhCode, r])),
        childCardByPerson: new Map(records.childCards.map((c) => [c.personId, c])),
        socialByPerson: new Map(records.socialAffairs.map((r) => [r.personId, r])),
        birthCertificateByCode: new Map(records.birthCertificates.map((c) => [c.code, c])),
        pendingBirthByMother,
        deathNoticeByPerson: new Map(records.deathNotices.map((n) => [n.personId, n])),
    };
}
/**
 * People of each trait, in the order given: one pass over the people (each person is read once,
 * which matters more than the predicates' cost at a million people).
 * @see TRAIT_PREDICATES
 */
export function traitIndex(people, lookups) {
    const lists = TRAITS.map(() => []);
    const predicates = TRAITS.map((trait) => TRAIT_PREDICATES[trait]);
    for (const person of people) {
        for (let i = 0; i < predicates.length; i += 1) {
            if (predicates[i]?.(person, lookups))
                lists[i]?.push(person);
        }
    }
    return new Map(TRAITS.map((trait, i) => [trait, Object.freeze(lists[i] ?? [])]));
}
function group(people, key) {
    const groups = new Map();
    for (const person of people) {
        const k = key(person);
        if (k === null)
            continue;
        const list = groups.get(k);
        if (list === undefined)
            groups.set(k, [person]);
        else
            list.push(person);
    }
    return groups;
}
/**
 * Freezes a copy of a population (read back with `v8.deserialize`, which returns plain objects)
 * exactly as {@link assemblePopulation} froze the original.
 * @see gateway/sandboxes/population-cache.ts
 */
export function refreezePopulation(population) {
    for (const person of population.people)
        freezePerson(person);
    for (const household of population.households)
        freezeHousehold(household);
    const lists = [
        population.people,
        population.households,
        population.insuranceRecords,
        population.childCards,
        population.socialAffairs,
        population.birthCertificates,
        population.deathNotices,
    ];
    for (const list of lists.slice(2))
        for (const record of list)
            deepFreeze(record);
    for (const list of lists)
        Object.freeze(list);
    Object.freeze(population.provinces);
    return Object.freeze(population);
}
function freezePerson(person) {
    if (person.death !== null)
        Object.freeze(person.death);
    return Object.freeze(person);
}
function freezeHousehold(household) {
    for (const member of household.members)
        Object.freeze(member);
    Object.freeze(household.members);
    return Object.freeze(household);
}
function frozenValues(map) {
    return Object.freeze([...map.values()].map((value) => deepFreeze(value)));
}
function deepFreeze(value) {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
        for (const inner of Object.values(value))
            deepFreeze(inner);
        Object.freeze(value);
    }
    return value;
}
