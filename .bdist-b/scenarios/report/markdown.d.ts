/**
 * A Markdown summary for pull requests and CI job summaries: totals, one row per scenario, and
 * each broken expectation with its expected/actual values, request and response.
 */
import type { RunReport } from '../model.js';
/** The run as a Markdown document. */
export declare function renderMarkdown(report: RunReport): string;
