/**
 * The run as JSON for tooling: exactly the `RunReport` of scenarios/model.ts, credentials in
 * recorded headers hidden.
 */
import type { Exchange, Failure, RunReport } from '../model.js';
import { redactHeader } from './format.js';

/** The run as pretty JSON. */
export function renderJson(report: RunReport): string {
  return `${JSON.stringify(redactReport(report), null, 2)}\n`;
}

/** The report with every recorded `Authorization` (and cookie) header value hidden. */
export function redactReport(report: RunReport): RunReport {
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

function redactFailure(failure: Failure): Failure {
  return failure.exchange ? { ...failure, exchange: redactExchange(failure.exchange) } : failure;
}

function redactExchange(exchange: Exchange): Exchange {
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

function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, redactHeader(name, value)]),
  );
}
