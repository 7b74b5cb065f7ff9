import type { Report } from './invariants.js';
import type { Population } from './population.js';
/**
 * Checks insurance records, TE1 cards, entitlements, birth certificates and death notices.
 * @see INVARIANTS
 */
export declare function checkRecords(population: Population, report: Report): void;
