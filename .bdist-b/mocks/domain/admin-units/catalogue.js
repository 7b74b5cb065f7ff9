import { AdminUnitDataError } from './parse-admin-units.js';
/**
 * First day of the two-level local government (districts abolished, 34 provinces).
 * @see NQ 202/2025/QH15; DOMAIN.md §1
 */
export const TWO_LEVEL_SINCE = '2025-07-01';
/**
 * Builds an immutable catalogue indexed by code (Maps built once, here).
 * Throws {@link AdminUnitDataError} on duplicate codes or a commune of an unknown province.
 * @see DOMAIN.md §6.6
 */
export function createAdminUnitCatalogue(data) {
    const provinces = new Map();
    const communes = new Map();
    const byProvince = new Map();
    for (const province of data.provinces) {
        if (provinces.has(province.code)) {
            throw new AdminUnitDataError(`duplicate province code ${province.code}`);
        }
        provinces.set(province.code, Object.freeze({ ...province }));
        byProvince.set(province.code, []);
    }
    for (const commune of data.communes) {
        const siblings = byProvince.get(commune.provinceCode);
        if (siblings === undefined) {
            throw new AdminUnitDataError(`commune ${commune.code} has unknown province`);
        }
        if (communes.has(commune.code)) {
            throw new AdminUnitDataError(`duplicate commune code ${commune.code}`);
        }
        const frozen = Object.freeze({ ...commune });
        communes.set(commune.code, frozen);
        siblings.push(frozen);
    }
    for (const list of byProvince.values())
        Object.freeze(list);
    const none = Object.freeze([]);
    return Object.freeze({
        asOf: data.asOf,
        validFrom: TWO_LEVEL_SINCE,
        source: data.source,
        licence: data.licence,
        provinces: Object.freeze([...provinces.values()]),
        communes: Object.freeze([...communes.values()]),
        getProvince: (code) => provinces.get(code),
        getCommune: (code) => communes.get(code),
        communesOf: (provinceCode) => byProvince.get(provinceCode) ?? none,
        isCommuneInProvince: (communeCode, provinceCode) => communes.get(communeCode)?.provinceCode === provinceCode,
    });
}
