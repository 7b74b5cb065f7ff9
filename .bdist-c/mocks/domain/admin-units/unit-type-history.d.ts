import type { AdminUnitData, CommuneType, ProvinceType } from './types.js';
type UnitType = ProvinceType | CommuneType;
/**
 * A change of unit type (and of the name's type prefix) after 01/07/2025. No code changed.
 * @see admin-units-2025.json `amendments_applied`
 */
export interface UnitTypeChange {
    /** First calendar day (Vietnam time) the new type applies. */
    readonly effective: string;
    readonly resolution: string;
    readonly level: 'PROVINCE' | 'COMMUNE';
    readonly codes: readonly string[];
    readonly from: UnitType;
    readonly to: UnitType;
}
/**
 * Unit-type changes already applied to the bundled file, as data, so that a catalogue for an
 * earlier date can be rebuilt (SANDBOX DEFAULT: the unit catalogue is versioned by date).
 * Transcribed from the file's `amendments_applied`; a test checks they agree.
 * @see DOMAIN.md §6.6; admin-units-2025.json `amendments_applied`
 */
export declare const UNIT_TYPE_CHANGES: readonly UnitTypeChange[];
/**
 * The changes in force after `date` but already applied to `data` (so to be undone for `date`).
 * @see UNIT_TYPE_CHANGES
 */
export declare function changesAfter(data: AdminUnitData, date: string, changes?: readonly UnitTypeChange[]): readonly UnitTypeChange[];
/**
 * Rebuilds unit types and names as they were on `date` by undoing later changes.
 * Dates on or after `data.asOf` return `data` unchanged (later changes are unknown).
 * @see DOMAIN.md §6.6 (SANDBOX DEFAULT: catalogue versioned by date)
 */
export declare function rollBackUnitTypes(data: AdminUnitData, date: string, changes?: readonly UnitTypeChange[]): AdminUnitData;
export {};
