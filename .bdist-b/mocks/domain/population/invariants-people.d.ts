import type { Report } from './invariants.js';
import type { Population } from './population.js';
/**
 * Checks ID numbers, names, dates, addresses, residence, families, deaths and VNeID levels.
 * @see INVARIANTS
 */
export declare function checkPeople(population: Population, report: Report): void;
