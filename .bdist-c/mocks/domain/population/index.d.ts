/**
 * A seeded, reproducible synthetic population of Vietnam for the sandbox: people with consistent
 * ID numbers, families and households in real communes, insurance, social-affairs and VNeID
 * records, medical certificates, and scenario traits. See README.md in this folder.
 * @see DOMAIN.md §2, §3, §4, §6, §9; SECURITY.md §3
 */
export type { Address, BloodGroup, ChildHealthCard, ContributionPeriod, Death, Entitlement, HealthFacility, Household, HouseholdMember, InsuranceCategory, InsuranceRecord, Locality, ManagingAgency, MaritalStatus, MedicalBirthCertificate, MedicalDeathNotice, Person, Relationship, ResidenceStatus, Sex, SocialAffairsRecord, SocialCategory, VneidAccount, } from './types.js';
export type { Population, PopulationOptions, PopulationRecords } from './population.js';
export { refreezePopulation } from './assemble.js';
export type { Seed, WeightedTable } from './prng.js';
export { Prng, createPrng, createWeightedTable } from './prng.js';
export type { Trait, TraitLookups } from './traits.js';
export { DEATH_DECLARATION_DAYS, NEWBORN_MAX_DAYS, TRAITS, TRAIT_PREDICATES, isTrait, traitsOf, } from './traits.js';
export { DEFAULT_MIN_PER_TRAIT, DEFAULT_POPULATION_SIZE, EARLIEST_REFERENCE_DATE, InvalidPopulationOptionsError, generatePopulation, } from './generate-population.js';
export type { PopulationProblem, TraitGeneration, TraitRequest } from './generate-with-trait.js';
export { POPULATION_PROBLEMS, generateWithTrait } from './generate-with-trait.js';
export { TRAITS_NEEDING_A_HOUSEHOLD } from './recipes.js';
export { ETHNICITY_NAMES, KINH, NO_RELIGION } from './ethnicities.js';
export { LEGACY_PROVINCE_POPULATION, PROVINCE_REGION, provinceWeight } from './province-weights.js';
export { VNEID } from './records.js';
export type { InvariantViolation } from './invariants.js';
export { INVARIANTS, checkInvariants } from './invariants.js';
export { benefitCategoriesOf } from './benefit-categories.js';
export { WIRE } from './wire-vocabulary.js';
export { householdTable } from './household-table.js';
