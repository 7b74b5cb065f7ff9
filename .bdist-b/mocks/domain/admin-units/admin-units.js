import raw from '../data/admin-units-2025.json' with { type: 'json' };
import { err, ok } from '../../../contracts/result.js';
import { TWO_LEVEL_SINCE, createAdminUnitCatalogue } from './catalogue.js';
import { parseAdminUnits } from './parse-admin-units.js';
import { changesAfter, rollBackUnitTypes } from './unit-type-history.js';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Parsing and indexing happen on first use only, then the result is reused (immutable data).
let parsed;
const versions = new Map();
function bundledData() {
    parsed ??= parseAdminUnits(raw);
    return parsed;
}
/**
 * The bundled catalogue (the file's `as_of` date), built lazily once and shared.
 * @see /work/shared/data/README.md; DOMAIN.md §6.6
 */
export function defaultAdminUnits() {
    return versionFor(bundledData(), bundledData().asOf);
}
/**
 * The catalogue as it stood on a calendar date (`yyyy-MM-dd`, Vietnam time): unit types and
 * names changed after that date are rolled back; codes never change. Dates before 01/07/2025
 * have no two-level catalogue (use {@link provinceOfLegacyCode} for the 63-province tree).
 * @see DOMAIN.md §6.6 (SANDBOX DEFAULT: the unit catalogue is versioned by date)
 */
export function adminUnitsAt(date) {
    if (!isCalendarDate(date)) {
        return err({
            type: 'urn:lienthong-sandbox:problem:invalid-date',
            title: 'Ngày không hợp lệ',
            status: 400,
            code: 'INVALID_DATE',
            detail: 'The date must be a calendar date yyyy-MM-dd.',
        });
    }
    if (date < TWO_LEVEL_SINCE) {
        return err({
            type: 'urn:lienthong-sandbox:problem:no-admin-unit-catalogue',
            title: 'Không có danh mục đơn vị hành chính cho ngày này',
            status: 422,
            code: 'NO_ADMIN_UNIT_CATALOGUE',
            detail: `The two-level unit catalogue starts on ${TWO_LEVEL_SINCE}.`,
        });
    }
    return ok(versionFor(bundledData(), date));
}
function isCalendarDate(date) {
    if (!DATE.test(date))
        return false;
    const parsedDate = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(parsedDate.getTime()) && parsedDate.toISOString().startsWith(date);
}
function versionFor(data, date) {
    // Dates with the same pending changes share one catalogue, so at most a handful are built.
    const key = changesAfter(data, date)
        .map((c) => c.effective)
        .join(',');
    let catalogue = versions.get(key);
    if (catalogue === undefined) {
        catalogue = createAdminUnitCatalogue(key === '' ? data : rollBackUnitTypes(data, date));
        versions.set(key, catalogue);
    }
    return catalogue;
}
/**
 * The province with this 2-digit code in the bundled catalogue.
 * @see DOMAIN.md §6.6
 */
export function getProvince(code) {
    return defaultAdminUnits().getProvince(code);
}
/**
 * The commune, ward or special zone with this 5-digit code in the bundled catalogue.
 * @see DOMAIN.md §6.6
 */
export function getCommune(code) {
    return defaultAdminUnits().getCommune(code);
}
/**
 * The units of a province in the bundled catalogue (empty for an unknown province).
 * @see DOMAIN.md §6.6
 */
export function communesOf(provinceCode) {
    return defaultAdminUnits().communesOf(provinceCode);
}
/**
 * Whether the commune code belongs to the province code (codes only, never names).
 * @see DOMAIN.md §6.6; /work/shared/data/README.md
 */
export function isCommuneInProvince(communeCode, provinceCode) {
    return defaultAdminUnits().isCommuneInProvince(communeCode, provinceCode);
}
