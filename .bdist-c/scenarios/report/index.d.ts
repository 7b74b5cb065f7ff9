import type { RunReport } from '../model.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
export { createProgressReporter, formatFailureDetails, formatSummary, wantsColor, type ConsoleOptions, type ConsoleStream, type ProgressEvent, type ProgressReporter, } from './console.js';
export { renderHtml } from './html.js';
export { renderJson } from './json.js';
export { renderJunit } from './junit.js';
export { renderMarkdown } from './markdown.js';
/** The file reporters, each with the file it writes and how it renders a run. */
export declare const REPORTERS: {
    readonly junit: {
        readonly file: "junit.xml";
        readonly render: typeof renderJunit;
    };
    readonly html: {
        readonly file: "report.html";
        readonly render: typeof renderHtml;
    };
    readonly md: {
        readonly file: "report.md";
        readonly render: typeof renderMarkdown;
    };
    readonly json: {
        readonly file: "report.json";
        readonly render: typeof renderJson;
    };
};
/** A file reporter's name: `junit`, `html`, `md` or `json`. */
export type ReporterName = keyof typeof REPORTERS;
/** Whether `name` names a file reporter. */
export declare function isReporterName(name: string): name is ReporterName;
/**
 * Writes the run with each reporter into `outDir` (created if missing) and returns the paths
 * written, in the order the reporters were given.
 */
export declare function writeReports(report: RunReport, options: {
    readonly reporters: readonly ReporterName[];
    readonly outDir: string;
}): Promise<string[]>;
