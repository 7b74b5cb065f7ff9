import { diffValues, isWorthDiffing } from './diff.js';
import { earlierSameExchange, failureLocation, formatBody, formatDuration, formatHeaders, formatValue, OUTCOME_SYMBOL, outcomeStats, requestLine, responseLine, truncateLines, unsuccessful, } from './format.js';
const STYLES = { green: 32, red: 31, yellow: 33, dim: 2, bold: 1 };
const OUTCOME_STYLE = { passed: 'green', failed: 'red', error: 'yellow' };
const BAR_WIDTH = 24;
/** Response headers that say nothing about a failure. */
const NOISE = new Set(['date', 'connection', 'keep-alive', 'content-length', 'etag', 'vary']);
/** Whether to colour output on this stream, honouring https://no-color.org. */
export function wantsColor(stream, env = process.env) {
    return stream.isTTY === true && (env.NO_COLOR ?? '') === '';
}
function painter(color) {
    return (style, text) => (color ? `\u001B[${STYLES[style]}m${text}\u001B[0m` : text);
}
/** Progress: a redrawn bar on a terminal, else `[12/40] ✓ title (1.2 s)` lines. */
export function createProgressReporter(stream, options = {}) {
    const paint = painter(options.color ?? wantsColor(stream));
    if (stream.isTTY !== true)
        return plainProgress(stream, paint);
    const counts = { passed: 0, failed: 0, error: 0 };
    let last = { done: 0, total: 0 };
    let current = '';
    const draw = () => {
        const { done, total } = last;
        const filled = total === 0 ? 0 : Math.round((done / total) * BAR_WIDTH);
        const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
        const line = `[${bar}] ${done}/${total}  ✓ ${counts.passed}  ✗ ${counts.failed}  ! ${counts.error}  ${current}`;
        stream.write(`\r\u001B[2K${fit(line, Math.max(40, stream.columns || 100) - 1)}`);
    };
    return {
        onProgress(event) {
            last = event;
            if (event.started !== undefined)
                current = event.started;
            if (event.result) {
                counts[event.result.outcome] += 1;
                // Failures are printed as they happen, above the bar.
                if (event.result.outcome !== 'passed')
                    stream.write(`\r\u001B[2K${resultLine(event, paint)}\n`);
            }
            draw();
        },
        finish() {
            stream.write('\r\u001B[2K');
        },
    };
}
function plainProgress(stream, paint) {
    return {
        onProgress(event) {
            if (event.result)
                stream.write(`${resultLine(event, paint)}\n`);
        },
        finish() { },
    };
}
function resultLine(event, paint) {
    const result = event.result;
    const width = String(event.total).length;
    const counter = `[${String(event.done).padStart(width)}/${event.total}]`;
    const symbol = paint(OUTCOME_STYLE[result.outcome], OUTCOME_SYMBOL[result.outcome]);
    return `${counter} ${symbol} ${result.title} ${paint('dim', `(${formatDuration(result.durationMs)})`)}`;
}
function fit(line, width) {
    return line.length <= width ? line : `${line.slice(0, Math.max(0, width - 1))}…`;
}
/** The end-of-run table: scenarios, summed and slowest time by outcome, wall time. */
export function formatSummary(report, options = {}) {
    const paint = painter(options.color ?? false);
    const rows = outcomeStats(report).map((s) => [
        paint(OUTCOME_STYLE[s.outcome], `${OUTCOME_SYMBOL[s.outcome]} ${s.outcome}`),
        String(s.count),
        formatDuration(s.totalMs),
        formatDuration(s.slowestMs),
    ]);
    const total = report.scenarios.length;
    const header = ['outcome', 'scenarios', 'time (sum)', 'slowest'];
    const footer = ['total', String(total), `wall ${formatDuration(report.durationMs)}`, ''];
    const verdict = report.totals.failed + report.totals.error === 0
        ? paint('green', `All ${total} scenarios passed`)
        : paint('red', `${report.totals.failed} failed, ${report.totals.error} errors of ${total}`);
    return [
        '',
        alignTable([header, ...rows, footer]),
        '',
        `${paint('bold', verdict)} ${paint('dim', `against ${report.target}, parallel ${report.parallel}`)}`,
        '',
    ].join('\n');
}
/** Left-aligns the first column, right-aligns the others; ANSI codes do not count as width. */
function alignTable(rows) {
    // eslint-disable-next-line no-control-regex
    const visible = (s) => s.replace(/\u001B\[\d+m/g, '').length;
    const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => visible(r[c] ?? ''))));
    return rows
        .map((row) => row
        .map((value, c) => {
        const pad = ' '.repeat((widths[c] ?? 0) - visible(value));
        return c === 0 ? `${value}${pad}` : `${pad}${value}`;
    })
        .join('   ')
        .trimEnd())
        .join('\n');
}
/** Each scenario that did not pass: each broken expectation with its request and response. */
export function formatFailureDetails(report, options = {}) {
    const paint = painter(options.color ?? false);
    const limits = { chars: options.maxBodyChars ?? 1_500, lines: options.maxBodyLines ?? 30 };
    const bad = unsuccessful(report);
    const shown = bad.slice(0, options.maxScenarios ?? 20);
    const sections = shown.map((result) => {
        const where = [...(result.title === result.file ? [] : [result.file])];
        if (result.sandboxId)
            where.push(`sandbox ${result.sandboxId}`);
        const symbol = paint(OUTCOME_STYLE[result.outcome], OUTCOME_SYMBOL[result.outcome]);
        const lines = [
            `${symbol} ${paint('bold', result.title)}${where.length ? ` ${paint('dim', `(${where.join(', ')})`)}` : ''}`,
        ];
        if (result.error !== undefined)
            lines.push(indent(`could not run: ${result.error}`, '  '));
        const earlier = earlierSameExchange(result.failures);
        result.failures.forEach((failure, i) => {
            lines.push(...failureLines(failure, i + 1, paint));
            const same = earlier[i];
            if (same !== undefined)
                lines.push(labelled('exchange', `the same as in ${same})`));
            else if (failure.exchange)
                lines.push(...exchangeLines(failure.exchange, limits));
        });
        return lines.join('\n');
    });
    if (bad.length > shown.length)
        sections.push(paint('dim', `… and ${bad.length - shown.length} more scenarios that did not pass (see the report files)`));
    return sections.length === 0 ? '' : `\n${sections.join('\n\n')}\n`;
}
function failureLines(failure, n, paint) {
    const lines = [
        `  ${n}) ${paint('bold', failure.expectation)} ${paint('dim', `at ${failureLocation(failure)}`)}`,
    ];
    if (isWorthDiffing(failure.expected, failure.actual)) {
        // Two large structures side by side are unreadable in a terminal: show what differs.
        const diff = diffValues(failure.expected, failure.actual).map((line) => line.kind === ' '
            ? `  ${line.text}`
            : paint(line.kind === '-' ? 'green' : 'red', `${line.kind} ${line.text}`));
        lines.push(labelled('diff', `${paint('dim', '- expected, + actual')}\n${diff.join('\n')}`));
    }
    else {
        if (failure.expected !== undefined)
            lines.push(labelled('expected', paint('green', formatValue(failure.expected))));
        if (failure.actual !== undefined)
            lines.push(labelled('actual', paint('red', formatValue(failure.actual))));
    }
    return lines;
}
function exchangeLines(exchange, limits) {
    const request = [
        requestLine(exchange),
        ...formatHeaders(exchange.request.headers),
        ...body(exchange.request.body, limits),
    ];
    const answer = exchange.response;
    const headers = answer
        ? formatHeaders(Object.fromEntries(Object.entries(answer.headers).filter(([k]) => !NOISE.has(k.toLowerCase()))))
        : [];
    const response = [responseLine(exchange), ...headers, ...body(answer?.body, limits)];
    return [labelled('request', request.join('\n')), labelled('response', response.join('\n'))];
}
function body(value, limits) {
    return value === undefined ? [] : [truncateLines(formatBody(value, limits.chars), limits.lines)];
}
/** `     label: first line`, following lines aligned under the first. */
function labelled(label, text) {
    const prefix = `     ${`${label}:`.padEnd(10)}`;
    const [first = '', ...rest] = text.split('\n');
    return [`${prefix}${first}`, ...rest.map((line) => `${' '.repeat(prefix.length)}${line}`)].join('\n');
}
function indent(text, by) {
    return text
        .split('\n')
        .map((line) => `${by}${line}`)
        .join('\n');
}
