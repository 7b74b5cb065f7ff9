/**
 * The bridge to benefit routing: what the regimes need to know about a deceased person.
 */
import type { DeceasedCategory } from '../regimes/index.js';
import type { Population } from './population.js';
/**
 * The routing categories of a person (for `routeBenefit`): from the insurance record and the
 * social-affairs entitlements, without duplicates; empty for an unknown person.
 * @see ../regimes routeBenefit; DOMAIN.md §4 "SANDBOX DEFAULT routing"
 */
export declare function benefitCategoriesOf(population: Pick<Population, 'insuranceByPerson' | 'socialByPerson'>, personId: string): DeceasedCategory[];
