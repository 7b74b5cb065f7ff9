import type { AdminUnitCatalogue, AdminUnitData } from './types.js';
/**
 * First day of the two-level local government (districts abolished, 34 provinces).
 * @see NQ 202/2025/QH15; DOMAIN.md §1
 */
export declare const TWO_LEVEL_SINCE = "2025-07-01";
/**
 * Builds an immutable catalogue indexed by code (Maps built once, here).
 * Throws {@link AdminUnitDataError} on duplicate codes or a commune of an unknown province.
 * @see DOMAIN.md §6.6
 */
export declare function createAdminUnitCatalogue(data: AdminUnitData): AdminUnitCatalogue;
