import type { Population, PopulationOptions } from './population.js';
/** Default target size. @see PopulationOptions.size */
export declare const DEFAULT_POPULATION_SIZE = 10000;
/**
 * The earliest reference date: a newborn's birth certificate code needs a birth year in
 * 2000–2099 (`XXXXX.GCS.ZZZZZ.YY`), and a birth certificate may be six weeks old.
 * @see DOMAIN.md §6.3
 */
export declare const EARLIEST_REFERENCE_DATE = "2001-01-01";
/** Default minimum per trait. @see PopulationOptions.minPerTrait */
export declare const DEFAULT_MIN_PER_TRAIT = 3;
/**
 * Natural shares of a registered newborn as the youngest child of a family with children.
 * @see FamilyOptions.youngest
 */
export declare const NEWBORN_SHARES: {
    readonly complete: 0.012;
    readonly birthOnly: 0.006;
};
/**
 * Thrown by {@link generatePopulation} for an option that cannot be used; `option` names it.
 * @see STYLE.md rule 8 (config fails fast with the name of the bad key)
 */
export declare class InvalidPopulationOptionsError extends Error {
    readonly option: keyof PopulationOptions;
    readonly name = "InvalidPopulationOptionsError";
    constructor(option: keyof PopulationOptions, message: string);
}
/**
 * Generates a population. Same options → the same population, record for record. Throws
 * {@link InvalidPopulationOptionsError} on a bad option.
 * @see README.md in this folder; PopulationOptions
 */
export declare function generatePopulation(options: PopulationOptions): Population;
