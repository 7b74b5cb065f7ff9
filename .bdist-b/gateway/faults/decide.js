import { sampleLatency } from './latency.js';
import { preferHeader } from './outcomes.js';
import { injectedProblem } from './problems.js';
import { isSimulatedSystem } from './types.js';
/**
 * Whether a rule matches a call: a simulated system (never the control plane), every field of
 * `match` equal (absent = any; a `clientId` rule never matches an anonymous call), the rule not
 * spent (`remainingCount` 0), and for an outcome rule, an operation that can take that outcome.
 * A matching rule counts in `matchedCount` even when its probability draw then skips it.
 */
export function matchesCall(rule, call) {
    const { match } = rule;
    if (!isSimulatedSystem(call.system))
        return false;
    if (rule.remainingCount === 0)
        return false;
    if (match.system !== undefined && match.system !== call.system)
        return false;
    if (match.operationId !== undefined && match.operationId !== call.operationId)
        return false;
    if (match.clientId !== undefined && match.clientId !== call.clientId)
        return false;
    return (rule.effect.kind !== 'outcome' || preferHeader(call.operationId, rule.effect) !== undefined);
}
/**
 * Decides the fault of one call from `rules` in evaluation order, or `null` when none applies.
 * `random` (the sandbox's seeded source) is drawn once per matching rule whose probability is
 * strictly between 0 and 1, then by latency distributions, so the same seed and the same calls
 * give the same faults.
 */
export function decideFault(rules, call, random) {
    const ruleIds = [];
    let latencyMs = 0;
    for (const rule of rules) {
        if (!matchesCall(rule, call) || !wins(rule.probability, random))
            continue;
        ruleIds.push(rule.ruleId);
        const { effect } = rule;
        if (effect.kind === 'latency') {
            latencyMs += sampleLatency(effect, random);
            continue;
        }
        return { ruleIds, latencyMs, action: actionOf(rule, call) };
    }
    return ruleIds.length === 0 ? null : { ruleIds, latencyMs, action: { kind: 'pass' } };
}
function wins(probability, random) {
    if (probability >= 1)
        return true;
    if (probability <= 0)
        return false;
    return random() < probability;
}
function actionOf(rule, call) {
    const { effect, ruleId } = rule;
    switch (effect.kind) {
        case 'error':
            return { kind: 'error', ruleId, problem: injectedProblem(effect, ruleId) };
        case 'timeout':
            return { kind: 'timeout', ruleId };
        case 'connectionDrop':
            return { kind: 'connectionDrop', ruleId };
        case 'outcome': {
            const prefer = preferHeader(call.operationId, effect);
            // matchesCall only lets an outcome rule through for an operation that can take it.
            if (prefer === undefined)
                throw new Error(`rule ${ruleId} cannot force ${call.operationId}`);
            return { kind: 'outcome', ruleId, prefer };
        }
        case 'latency':
            throw new Error('latency rules are not terminal');
    }
}
