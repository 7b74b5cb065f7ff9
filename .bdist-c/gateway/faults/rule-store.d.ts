/**
 * Fault rules of one sandbox in its Store (collection `gateway.faults`), in evaluation order:
 * create or replace, read, list, delete, clear, and `drawFault`, which decides the fault of a
 * call and updates the counters of the rules involved in one transaction, so `maxCount` is
 * never exceeded under concurrent requests.
 * @see specs/sandbox.yaml (faults); mocks/ports/README.md "Transactions"
 */
import { type Result } from '../../contracts/result.js';
import type { RandomSource } from '../../mocks/domain/identifiers/index.js';
import type { Clock } from '../../mocks/ports/clock/clock.js';
import type { InvalidCursorError, SandboxStore } from '../../mocks/ports/store/index.js';
import { type FaultDecision } from './decide.js';
import type { FaultCall, FaultRule, FaultRuleInput, FaultRulePage } from './types.js';
/**
 * The collection holding the rules; a sandbox reset keeps it when asked to keep fault rules
 * (`resetSandbox(id, { keep: { collections: [FAULT_RULES_COLLECTION] } })`).
 * @see specs/sandbox.yaml#/components/schemas/SandboxResetRequest (`keepFaultRules`)
 */
export declare const FAULT_RULES_COLLECTION = "gateway.faults";
/** What the rule operations of one sandbox need. */
export interface FaultRuleScope {
    readonly store: SandboxStore;
    readonly clock: Clock;
}
/**
 * Creates the rule `ruleId` or replaces it, resetting its counters; a replaced rule keeps its
 * `createdAt` and its place in evaluation order. `input` must have passed `checkFaultRule`.
 * @see specs/sandbox.yaml `sandboxPutFaultRule`
 */
export declare function putFaultRule(scope: FaultRuleScope, ruleId: string, input: FaultRuleInput): Promise<{
    readonly created: boolean;
    readonly rule: FaultRule;
}>;
/**
 * Whether the sandbox has any fault rule: most have none, and then one count settles every call
 * (the pipeline skips the fault stage).
 */
export declare function hasFaultRules(store: SandboxStore): Promise<boolean>;
/** The rule `ruleId`, or `undefined`. @see specs/sandbox.yaml `sandboxGetFaultRule` */
export declare function getFaultRule(store: SandboxStore, ruleId: string): Promise<FaultRule | undefined>;
/**
 * One page of rules in evaluation order; an error for a cursor this listing did not issue.
 * @see specs/sandbox.yaml `sandboxListFaultRules`
 */
export declare function listFaultRules(store: SandboxStore, page: {
    readonly limit: number;
    readonly cursor?: string;
}): Promise<Result<FaultRulePage, InvalidCursorError>>;
/** Deletes the rule; false when there was none. @see specs/sandbox.yaml `sandboxDeleteFaultRule` */
export declare function deleteFaultRule(store: SandboxStore, ruleId: string): Promise<boolean>;
/** Deletes every rule; returns how many. @see specs/sandbox.yaml `sandboxClearFaultRules` */
export declare function clearFaultRules(store: SandboxStore): Promise<number>;
/**
 * Decides the fault of one call (see `decideFault`) and, atomically with the decision, adds one
 * to `matchedCount` of every matching rule and takes one from `remainingCount` of every rule
 * applied. Calls no rule matches cost one read and no transaction (one count when the sandbox
 * has no rules).
 * @see specs/sandbox.yaml#/components/schemas/FaultRule (counters)
 */
export declare function drawFault(store: SandboxStore, call: FaultCall, random: RandomSource): Promise<FaultDecision | null>;
