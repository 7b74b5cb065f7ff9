import { Command } from 'commander';
import { expandPaths, runScenarios } from '../scenarios/run/index.js';
import { type ConsoleStream, type ReporterName } from '../scenarios/report/index.js';
/** Scenario files run when no path is given. */
export declare const DEFAULT_SCENARIO_PATHS: readonly ["scenarios/catalogue"];
/** Exit codes of `lienthong scenarios`: 1 a scenario failed, 2 the command was misused. */
export declare const EXIT: {
    readonly passed: 0;
    readonly failed: 1;
    readonly usage: 2;
};
/** Options of `lienthong scenarios run`, as commander parses them. */
export interface RunCommandOptions {
    readonly target?: string;
    readonly tag: readonly string[];
    readonly parallel?: number;
    readonly reporter: readonly ReporterName[];
    readonly out: string;
    /** `clientId=secret` pairs. */
    readonly secret: readonly string[];
}
/** Where the commands write, and the runner they use (tests pass their own). */
export interface ScenarioCommandIo {
    readonly stdout: ConsoleStream;
    readonly stderr: ConsoleStream;
    readonly runner?: {
        readonly runScenarios: typeof runScenarios;
        readonly expandPaths: typeof expandPaths;
    };
}
/** `lienthong scenarios run|validate`. */
export declare function createScenariosCommand(io?: ScenarioCommandIo): Command;
/** Runs the scenarios; resolves with the exit code. */
export declare function runCommand(patterns: readonly string[], options: RunCommandOptions, io: ScenarioCommandIo): Promise<number>;
/** Loads every file and prints each error; resolves with the exit code. */
export declare function validateCommand(patterns: readonly string[], io: ScenarioCommandIo): Promise<number>;
/**
 * `clientId=secret` pairs. Checked here rather than by commander, whose message would echo the
 * malformed value (a secret) to the terminal.
 */
export declare function parseSecrets(raw: readonly string[]): Record<string, string> | undefined;
