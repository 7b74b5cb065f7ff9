/**
 * What a person at a terminal (or reading a CI log) sees: progress while scenarios run (a bar on
 * a terminal, one plain line per scenario otherwise), then a summary table and, for each failure,
 * the expectation that broke with the request and the response, bodies cut short.
 */
import type { RunReport, ScenarioResult } from '../model.js';
/** What the runner reports while it works (`runScenarios`'s `onProgress`). */
export interface ProgressEvent {
    readonly done: number;
    readonly total: number;
    readonly result?: ScenarioResult;
    readonly started?: string;
}
/** Where console output goes (`process.stdout`, or a test double). */
export interface ConsoleStream {
    write(chunk: string): unknown;
    readonly isTTY?: boolean;
    readonly columns?: number;
}
/** Follows a run: feed it the runner's progress events, call `finish` once the run is over. */
export interface ProgressReporter {
    readonly onProgress: (event: ProgressEvent) => void;
    finish(): void;
}
/** Options of the console output. */
export interface ConsoleOptions {
    /** ANSI colours (default: when the stream is a terminal and `NO_COLOR` is not set). */
    readonly color?: boolean;
    /** Request and response bodies are cut after this many characters (default 1,500). */
    readonly maxBodyChars?: number;
    /** … and after this many lines (default 30). */
    readonly maxBodyLines?: number;
    /** Scenarios detailed at the end of a run; the rest are left to the report files (default 20). */
    readonly maxScenarios?: number;
}
/** Whether to colour output on this stream, honouring https://no-color.org. */
export declare function wantsColor(stream: ConsoleStream, env?: NodeJS.ProcessEnv): boolean;
/** Progress: a redrawn bar on a terminal, else `[12/40] ✓ title (1.2 s)` lines. */
export declare function createProgressReporter(stream: ConsoleStream, options?: ConsoleOptions): ProgressReporter;
/** The end-of-run table: scenarios, summed and slowest time by outcome, wall time. */
export declare function formatSummary(report: RunReport, options?: ConsoleOptions): string;
/** Each scenario that did not pass: each broken expectation with its request and response. */
export declare function formatFailureDetails(report: RunReport, options?: ConsoleOptions): string;
