/**
 * Legal regimes of the linked birth/death procedure groups as data, with a small interpreter.
 * @see DOMAIN.md §1, §3, §4, §5, §11
 */
export type { BenefitRoute, BenefitTraits, VariantRoute } from './benefits.js';
export { benefitAmount, routeBenefit } from './benefits.js';
export { validateCombination } from './combinations.js';
export { DEFAULT_SETTINGS, InvalidRegimeConfigError, resolveRegimeSettings } from './config.js';
export { DEFAULT_REGIME_SETTINGS } from './default-settings.js';
export type { FeeLine, FeeOptions } from './fees.js';
export { dossierFee, legFee } from './fees.js';
export type { ProcedureMatch } from './find-procedure.js';
export { findProcedure } from './find-procedure.js';
export type { Instant } from './instant.js';
export { vietnamDate } from './instant.js';
export type { LegPlan, PlanOptions, PlanStep } from './plan.js';
export { groupTimeLimit, legPlan } from './plan.js';
export type { CombinationRule, RegimeProblem, RegimeProblemCode } from './problems.js';
export { REGIME_PROBLEMS, regimeProblem } from './problems.js';
export type { ProcedureEntry } from './procedure-table.js';
export { PROCEDURES } from './procedure-table.js';
export type { RegimeRef } from './regime-at.js';
export { getRegime, isInForce, procedureFor, regimeAt } from './regime-at.js';
export type { AllowedCombination, CombinationSwitch, GroupDefinition, Regime, SelectionRule, } from './regime-table.js';
export { REGIMES } from './regime-table.js';
export type { AmountRule, BenefitSettings, DatedAmount, DecidedBy, DeepPartial, FeeSettings, LegSettings, RegimeConfig, RegimeSettings, RoutingRule, TimeLimitSettings, VariantSettings, } from './settings.js';
export type { AgencyLevel, BenefitVariant, DeceasedCategory, GroupId, LegCode, RegimeId, SystemId, } from './vocabulary.js';
export { AGENCY_LEVELS, BENEFIT_VARIANTS, DECEASED_CATEGORIES, GROUP_IDS, LEG_CODES, REGIME_IDS, SYSTEM_IDS, isOneOf, } from './vocabulary.js';
