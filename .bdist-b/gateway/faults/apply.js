import { timeoutProblem } from './problems.js';
/** Response header naming the fault rules applied to a request, comma-separated. */
export const FAULT_HEADER = 'lienthong-fault';
/**
 * Runs one request under `decision` (`null`: no fault, `next` is called at once). The agency is
 * not called when the fault is an error, a timeout or a dropped connection, nor when the latency
 * reaches the upstream timeout (the gateway gives up first: 504 after exactly the timeout).
 */
export async function applyFault(decision, next, options) {
    if (decision === null)
        return { kind: 'answered', output: await next({}) };
    const headers = { [FAULT_HEADER]: decision.ruleIds.join(', ') };
    const { action } = decision;
    const timesOut = action.kind === 'timeout' || decision.latencyMs >= options.upstreamTimeoutMs;
    if (timesOut) {
        await options.sleep(options.upstreamTimeoutMs);
        const ruleId = action.kind === 'timeout' ? action.ruleId : headers[FAULT_HEADER];
        return { kind: 'problem', problem: timeoutProblem(ruleId, options.upstreamTimeoutMs), headers };
    }
    if (decision.latencyMs > 0)
        await options.sleep(decision.latencyMs);
    switch (action.kind) {
        case 'error':
            return { kind: 'problem', problem: action.problem, headers };
        case 'connectionDrop':
            return { kind: 'dropped', ruleId: action.ruleId };
        case 'outcome':
            return tagged(await next({ prefer: action.prefer }), headers);
        case 'pass':
            return tagged(await next({}), headers);
    }
}
function tagged(output, headers) {
    return { kind: 'answered', output: { ...output, headers: { ...output.headers, ...headers } } };
}
