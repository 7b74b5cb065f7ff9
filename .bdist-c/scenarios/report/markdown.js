import { diffValues, isWorthDiffing } from './diff.js';
import { earlierSameExchange, failureLocation, formatDuration, formatExchange, formatValue, OUTCOME_SYMBOL, outcomeStats, unsuccessful, } from './format.js';
/** Bodies are cut after this many characters (job summaries have a size limit). */
const MAX_BODY_CHARS = 4_000;
/** The run as a Markdown document. */
export function renderMarkdown(report) {
    const { passed, failed, error } = report.totals;
    const lines = [
        '# Scenario report',
        '',
        `**${passed} passed, ${failed} failed, ${error} errors** in ${formatDuration(report.durationMs)} ` +
            `against ${inlineCode(report.target)} (parallel ${report.parallel}, started ${report.startedAt}).`,
        '',
        '| outcome | scenarios | time (sum) | slowest |',
        '|---|---:|---:|---:|',
        ...outcomeStats(report).map((s) => `| ${OUTCOME_SYMBOL[s.outcome]} ${s.outcome} | ${s.count} | ${formatDuration(s.totalMs)} | ${formatDuration(s.slowestMs)} |`),
        '',
        '## Scenarios',
        '',
        '| | scenario | file | failures | time |',
        '|---|---|---|---:|---:|',
        ...report.scenarios.map(scenarioRow),
    ];
    const bad = unsuccessful(report);
    if (bad.length > 0)
        lines.push('', '## Failures', ...bad.flatMap(failureSection));
    lines.push('');
    return lines.join('\n');
}
function scenarioRow(result) {
    return `| ${OUTCOME_SYMBOL[result.outcome]} | ${cell(result.title)} | ${inlineCode(result.file)} | ${result.failures.length} | ${formatDuration(result.durationMs)} |`;
}
function failureSection(result) {
    const lines = [
        '',
        `### ${OUTCOME_SYMBOL[result.outcome]} ${inline(result.title)}`,
        '',
        `${inlineCode(result.file)}${result.sandboxId ? ` · sandbox ${inlineCode(result.sandboxId)}` : ''}`,
    ];
    if (result.error !== undefined)
        lines.push('', '**Could not run:**', '', ...fence(result.error));
    const earlier = earlierSameExchange(result.failures);
    result.failures.forEach((failure, i) => lines.push(...failureLines(failure, i + 1, earlier[i])));
    return lines;
}
function failureLines(failure, n, sameExchangeAs) {
    const lines = [
        '',
        `${n}. **${inline(failure.expectation)}** at ${inlineCode(failureLocation(failure))}`,
    ];
    if (failure.expected !== undefined)
        lines.push('', '   expected:', '', ...indent(fence(formatValue(failure.expected), 'json')));
    if (failure.actual !== undefined)
        lines.push('', '   actual:', '', ...indent(fence(formatValue(failure.actual), 'json')));
    if (isWorthDiffing(failure.expected, failure.actual)) {
        const diff = diffValues(failure.expected, failure.actual).map((l) => `${l.kind} ${l.text}`);
        lines.push('', '   diff (− expected, + actual):', '', ...indent(fence(diff.join('\n'), 'diff')));
    }
    if (sameExchangeAs !== undefined)
        lines.push('', `   request and response: the same as in ${sameExchangeAs}.`);
    else if (failure.exchange) {
        const { request, response } = formatExchange(failure.exchange, MAX_BODY_CHARS);
        lines.push('', '   request:', '', ...indent(fence(request, 'http')));
        lines.push('', '   response:', '', ...indent(fence(response, 'http')));
    }
    return lines;
}
/** A fenced code block whose fence is longer than any run of backticks inside. */
function fence(text, language = '') {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const marks = '`'.repeat(longest + 1);
    return [`${marks}${language}`, ...text.split('\n'), marks];
}
function indent(lines) {
    return lines.map((line) => `   ${line}`);
}
/** Text with Markdown and HTML specials escaped, on one line. */
function inline(text) {
    return text.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_[\]<>#|&!]/g, (c) => `\\${c}`);
}
/** A table cell: inline text (pipes are escaped by `inline`). */
function cell(text) {
    return inline(text);
}
/** Code spans need a delimiter longer than any backtick run inside, and padding. */
function inlineCode(text) {
    const oneLine = text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const marks = '`'.repeat(longest + 1);
    return `${marks} ${oneLine} ${marks}`;
}
