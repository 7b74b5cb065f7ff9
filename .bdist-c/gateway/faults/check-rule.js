import { FORCIBLE_OUTCOMES, preferOutcome } from './outcomes.js';
import { isSimulatedSystem } from './types.js';
/** Every semantic violation of `input` (empty when the rule is usable). */
export function checkFaultRule(input, index) {
    const violations = [];
    const { match, effect } = input;
    const operation = match.operationId === undefined ? undefined : index.operations.get(match.operationId);
    if (match.operationId !== undefined) {
        if (!operation || operation.kind !== 'route' || !isSimulatedSystem(operation.system)) {
            violations.push(violation('/body/match/operationId', 'UNKNOWN_OPERATION', 'No agency operation has this id.'));
        }
        else if (match.system !== undefined && operation.system !== match.system) {
            violations.push(violation('/body/match/operationId', 'OPERATION_NOT_IN_SYSTEM', `The operation belongs to ${operation.system}, not ${match.system}.`));
        }
    }
    const system = match.system ?? operation?.system;
    if (effect.kind === 'error' && effect.mojErrorCode !== undefined && system !== 'hotich') {
        violations.push(violation('/body/effect/mojErrorCode', 'MOJ_ERROR_OUTSIDE_HOTICH', 'MOJ civil-status error codes only apply to rules matching system hotich.'));
    }
    if (effect.kind === 'outcome' && !forcible(effect.outcome, match.operationId, system, index)) {
        violations.push(violation('/body/effect/outcome', 'OUTCOME_NOT_FORCIBLE', `No matching operation lets a caller force the outcome "${effect.outcome}".`));
    }
    if (effect.kind === 'latency' && 'distribution' in effect) {
        const d = effect.distribution;
        if (d.shape === 'uniform' && d.maxMs < d.minMs) {
            violations.push(violation('/body/effect/distribution/maxMs', 'RANGE_INVERTED', 'maxMs must be ≥ minMs.'));
        }
        if (d.shape === 'lognormal' && d.meanMs === 0 && d.stdDevMs > 0) {
            violations.push(violation('/body/effect/distribution/meanMs', 'LOGNORMAL_MEAN_ZERO', 'A log-normal latency with a spread needs meanMs > 0.'));
        }
    }
    return violations;
}
function forcible(outcome, operationId, system, index) {
    if (operationId !== undefined)
        return preferOutcome(operationId, outcome) !== undefined;
    return Object.keys(FORCIBLE_OUTCOMES).some((id) => preferOutcome(id, outcome) !== undefined &&
        (system === undefined || index.operations.get(id)?.system === system));
}
function violation(pointer, code, detail) {
    return { pointer, code, detail };
}
