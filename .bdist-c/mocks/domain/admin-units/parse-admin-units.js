/**
 * Thrown when the bundled catalogue file does not have the expected shape: a bug in the data,
 * not an expected failure.
 * @see STYLE.md rule 6
 */
export class AdminUnitDataError extends Error {
    name = 'AdminUnitDataError';
}
/** Unit-type labels of the data file → stable codes. */
const PROVINCE_TYPES = {
    tỉnh: 'TINH',
    'thành phố trung ương': 'THANH_PHO_TRUNG_UONG',
};
const COMMUNE_TYPES = {
    xã: 'XA',
    phường: 'PHUONG',
    'đặc khu': 'DAC_KHU',
};
const PROVINCE_CODE = /^\d{2}$/;
const COMMUNE_CODE = /^\d{5}$/;
/**
 * Normalises a unit name for display: Unicode NFC, trimmed, first letter upper-case.
 * NFC does not unify tone-mark placement ("Hòa"/"Hoà"), so names must never be used as keys.
 * The capital fixes `06325 xã Bắc Sơn`, which the file's own `amendments_applied` says was
 * capitalised but the unit list still spells in lower case.
 * @see /work/shared/data/README.md
 */
export function normaliseUnitName(name) {
    const nfc = name.normalize('NFC').trim();
    return nfc.charAt(0).toLocaleUpperCase('vi') + nfc.slice(1);
}
/**
 * Validates the raw JSON of `admin-units-2025.json` and returns NFC-normalised, typed units.
 * Throws {@link AdminUnitDataError} naming the offending entry when the file is malformed.
 * @see /work/shared/data/README.md
 */
export function parseAdminUnits(json) {
    const root = asRecord(json, 'root');
    const provinces = [];
    const communes = [];
    for (const [index, item] of asArray(root['provinces'], 'provinces').entries()) {
        const where = `provinces[${index}]`;
        const raw = asRecord(item, where);
        const code = asCode(raw['code'], PROVINCE_CODE, `${where}.code`);
        provinces.push({
            code,
            name: normaliseUnitName(asString(raw['name'], `${where}.name`)),
            type: asType(raw['type'], PROVINCE_TYPES, `${where}.type`),
        });
        for (const [ci, unit] of asArray(raw['communes'], `${where}.communes`).entries()) {
            const at = `${where}.communes[${ci}]`;
            const rawUnit = asRecord(unit, at);
            communes.push({
                code: asCode(rawUnit['code'], COMMUNE_CODE, `${at}.code`),
                name: normaliseUnitName(asString(rawUnit['name'], `${at}.name`)),
                type: asType(rawUnit['type'], COMMUNE_TYPES, `${at}.type`),
                provinceCode: code,
            });
        }
    }
    return {
        asOf: asString(root['as_of'], 'as_of'),
        source: asString(root['source'], 'source'),
        licence: asString(root['licence'], 'licence'),
        provinces,
        communes,
    };
}
function asRecord(value, where) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new AdminUnitDataError(`${where} must be an object`);
    }
    return value;
}
function asArray(value, where) {
    if (!Array.isArray(value))
        throw new AdminUnitDataError(`${where} must be an array`);
    return value;
}
function asString(value, where) {
    if (typeof value !== 'string' || value === '') {
        throw new AdminUnitDataError(`${where} must be a non-empty string`);
    }
    return value;
}
function asCode(value, pattern, where) {
    const code = asString(value, where);
    if (!pattern.test(code))
        throw new AdminUnitDataError(`${where} must match ${pattern.source}`);
    return code;
}
function asType(value, table, where) {
    const label = asString(value, where).normalize('NFC');
    const type = Object.hasOwn(table, label) ? table[label] : undefined;
    if (type === undefined)
        throw new AdminUnitDataError(`${where} has an unknown unit type`);
    return type;
}
