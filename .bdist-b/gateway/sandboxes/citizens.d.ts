/**
 * Synthetic citizens for the control plane: the cross-register profile of one person, search by
 * trait and province over the population indexes, and generated people written into one
 * sandbox's overlay through each system's own seed logic.
 * @see specs/sandbox.yaml (tag citizens); mocks/domain/population
 */
import type { components } from '../../contracts/generated/sandbox.js';
import { type Problem } from '../../contracts/problems.js';
import { type Result } from '../../contracts/result.js';
import { type Person, type Population, type TraitGeneration } from '../../mocks/domain/population/index.js';
import type { MockSystem } from '../../mocks/kit/system.js';
import type { SandboxStore } from '../../mocks/ports/store/index.js';
/** The cross-register view of one citizen (`CitizenProfile`). */
export type CitizenProfile = components['schemas']['CitizenProfile'];
/** One search hit (`CitizenSummary`). */
export type CitizenSummary = components['schemas']['CitizenSummary'];
/** A trait on the wire (`CitizenTrait`). */
export type CitizenTrait = components['schemas']['CitizenTrait'];
/** Citizens per trait (`TraitCounts`). */
export type TraitCounts = components['schemas']['TraitCounts'];
/** The wire traits of a person (population traits the control plane does not name are left out). */
export declare function wireTraitsOf(person: Person, population: Population): CitizenTrait[];
/**
 * Citizens per wire trait in a population.
 * @see specs/sandbox.yaml `TraitCounts`
 */
export declare function traitCounts(population: Population): TraitCounts;
/**
 * The profile of one person from the sandbox's population: the facts the registers were seeded
 * with (plus people generated in the sandbox), not later writes of the agency mocks.
 * @see specs/sandbox.yaml `sandboxGetCitizen`
 */
export declare function citizenProfile(population: Population, soDinhDanh: string): Result<CitizenProfile, Problem>;
/**
 * One page of people matching a trait and province, in population order. The cursor is the
 * position after the last hit, bound to the filter; a foreign or malformed one is a 400.
 * @see specs/sandbox.yaml `sandboxSearchCitizens`
 */
export declare function searchCitizens(population: Population, query: {
    trait?: CitizenTrait;
    maTinh?: string;
    cursor?: string;
    limit: number;
}): Result<{
    items: CitizenSummary[];
    nextCursor: string | null;
}, Problem>;
/**
 * Writes people generated with `generateWithTrait` into one sandbox's overlay, through each
 * system's own seed logic over a population holding only the added records, so they become
 * visible to the agency mocks of that sandbox alone. Runs in one transaction.
 * @see mocks/kit/system.ts `MockSystem.seed`; mocks/domain/population `generateWithTrait`
 */
export declare function writeGenerated(store: SandboxStore, systems: readonly MockSystem[], generation: TraitGeneration): Promise<void>;
