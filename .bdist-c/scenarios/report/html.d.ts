/**
 * One self-contained HTML file for people: the summary, then per scenario its steps, each broken
 * expectation (expected/actual diff, the request and the response) and each dossier's timeline
 * across systems, read from the sandbox's journal. Inline CSS only; no scripts, no external assets.
 * @see docs/decisions/0008-scenarios.md (6. The timeline comes from the journal)
 */
import type { RunReport } from '../model.js';
/** The run as one HTML document. */
export declare function renderHtml(report: RunReport): string;
/** Escapes text for HTML content and attribute values. */
export declare function esc(value: string): string;
