/** Headers whose values never appear in a report (tokens, secrets). */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
/** A JSON value as readable text: strings and numbers bare, the rest pretty JSON. */
export function formatValue(value) {
    if (value === undefined)
        return '(nothing)';
    if (typeof value === 'string')
        return JSON.stringify(value);
    return JSON.stringify(value, null, 2);
}
/** A body as pretty JSON (or as is when it is text), cut after `maxChars` characters. */
export function formatBody(body, maxChars = Number.POSITIVE_INFINITY) {
    if (body === undefined)
        return '';
    const text = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
    return truncate(text, maxChars);
}
/** Cuts `text` after `maxChars` characters and says how much was left out. */
export function truncate(text, maxChars) {
    if (text.length <= maxChars)
        return text;
    return `${text.slice(0, maxChars)}\n… (${text.length - maxChars} more characters)`;
}
/** A header value fit for a report: credentials are hidden, the scheme is kept. */
export function redactHeader(name, value) {
    if (!SECRET_HEADERS.has(name.toLowerCase()))
        return value;
    const scheme = /^(\w+)\s/.exec(value)?.[1];
    return scheme ? `${scheme} ‹redacted›` : '‹redacted›';
}
/** Keeps the first `maxLines` lines of `text` and says how many were left out. */
export function truncateLines(text, maxLines) {
    const lines = text.split('\n');
    if (lines.length <= maxLines)
        return text;
    return [...lines.slice(0, maxLines), `… (${lines.length - maxLines} more lines)`].join('\n');
}
/** Request and response headers in `name: value` lines, credentials hidden. */
export function formatHeaders(headers) {
    return Object.entries(headers).map(([name, value]) => `${name}: ${redactHeader(name, value)}`);
}
/** The request line: `POST http://…/lienthong/v1/ho-so`. */
export function requestLine(exchange) {
    return `${exchange.request.method.toUpperCase()} ${exchange.request.url}`;
}
/** The response line: `400`, or the transport error when there was no answer. */
export function responseLine(exchange) {
    if (exchange.response)
        return `HTTP ${exchange.response.status}`;
    return `no response: ${exchange.error ?? 'unknown error'}`;
}
/** An exchange as the text of an HTTP message pair, bodies cut after `maxBodyChars`. */
export function formatExchange(exchange, maxBodyChars = Number.POSITIVE_INFINITY) {
    const request = [
        requestLine(exchange),
        ...formatHeaders(exchange.request.headers),
        ...bodyLines(exchange.request.body, maxBodyChars),
    ].join('\n');
    const answer = exchange.response;
    const response = answer
        ? [
            responseLine(exchange),
            ...formatHeaders(answer.headers),
            ...bodyLines(answer.body, maxBodyChars),
        ].join('\n')
        : responseLine(exchange);
    return { request, response };
}
function bodyLines(body, maxChars) {
    return body === undefined ? [] : ['', formatBody(body, maxChars)];
}
/**
 * For each failure, the number (1-based) of an earlier failure about the same exchange, if any:
 * several expectations often break on one answer, and reports show that answer once.
 */
export function earlierSameExchange(failures) {
    const seen = new Map();
    return failures.map((failure, i) => {
        if (!failure.exchange)
            return undefined;
        const key = JSON.stringify(failure.exchange);
        const earlier = seen.get(key);
        if (earlier === undefined)
            seen.set(key, i + 1);
        return earlier;
    });
}
/** Where a failure is: `steps/2 (scenarios/x.yaml:14:5)`. */
export function failureLocation(failure) {
    const position = failure.position;
    if (!position)
        return failure.at;
    return `${failure.at} (${position.file}:${position.line}:${position.column})`;
}
/** One line naming a failure: the expectation, then expected and actual when known. */
export function failureSummary(failure) {
    const parts = [failure.expectation];
    if (failure.expected !== undefined)
        parts.push(`expected ${oneLine(failure.expected)}`);
    if (failure.actual !== undefined)
        parts.push(`got ${oneLine(failure.actual)}`);
    return parts.join(' — ');
}
/** A value on one line, cut at 120 characters (for messages and table cells). */
export function oneLine(value, maxChars = 120) {
    const text = value === undefined ? '(nothing)' : JSON.stringify(value);
    return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}
/** A duration for people: `850 ms`, `1.2 s`, `2 min 05 s`. */
export function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
}
/** Seconds with millisecond precision, as JUnit wants them. */
export function seconds(ms) {
    return (ms / 1000).toFixed(3);
}
/** The symbol of an outcome, for console lines and tables. */
export const OUTCOME_SYMBOL = { passed: '✓', failed: '✗', error: '!' };
/** Scenarios that did not pass, in report order. */
export function unsuccessful(report) {
    return report.scenarios.filter((s) => s.outcome !== 'passed');
}
/** Totals by outcome with their summed and slowest durations. */
export function outcomeStats(report) {
    return ['passed', 'failed', 'error'].map((outcome) => {
        const of = report.scenarios.filter((s) => s.outcome === outcome);
        return {
            outcome,
            count: of.length,
            totalMs: of.reduce((sum, s) => sum + s.durationMs, 0),
            slowestMs: of.reduce((max, s) => Math.max(max, s.durationMs), 0),
        };
    });
}
