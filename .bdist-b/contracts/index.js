/**
 * The contract layer: specs bundled, operations indexed, validators compiled.
 * @see DESIGN.md §3
 */
export { loadContracts } from './contracts.js';
export { bundleSpec, ContractBundleError, } from './loader.js';
export { buildOperationIndex, } from './operation-index.js';
export { CONTRACT_PROBLEMS, problem, problemType, validationProblem, } from './problems.js';
export { err, ok } from './result.js';
export { SYSTEMS, isSystemName } from './systems.js';
export { createValidatorRegistry, SchemaCompileError, } from './validators.js';
