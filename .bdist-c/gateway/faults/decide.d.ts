/**
 * Which fault applies to a call: pure functions over the rules of a sandbox, in evaluation
 * order (oldest first). The first rule that matches and wins its probability draw applies; a
 * latency rule adds its delay and lets evaluation go on, so latency combines with what follows.
 * @see specs/sandbox.yaml `sandboxPutFaultRule` (evaluation order), `FaultRule`; DOMAIN.md §10
 */
import type { Problem } from '../../contracts/problems.js';
import type { RandomSource } from '../../mocks/domain/identifiers/index.js';
import { type FaultCall, type FaultRule } from './types.js';
/**
 * What happens to the call after any latency: answered normally (`pass`), an injected error,
 * a timeout, a dropped connection, or the agency called with a forced `Prefer` outcome.
 */
export type FaultAction = {
    readonly kind: 'pass';
} | {
    readonly kind: 'error';
    readonly ruleId: string;
    readonly problem: Problem;
} | {
    readonly kind: 'timeout';
    readonly ruleId: string;
} | {
    readonly kind: 'connectionDrop';
    readonly ruleId: string;
} | {
    readonly kind: 'outcome';
    readonly ruleId: string;
    readonly prefer: string;
};
/**
 * The fault decided for one call: the rules applied (evaluation order), the total latency they
 * add, and the final action.
 * @see applyFault
 */
export interface FaultDecision {
    readonly ruleIds: readonly string[];
    readonly latencyMs: number;
    readonly action: FaultAction;
}
/**
 * Whether a rule matches a call: a simulated system (never the control plane), every field of
 * `match` equal (absent = any; a `clientId` rule never matches an anonymous call), the rule not
 * spent (`remainingCount` 0), and for an outcome rule, an operation that can take that outcome.
 * A matching rule counts in `matchedCount` even when its probability draw then skips it.
 */
export declare function matchesCall(rule: FaultRule, call: FaultCall): boolean;
/**
 * Decides the fault of one call from `rules` in evaluation order, or `null` when none applies.
 * `random` (the sandbox's seeded source) is drawn once per matching rule whose probability is
 * strictly between 0 and 1, then by latency distributions, so the same seed and the same calls
 * give the same faults.
 */
export declare function decideFault(rules: readonly FaultRule[], call: FaultCall, random: RandomSource): FaultDecision | null;
