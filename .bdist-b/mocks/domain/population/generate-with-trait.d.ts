/**
 * On-demand citizens: one extra person with a requested trait in a requested province (and the
 * family the trait needs), added to a population without changing it.
 */
import type { Result } from '../../../contracts/result.js';
import type { Population, PopulationRecords } from './population.js';
import type { Prng } from './prng.js';
import type { Trait } from './traits.js';
import type { Person } from './types.js';
/**
 * Expected failures of {@link generateWithTrait}, as RFC 9457 templates.
 * @see STYLE.md rule 5
 */
export declare const POPULATION_PROBLEMS: {
    readonly UNKNOWN_TRAIT: {
        readonly type: "urn:lienthong-sandbox:problem:unknown-trait";
        readonly title: "Đặc điểm công dân không được hỗ trợ";
        readonly status: 400;
    };
    readonly UNKNOWN_PROVINCE: {
        readonly type: "urn:lienthong-sandbox:problem:unknown-province";
        readonly title: "Mã tỉnh không thuộc danh mục sau 01/07/2025";
        readonly status: 400;
    };
    readonly TRAIT_NEEDS_HOUSEHOLD: {
        readonly type: "urn:lienthong-sandbox:problem:trait-needs-household";
        readonly title: "Đặc điểm này cần công dân thuộc một hộ gia đình";
        readonly status: 422;
    };
};
/**
 * A problem instance of {@link POPULATION_PROBLEMS}; `detail` never carries personal data.
 * @see POPULATION_PROBLEMS
 */
export interface PopulationProblem {
    readonly type: string;
    readonly title: string;
    readonly status: number;
    readonly code: keyof typeof POPULATION_PROBLEMS;
    readonly detail: string;
}
/**
 * What to generate.
 * @see generateWithTrait
 */
export interface TraitRequest {
    readonly trait: Trait;
    /** Post-2025 province code (2 digits). */
    readonly maTinh: string;
    /** Default true; false puts the citizen outside any household (not for every trait). */
    readonly withHousehold?: boolean;
    /**
     * The day the citizen is generated for (`yyyy-MM-dd`; default the population's reference
     * date): a sandbox whose clock is elsewhere gets a mother due around its own today.
     */
    readonly referenceDate?: string;
}
/**
 * The extended population, the new citizen, and everything that was added for them.
 * @see generateWithTrait
 */
export interface TraitGeneration {
    readonly population: Population;
    readonly subject: Person;
    readonly added: PopulationRecords;
}
/**
 * Generates one citizen with a trait (and family as needed) on top of `population`, which is not
 * changed: the result is a new population sharing the old one's records and indexes. ID numbers,
 * BHXH codes, household ids and certificate codes never collide with existing ones. Deterministic
 * for a given population, request and RNG state.
 * @see TRAITS; DESIGN.md §4 (sandbox control plane: citizens generate)
 */
export declare function generateWithTrait(population: Population, request: TraitRequest, rng: Prng): Result<TraitGeneration, PopulationProblem>;
