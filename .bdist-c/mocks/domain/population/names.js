/**
 * Drawing Vietnamese names from the tables of `name-tables.ts`: a surname (inherited or drawn),
 * a middle name by sex and generation, a given name by sex, composed in the customary order.
 */
import { KINH_GIVEN_NAMES, KINH_MIDDLE_NAMES, KINH_SURNAMES, NAME_STYLES } from './name-tables.js';
import { createWeightedTable } from './prng.js';
/**
 * Middle names switch from mostly "Văn"/"Thị" to a wider choice for those born from this year.
 * @see KINH_MIDDLE_NAMES
 */
export const YOUNGER_NAMES_FROM = 1985;
const KINH_TABLES = {
    NORTH: createWeightedTable(KINH_SURNAMES.NORTH),
    CENTRAL: createWeightedTable(KINH_SURNAMES.CENTRAL),
    SOUTH: createWeightedTable(KINH_SURNAMES.SOUTH),
};
const KINH_MIDDLE = {
    maleOlder: createWeightedTable(KINH_MIDDLE_NAMES.maleOlder),
    maleYounger: createWeightedTable(KINH_MIDDLE_NAMES.maleYounger),
    femaleOlder: createWeightedTable(KINH_MIDDLE_NAMES.femaleOlder),
    femaleYounger: createWeightedTable(KINH_MIDDLE_NAMES.femaleYounger),
};
const PREPARED = new Map(Object.entries(NAME_STYLES).map(([code, data]) => [
    code,
    {
        data,
        surnames: createWeightedTable(data.surnames),
        ...(data.middle && {
            middle: {
                male: createWeightedTable(data.middle.male),
                female: createWeightedTable(data.middle.female),
            },
        }),
    },
]));
/**
 * Whether children of this ethnicity take their mother's clan name and ethnicity.
 * @see NAME_STYLES
 */
export function isMatrilineal(ethnicity) {
    return PREPARED.get(ethnicity)?.data.matrilineal ?? false;
}
/**
 * A family name for a founder of a family line (nobody to inherit it from).
 * @see KINH_SURNAMES; NAME_STYLES
 */
export function drawSurname(rng, ethnicity, region) {
    const style = PREPARED.get(ethnicity);
    return rng.weighted(style ? style.surnames : KINH_TABLES[region]);
}
/**
 * Draws a full name. The given name never repeats the middle name or one of `avoidGiven`.
 * @see NameRequest
 */
export function drawName(rng, request) {
    const style = PREPARED.get(request.ethnicity);
    const surname = request.surname ?? drawSurname(rng, request.ethnicity, request.region);
    const male = request.sex === 'MALE';
    const own = style?.middle && (male ? style.middle.male : style.middle.female);
    const middleName = rng.weighted(own ?? kinhMiddle(male, request.birthYear));
    const givenList = style?.data.given ?? KINH_GIVEN_NAMES;
    const given = male ? givenList.male : givenList.female;
    let givenName = rng.pick(given);
    const avoid = request.avoidGiven ?? [];
    while (givenName === middleName || avoid.includes(givenName))
        givenName = rng.pick(given);
    return {
        surname,
        middleName,
        givenName,
        fullName: composeFullName(surname, middleName, givenName, style?.data.order ?? 'SURNAME_FIRST'),
    };
}
/**
 * Joins name parts in the style's order, skipping empty parts ("Y Moan Niê", "Nguyễn Văn An").
 * @see NameStyleData.order
 */
export function composeFullName(surname, middleName, givenName, order) {
    const parts = order === 'SURNAME_LAST' ? [middleName, givenName, surname] : [surname, middleName, givenName];
    return parts.filter((part) => part !== '').join(' ');
}
function kinhMiddle(male, birthYear) {
    const older = birthYear < YOUNGER_NAMES_FROM;
    if (male)
        return older ? KINH_MIDDLE.maleOlder : KINH_MIDDLE.maleYounger;
    return older ? KINH_MIDDLE.femaleOlder : KINH_MIDDLE.femaleYounger;
}
