/**
 * Formatting shared by every reporter: values, exchanges, positions and durations as plain text.
 * Reporters escape the text for their own medium (XML, HTML, Markdown); nothing here escapes.
 * @see docs/decisions/0008-scenarios.md (5. Failures are data)
 */
import type { Exchange, Failure, Json, RunReport, ScenarioResult } from '../model.js';
/** A JSON value as readable text: strings and numbers bare, the rest pretty JSON. */
export declare function formatValue(value: Json | undefined): string;
/** A body as pretty JSON (or as is when it is text), cut after `maxChars` characters. */
export declare function formatBody(body: Json | undefined, maxChars?: number): string;
/** Cuts `text` after `maxChars` characters and says how much was left out. */
export declare function truncate(text: string, maxChars: number): string;
/** A header value fit for a report: credentials are hidden, the scheme is kept. */
export declare function redactHeader(name: string, value: string): string;
/** Keeps the first `maxLines` lines of `text` and says how many were left out. */
export declare function truncateLines(text: string, maxLines: number): string;
/** Request and response headers in `name: value` lines, credentials hidden. */
export declare function formatHeaders(headers: Readonly<Record<string, string>>): string[];
/** The request line: `POST http://…/lienthong/v1/ho-so`. */
export declare function requestLine(exchange: Exchange): string;
/** The response line: `400`, or the transport error when there was no answer. */
export declare function responseLine(exchange: Exchange): string;
/** An exchange as the text of an HTTP message pair, bodies cut after `maxBodyChars`. */
export declare function formatExchange(exchange: Exchange, maxBodyChars?: number): {
    request: string;
    response: string;
};
/**
 * For each failure, the number (1-based) of an earlier failure about the same exchange, if any:
 * several expectations often break on one answer, and reports show that answer once.
 */
export declare function earlierSameExchange(failures: readonly Failure[]): (number | undefined)[];
/** Where a failure is: `steps/2 (scenarios/x.yaml:14:5)`. */
export declare function failureLocation(failure: Failure): string;
/** One line naming a failure: the expectation, then expected and actual when known. */
export declare function failureSummary(failure: Failure): string;
/** A value on one line, cut at 120 characters (for messages and table cells). */
export declare function oneLine(value: Json | undefined, maxChars?: number): string;
/** A duration for people: `850 ms`, `1.2 s`, `2 min 05 s`. */
export declare function formatDuration(ms: number): string;
/** Seconds with millisecond precision, as JUnit wants them. */
export declare function seconds(ms: number): string;
/** The symbol of an outcome, for console lines and tables. */
export declare const OUTCOME_SYMBOL: {
    readonly passed: "✓";
    readonly failed: "✗";
    readonly error: "!";
};
/** Scenarios that did not pass, in report order. */
export declare function unsuccessful(report: RunReport): ScenarioResult[];
/** Totals by outcome with their summed and slowest durations. */
export declare function outcomeStats(report: RunReport): {
    outcome: ScenarioResult['outcome'];
    count: number;
    totalMs: number;
    slowestMs: number;
}[];
