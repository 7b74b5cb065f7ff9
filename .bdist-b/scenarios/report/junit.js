import { failureLocation, failureSummary, formatExchange, formatValue, seconds, truncate, } from './format.js';
/** Bodies in `<failure>` texts are cut after this many characters. */
const MAX_BODY_CHARS = 20_000;
/** The run as a JUnit XML document. */
export function renderJunit(report) {
    const { passed, failed, error } = report.totals;
    const tests = passed + failed + error;
    const counts = `tests="${tests}" failures="${failed}" errors="${error}" skipped="0" time="${seconds(report.durationMs)}"`;
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="lienthong scenarios" ${counts}>`,
        `  <testsuite name="lienthong scenarios" ${counts} timestamp="${attr(report.startedAt)}">`,
        '    <properties>',
        `      <property name="target" value="${attr(report.target)}"/>`,
        `      <property name="parallel" value="${report.parallel}"/>`,
        '    </properties>',
        ...report.scenarios.map(testcase),
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}
function testcase(result) {
    const open = `    <testcase classname="${attr(result.file)}" name="${attr(result.title)}" time="${seconds(result.durationMs)}"`;
    const inner = [...outcomeElements(result), systemOut(result)].filter((x) => x !== '');
    if (inner.length === 0)
        return `${open}/>`;
    return [`${open}>`, ...inner, '    </testcase>'].join('\n');
}
function outcomeElements(result) {
    const elements = [];
    if (result.outcome === 'error') {
        const message = result.error ?? 'the scenario could not run';
        elements.push(`      <error message="${attr(firstLine(message))}" type="ScenarioError">${text(message)}</error>`);
    }
    if (result.failures.length > 0) {
        const [first] = result.failures;
        const more = result.failures.length > 1 ? ` (and ${result.failures.length - 1} more)` : '';
        const message = `${first ? failureSummary(first) : ''}${more}`;
        const details = result.failures.map(failureText).join('\n\n');
        elements.push(`      <failure message="${attr(message)}" type="ExpectationFailed">${text(details)}</failure>`);
    }
    return elements;
}
/** A failure as plain text: where, what was expected, what came, and the exchange. */
export function failureText(failure) {
    const lines = [`${failureLocation(failure)}: ${failure.expectation}`];
    if (failure.expected !== undefined)
        lines.push(`expected: ${formatValue(failure.expected)}`);
    if (failure.actual !== undefined)
        lines.push(`actual:   ${formatValue(failure.actual)}`);
    if (failure.exchange) {
        const { request, response } = formatExchange(failure.exchange, MAX_BODY_CHARS);
        lines.push('', '--- request', request, '', '--- response', response);
    }
    return lines.join('\n');
}
/** The steps as they went, so CI shows the path to the failure. */
function systemOut(result) {
    if (result.steps.length === 0 && result.sandboxId === undefined)
        return '';
    const lines = [
        ...(result.sandboxId ? [`sandbox ${result.sandboxId}`] : []),
        ...result.steps.map((s) => `${s.outcome.padEnd(7)} ${s.at.padEnd(9)} ${s.label}`),
    ];
    return `      <system-out>${text(truncate(lines.join('\n'), MAX_BODY_CHARS))}</system-out>`;
}
function firstLine(message) {
    return message.split('\n', 1)[0] ?? '';
}
/** Characters XML 1.0 forbids anywhere (controls other than tab, newline, carriage return). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Escapes character data. */
function text(value) {
    return value
        .replace(FORBIDDEN, '\uFFFD')
        .replace(/\p{Cs}/gu, '\uFFFD') // a lone surrogate (pairs match as one code point)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** Escapes an attribute value (newlines kept as character references). */
function attr(value) {
    return text(value)
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\n/g, '&#10;')
        .replace(/\r/g, '&#13;')
        .replace(/\t/g, '&#9;');
}
