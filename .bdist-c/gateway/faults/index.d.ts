/**
 * Fault injection per sandbox (pipeline stage 6): rules in the sandbox Store, the pure decision
 * of which fault applies to a call, its application around dispatch, and the control-plane
 * operations that manage the rules.
 * @see specs/sandbox.yaml (faults); DOMAIN.md §10; DESIGN.md §3
 */
export { applyFault, FAULT_HEADER } from './apply.js';
export type { ApplyFaultOptions, FaultedAnswer, FaultNext } from './apply.js';
export { checkFaultRule } from './check-rule.js';
export { createFaultOperations, type FaultOperationsOptions } from './control-plane.js';
export { decideFault, matchesCall, type FaultAction, type FaultDecision } from './decide.js';
export { MAX_LATENCY_MS, sampleLatency, type LatencyEffect } from './latency.js';
export { FORCIBLE_OUTCOMES, preferHeader, preferOutcome, type ForcedOutcome } from './outcomes.js';
export { FAULT_PROBLEMS, INJECTED_ERRORS, injectedProblem, MOJ_FAULT_ERRORS, timeoutProblem, } from './problems.js';
export { faultRandom } from './random.js';
export { clearFaultRules, deleteFaultRule, drawFault, FAULT_RULES_COLLECTION, getFaultRule, hasFaultRules, listFaultRules, putFaultRule, type FaultRuleScope, } from './rule-store.js';
export type { FaultCall, FaultEffect, FaultMatch, FaultRule, FaultRuleInput, FaultRulePage, LatencyDistribution, MojFaultCode, } from './types.js';
export { isSimulatedSystem, SIMULATED_SYSTEMS } from './types.js';
