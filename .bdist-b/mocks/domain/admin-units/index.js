export { adminUnitsAt, communesOf, defaultAdminUnits, getCommune, getProvince, isCommuneInProvince, } from './admin-units.js';
export { TWO_LEVEL_SINCE, createAdminUnitCatalogue } from './catalogue.js';
export { LEGACY_PROVINCES, legacyProvince, legacyProvincesOf, provinceOfLegacyCode, } from './legacy-provinces.js';
export { AdminUnitDataError, normaliseUnitName, parseAdminUnits } from './parse-admin-units.js';
export { UNIT_TYPE_CHANGES, rollBackUnitTypes } from './unit-type-history.js';
