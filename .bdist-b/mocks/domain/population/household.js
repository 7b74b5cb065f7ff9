import { drawAddressDetail, drawLodgingDetail } from './address-detail.js';
import { addYears, toDay } from './days.js';
/**
 * A place in a commune of the province (random when not given): a new address, shared by all
 * members, styled for the commune type, region and the head's ethnicity.
 * @see drawAddressDetail
 */
export function createPlace(ctx, provinceCode, ethnicity, commune = ctx.randomCommune(provinceCode), legacyCode = ctx.rng.weighted(ctx.legacyCodeTable(provinceCode))) {
    const region = ctx.region(provinceCode);
    const address = Object.freeze({
        detail: drawAddressDetail(ctx.rng, commune.type, region, ethnicity),
        communeCode: commune.code,
        provinceCode,
    });
    return { provinceCode, region, commune, address, legacyCode };
}
/**
 * Registers a household at the place: the first entry is the head. The household was
 * established when the head was an adult (at most 30 years ago); each member's residence dates
 * from then, or from shortly after their birth registration.
 * @see specs/cutru.yaml `Household`, `PermanentResidence`
 */
export function registerHousehold(ctx, place, entries) {
    const [first] = entries;
    if (first === undefined)
        throw new RangeError('a household needs a head');
    const { rng, today } = ctx;
    const province = place.provinceCode;
    const sequence = ctx.nextSequence(`HO-${province}`, () => rng.int(10_000, 90_000) * 100);
    const earliest = Math.max(addYears(toDay(first[0].birthDate), 18), addYears(today, -30));
    const registeredDay = rng.int(Math.min(earliest, today - 30), today - 30);
    const household = {
        id: `HO-${province}-${String(sequence).padStart(8, '0')}`,
        address: place.address,
        headId: first[0].id,
        members: entries.map(([person, relationship]) => ({ personId: person.id, relationship })),
        registeredOn: ctx.date(registeredDay),
    };
    for (const [person, relationship] of entries) {
        const since = Math.max(registeredDay, toDay(person.birthRegisteredOn) + rng.int(0, 20));
        person.residence = 'REGISTERED';
        person.permanentAddress = place.address;
        person.currentAddress = place.address;
        person.residenceSince = ctx.date(Math.min(since, today));
        person.householdId = household.id;
        person.relationshipToHead = relationship;
    }
    ctx.households.push(household);
    return household;
}
/**
 * Takes a member (never the head) out of the household: their permanent residence is not
 * registered; an adult keeps living there on temporary residence, a newborn with its mother.
 * @see specs/cutru.yaml `CitizenResidence` (CHUA_DANG_KY)
 */
export function detach(household, person, onTemporaryResidence) {
    if (household.headId === person.id)
        throw new RangeError('the head cannot be detached');
    household.members = household.members.filter((m) => m.personId !== person.id);
    person.residence = 'NOT_REGISTERED';
    person.permanentAddress = null;
    person.residenceSince = null;
    person.householdId = null;
    person.relationshipToHead = null;
    person.temporaryAddress = onTemporaryResidence ? person.currentAddress : null;
}
/**
 * A young adult who keeps the permanent residence but lives on temporary residence in a boarding
 * house in another commune of the same province.
 * @see specs/cutru.yaml `TemporaryResidence`
 */
export function moveAway(ctx, place, person) {
    const commune = ctx.randomCommune(place.provinceCode);
    const lodging = Object.freeze({
        detail: drawLodgingDetail(ctx.rng, place.region),
        communeCode: commune.code,
        provinceCode: place.provinceCode,
    });
    person.temporaryAddress = lodging;
    person.currentAddress = lodging;
}
