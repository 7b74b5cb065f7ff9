/**
 * The contract layer: specs bundled, operations indexed, validators compiled.
 * @see DESIGN.md §3
 */
export { loadContracts, type Contracts } from './contracts.js';
export { bundleSpec, ContractBundleError, type BundledSpec, type Json, type JsonObject, } from './loader.js';
export { buildOperationIndex, type OperationIndex, type OperationSpec, type ParameterSpec, type RouteMatch, } from './operation-index.js';
export { CONTRACT_PROBLEMS, problem, problemType, validationProblem, type Problem, type ProblemTemplate, } from './problems.js';
export { err, ok, type Result } from './result.js';
export { SYSTEMS, isSystemName, type SystemName } from './systems.js';
export { createValidatorRegistry, SchemaCompileError, type RequestParts, type RequestRejection, type ValidatedRequest, type ValidatorRegistry, } from './validators.js';
export type { Violation } from './violations.js';
