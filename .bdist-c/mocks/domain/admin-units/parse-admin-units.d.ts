import type { AdminUnitData } from './types.js';
/**
 * Thrown when the bundled catalogue file does not have the expected shape: a bug in the data,
 * not an expected failure.
 * @see STYLE.md rule 6
 */
export declare class AdminUnitDataError extends Error {
    readonly name = "AdminUnitDataError";
}
/**
 * Normalises a unit name for display: Unicode NFC, trimmed, first letter upper-case.
 * NFC does not unify tone-mark placement ("Hòa"/"Hoà"), so names must never be used as keys.
 * The capital fixes `06325 xã Bắc Sơn`, which the file's own `amendments_applied` says was
 * capitalised but the unit list still spells in lower case.
 * @see /work/shared/data/README.md
 */
export declare function normaliseUnitName(name: string): string;
/**
 * Validates the raw JSON of `admin-units-2025.json` and returns NFC-normalised, typed units.
 * Throws {@link AdminUnitDataError} naming the offending entry when the file is malformed.
 * @see /work/shared/data/README.md
 */
export declare function parseAdminUnits(json: unknown): AdminUnitData;
