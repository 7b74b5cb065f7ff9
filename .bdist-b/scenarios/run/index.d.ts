import type { RunReport, ScenarioResult } from '../model.js';
export { formatLoadError, loadScenario, parseScenario, type LoadError } from '../load.js';
export { expandPaths } from './paths.js';
/** Scenarios run at once unless `parallel` says otherwise. */
export declare const DEFAULT_PARALLEL = 4;
/** What the runner reports while it works. */
export interface ProgressEvent {
    readonly done: number;
    readonly total: number;
    /** A scenario that just finished. */
    readonly result?: ScenarioResult;
    /** The file of a scenario that just started. */
    readonly started?: string;
}
/** Options of {@link runScenarios}. */
export interface RunOptions {
    /** Base URL of a deployed sandbox; without it an in-process gateway is started. */
    readonly target?: string;
    readonly parallel?: number;
    /** Only scenarios with at least one of these tags run. */
    readonly tags?: readonly string[];
    /** Client secrets (default `<clientId>-secret`, the demo clients' convention). */
    readonly secrets?: Record<string, string>;
    readonly onProgress?: (event: ProgressEvent) => void;
}
/**
 * Runs scenario files (see {@link expandPaths} for directories and globs). Never throws for a bad
 * file or an unreachable target: those are `error` results.
 */
export declare function runScenarios(files: readonly string[], options?: RunOptions): Promise<RunReport>;
