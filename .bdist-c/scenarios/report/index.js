/**
 * Reporters of a scenario run: JUnit XML for CI, one self-contained HTML file for people,
 * Markdown for pull requests and job summaries, JSON for tooling, and the console.
 * Every reporter only formats a `RunReport`; none runs anything.
 * @see docs/decisions/0008-scenarios.md
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
export { createProgressReporter, formatFailureDetails, formatSummary, wantsColor, } from './console.js';
export { renderHtml } from './html.js';
export { renderJson } from './json.js';
export { renderJunit } from './junit.js';
export { renderMarkdown } from './markdown.js';
/** The file reporters, each with the file it writes and how it renders a run. */
export const REPORTERS = {
    junit: { file: 'junit.xml', render: renderJunit },
    html: { file: 'report.html', render: renderHtml },
    md: { file: 'report.md', render: renderMarkdown },
    json: { file: 'report.json', render: renderJson },
};
/** Whether `name` names a file reporter. */
export function isReporterName(name) {
    return Object.hasOwn(REPORTERS, name);
}
/**
 * Writes the run with each reporter into `outDir` (created if missing) and returns the paths
 * written, in the order the reporters were given.
 */
export async function writeReports(report, options) {
    await mkdir(options.outDir, { recursive: true });
    const unique = [...new Set(options.reporters)];
    return Promise.all(unique.map(async (name) => {
        const { file, render } = REPORTERS[name];
        const path = join(options.outDir, file);
        await writeFile(path, render(report), 'utf8');
        return path;
    }));
}
