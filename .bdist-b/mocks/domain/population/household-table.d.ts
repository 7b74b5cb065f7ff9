import type { Population } from './population.js';
/**
 * The members of a household (head first) with ID number, birth date, sex, ethnicity, records
 * and traits; `undefined` for an unknown household. Contains personal data: never log it outside
 * the sandbox.
 * @see SECURITY.md GW-20 (masking applies to operational logs)
 */
export declare function householdTable(population: Population, householdId: string): string | undefined;
