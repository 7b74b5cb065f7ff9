/**
 * Creating one person: name, ID number consistent with birth year, sex and the province of birth
 * registration, hometown, blood group, legacy CMND. Residence and household fields are filled by
 * the household builder; records (insurance, VNeID …) by the decorator.
 */
import { POST_2025_PROVINCES_FROM, generateLegacyIdNumber, generatePersonalId, } from '../identifiers/index.js';
import { addYears, toDay, yearOfDay } from './days.js';
import { drawName } from './names.js';
import { createWeightedTable } from './prng.js';
/** The shared "no account" value. @see specs/vneid.yaml (level 0 = no account) */
export const NO_VNEID_ACCOUNT = Object.freeze({ level: 0, status: 'NOT_ACTIVATED' });
const REFORM_DAY = toDay(POST_2025_PROVINCES_FROM);
// ABO shares in Vietnam (O ~42%, B ~30%, A ~21%, AB ~7%); about 60% have it on record.
const BLOOD_GROUPS = createWeightedTable([
    ['O', 42],
    ['B', 30],
    ['A', 21],
    ['AB', 7],
]);
/**
 * Creates and registers a person. The birth is registered 1–45 days after birth (never after the
 * reference date); the `AAA` of the ID number is the legacy code of the registering province
 * before 01/07/2025 and "0" + the new code from then on.
 * @see DOMAIN.md §6.1, §11 #10
 */
export function createPerson(ctx, spec) {
    const { rng, today } = ctx;
    const local = rng.chance(spec.localBirth);
    const provinceCode = local ? spec.place.provinceCode : rng.weighted(ctx.allProvinces);
    const birthCommune = local && rng.chance(0.6) ? spec.place.commune : ctx.randomCommune(provinceCode);
    const registeredDay = Math.min(spec.birthDay + rng.int(1, 45), today);
    const aaa = registeredDay >= REFORM_DAY
        ? provinceCode
        : local
            ? spec.place.legacyCode
            : rng.weighted(ctx.legacyCodeTable(provinceCode));
    const birthDate = ctx.date(spec.birthDay);
    const birthYear = yearOfDay(spec.birthDay);
    const name = drawName(rng, {
        ethnicity: spec.ethnicity,
        sex: spec.sex,
        birthYear,
        region: ctx.region(provinceCode),
        ...(spec.surname !== undefined && { surname: spec.surname }),
        ...(spec.avoidGiven !== undefined && { avoidGiven: spec.avoidGiven }),
    });
    let id;
    do {
        id = generatePersonalId({
            provinceCode: aaa,
            sex: spec.sex === 'MALE' ? 'NAM' : 'NU',
            // The year is all the number encodes; passing it spares a date parse per person.
            year: birthYear,
            registeredOn: ctx.date(registeredDay),
            random: rng.random,
        });
    } while (ctx.isPersonIdTaken(id));
    const heldCmnd = birthYear <= 2006 && addYears(spec.birthDay, 16) <= today && rng.chance(0.75);
    const person = {
        id,
        legacyIdNumber: heldCmnd ? legacyIdNumber(ctx) : null,
        surname: name.surname,
        middleName: name.middleName,
        givenName: name.givenName,
        fullName: name.fullName,
        birthDate,
        sex: spec.sex,
        ethnicity: spec.ethnicity,
        religion: spec.religion,
        nationality: 'VN',
        maritalStatus: 'SINGLE',
        birthRegistration: ctx.locality(birthCommune),
        birthRegisteredOn: ctx.date(registeredDay),
        hometown: spec.hometown ?? drawHometown(ctx, provinceCode),
        residence: 'NOT_REGISTERED',
        permanentAddress: null,
        residenceSince: null,
        temporaryAddress: null,
        currentAddress: spec.place.address,
        bloodGroup: rng.chance(0.6) ? rng.weighted(BLOOD_GROUPS) : null,
        fatherId: spec.fatherId ?? null,
        motherId: spec.motherId ?? null,
        spouseId: null,
        householdId: null,
        relationshipToHead: null,
        death: null,
        vneid: NO_VNEID_ACCOUNT,
    };
    ctx.addPerson(person);
    return person;
}
/** A founder's hometown: usually in the birth province, sometimes a family origin elsewhere. */
function drawHometown(ctx, birthProvince) {
    const province = ctx.rng.chance(0.75) ? birthProvince : ctx.rng.weighted(ctx.allProvinces);
    return ctx.locality(ctx.randomCommune(province));
}
/** A 9-digit CMND number not held by anyone else. */
function legacyIdNumber(ctx) {
    let value;
    do
        value = generateLegacyIdNumber(ctx.rng.random);
    while (!ctx.claimLegacyId(value));
    return value;
}
