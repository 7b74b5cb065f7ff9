import { redactHeader } from './format.js';
/** The run as pretty JSON. */
export function renderJson(report) {
    return `${JSON.stringify(redactReport(report), null, 2)}\n`;
}
/** The report with every recorded `Authorization` (and cookie) header value hidden. */
export function redactReport(report) {
    return {
        ...report,
        scenarios: report.scenarios.map((scenario) => ({
            ...scenario,
            failures: scenario.failures.map(redactFailure),
            steps: scenario.steps.map((step) => ({
                ...step,
                exchanges: step.exchanges.map(redactExchange),
                failures: step.failures.map(redactFailure),
            })),
        })),
    };
}
function redactFailure(failure) {
    return failure.exchange ? { ...failure, exchange: redactExchange(failure.exchange) } : failure;
}
function redactExchange(exchange) {
    return {
        ...exchange,
        request: { ...exchange.request, headers: redactHeaders(exchange.request.headers) },
        ...(exchange.response
            ? {
                response: { ...exchange.response, headers: redactHeaders(exchange.response.headers) },
            }
            : {}),
    };
}
function redactHeaders(headers) {
    return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, redactHeader(name, value)]));
}
