import { diffValues, isWorthDiffing } from './diff.js';
import { earlierSameExchange, failureLocation, formatDuration, formatExchange, formatValue, OUTCOME_SYMBOL, } from './format.js';
import { HTML_STYLE } from './html-style.js';
/** Bodies are cut after this many characters (a report must open in a browser quickly). */
const MAX_BODY_CHARS = 50_000;
/** The run as one HTML document. */
export function renderHtml(report) {
    const { passed, failed, error } = report.totals;
    const title = `Scenario report — ${passed} passed, ${failed} failed, ${error} errors`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="meta">target <code>${esc(report.target)}</code> · started ${esc(report.startedAt)} · ${esc(formatDuration(report.durationMs))} · parallel ${report.parallel}</p>
<div class="totals">${badge('passed', `${passed} passed`)}${badge('failed', `${failed} failed`)}${badge('error', `${error} errors`)}</div>
</header>
<main>
<h2>Summary</h2>
${summaryTable(report.scenarios)}
<h2>Scenarios</h2>
${report.scenarios.map(scenarioSection).join('\n')}
</main>
</body>
</html>
`;
}
function summaryTable(results) {
    const rows = results.map((r, i) => `<tr class="${r.outcome}"><td>${badge(r.outcome, `${OUTCOME_SYMBOL[r.outcome]} ${r.outcome}`)}</td>` +
        `<td><a href="#s${i}">${esc(r.title)}</a></td><td><code>${esc(r.file)}</code></td>` +
        `<td class="tags">${tags(r.tags)}</td><td class="num">${r.failures.length}</td>` +
        `<td class="num">${esc(formatDuration(r.durationMs))}</td></tr>`);
    return table(['outcome', 'scenario', 'file', 'tags', 'failures', 'time'], rows);
}
function scenarioSection(result, index) {
    const open = result.outcome === 'passed' ? '' : ' open';
    const parts = [
        `<details id="s${index}" class="scenario ${result.outcome}"${open}>`,
        `<summary>${badge(result.outcome, OUTCOME_SYMBOL[result.outcome])} ${esc(result.title)} <span class="where">${esc(result.file)} · ${esc(formatDuration(result.durationMs))}${result.sandboxId ? ` · sandbox ${esc(result.sandboxId)}` : ''}</span></summary>`,
    ];
    if (result.error !== undefined) {
        parts.push('<h3>Could not run</h3>', `<pre>${esc(result.error)}</pre>`);
    }
    if (result.failures.length > 0) {
        const earlier = earlierSameExchange(result.failures);
        parts.push(`<h3>Failures (${result.failures.length})</h3>`, ...result.failures.map((item, i) => failure(item, i + 1, earlier[i])));
    }
    if (result.steps.length > 0)
        parts.push('<h3>Steps</h3>', stepsTable(result.steps));
    for (const dossier of result.dossiers) {
        parts.push(`<h3>Timeline of dossier <code>${esc(dossier.maHoSo)}</code></h3>`, timeline(dossier.timeline));
    }
    parts.push('</details>');
    return parts.join('\n');
}
function failure(item, n, sameExchangeAs) {
    const parts = [
        '<div class="failure">',
        `<h4>${n}. ${esc(item.expectation)}</h4>`,
        `<div class="where">at ${esc(failureLocation(item))}</div>`,
    ];
    if (item.expected !== undefined || item.actual !== undefined)
        parts.push(expectedActual(item));
    if (sameExchangeAs !== undefined)
        parts.push(`<p class="where">request and response: the same as in ${sameExchangeAs}.</p>`);
    else if (item.exchange)
        parts.push(exchange(item.exchange));
    parts.push('</div>');
    return parts.join('\n');
}
function expectedActual(item) {
    const pair = `<div class="pair">${labelled('expected', `<pre>${esc(formatValue(item.expected))}</pre>`)}${labelled('actual', `<pre>${esc(formatValue(item.actual))}</pre>`)}</div>`;
    if (!isWorthDiffing(item.expected, item.actual))
        return pair;
    const lines = diffValues(item.expected, item.actual).map((line) => {
        const kind = line.kind === '-' ? 'del' : line.kind === '+' ? 'add' : 'same';
        return `<span class="${kind}">${esc(`${line.kind} ${line.text}`)}</span>`;
    });
    return `${pair}<div class="pair"><div><div class="label">diff (− expected, + actual)</div><pre class="diff">${lines.join('')}</pre></div></div>`;
}
function exchange(item) {
    const { request, response } = formatExchange(item, MAX_BODY_CHARS);
    return `<div class="pair">${labelled('request', `<pre>${esc(request)}</pre>`)}${labelled('response', `<pre>${esc(response)}</pre>`)}</div>`;
}
function stepsTable(steps) {
    const rows = steps.map((s) => `<tr class="${s.outcome}"><td><code>${esc(s.at)}</code></td><td>${esc(s.label)}</td>` +
        `<td>${badge(s.outcome, s.outcome)}</td><td class="num">${s.exchanges.length}</td>` +
        `<td class="num">${esc(formatDuration(s.durationMs))}</td></tr>`);
    return table(['at', 'step', 'outcome', 'calls', 'time'], rows);
}
/** Calls in time order, one column (lane) per system, so the hub's fan-out is visible. */
function timeline(entries) {
    if (entries.length === 0)
        return '<p class="meta">No calls recorded for this dossier.</p>';
    const systems = [...new Set(entries.map((e) => e.system))];
    const rows = entries.map((entry) => {
        const lanes = systems.map((system) => system === entry.system
            ? `<td class="lane"><span class="call"><code>${esc(entry.operationId)}</code> ${badge(`s${Math.floor(entry.status / 100)}`, String(entry.status))}</span>${entry.clientId ? `<span class="client">${esc(entry.clientId)}</span>` : ''}</td>`
            : '<td class="lane"></td>');
        return `<tr><td class="num"><code>${esc(entry.at)}</code></td>${lanes.join('')}</tr>`;
    });
    return table(['sandbox time', ...systems], rows, 'timeline');
}
function table(headers, rows, className = '') {
    const head = headers.map((h) => `<th>${esc(h)}</th>`).join('');
    const cls = className ? ` class="${className}"` : '';
    return `<table${cls}><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}
function labelled(label, content) {
    return `<div><div class="label">${esc(label)}</div>${content}</div>`;
}
function badge(kind, label) {
    return `<span class="badge ${esc(kind)}">${esc(label)}</span>`;
}
function tags(values) {
    return values.map((t) => `<code>${esc(t)}</code>`).join('');
}
/** Escapes text for HTML content and attribute values. */
export function esc(value) {
    return value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
