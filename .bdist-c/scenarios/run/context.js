/** The demo client and officer the calls use unless the scenario says otherwise. */
export const DEFAULT_CLIENT = 'tinh-demo';
export const DEFAULT_OFFICER = 'cb.hotich.38001';
/** A failure that is not about an expectation of the file but about running it at all. */
export function brokenRun(place, message, exchange) {
    return { ...place, expectation: message, ...(exchange ? { exchange } : {}) };
}
/** The step result the reports show, from an {@link Outcome}. */
export function stepResult(at, kind, outcome, startedMs) {
    return {
        at,
        kind,
        label: outcome.label,
        outcome: outcome.failures.length > 0 ? 'failed' : 'passed',
        durationMs: Math.round(performance.now() - startedMs),
        exchanges: outcome.exchanges,
        failures: outcome.failures,
    };
}
