/**
 * Post-2025 administrative units (34 provinces, 3,321 communes) and the pre-2025 province map.
 * @see DOMAIN.md §6.6
 */
export type { AdminUnitCatalogue, AdminUnitData, Commune, CommuneType, Province, ProvinceType, } from './types.js';
export type { AdminUnitsProblem } from './admin-units.js';
export { adminUnitsAt, communesOf, defaultAdminUnits, getCommune, getProvince, isCommuneInProvince, } from './admin-units.js';
export { TWO_LEVEL_SINCE, createAdminUnitCatalogue } from './catalogue.js';
export type { LegacyProvince } from './legacy-provinces.js';
export { LEGACY_PROVINCES, legacyProvince, legacyProvincesOf, provinceOfLegacyCode, } from './legacy-provinces.js';
export { AdminUnitDataError, normaliseUnitName, parseAdminUnits } from './parse-admin-units.js';
export type { UnitTypeChange } from './unit-type-history.js';
export { UNIT_TYPE_CHANGES, rollBackUnitTypes } from './unit-type-history.js';
