import { type Result } from '../contracts/result.js';
import type { Scenario } from './model.js';
/** Why a scenario file could not be loaded: where, which field, and what is wrong. */
export interface LoadError {
    readonly file: string;
    /** 1-based. */
    readonly line: number;
    /** 1-based. */
    readonly column: number;
    /** JSON pointer of the field (`/steps/2/call`), `''` for the whole file. */
    readonly pointer: string;
    readonly message: string;
}
/** `file:line:column: /pointer: message`, as editors and CI logs link it. */
export declare function formatLoadError(error: LoadError): string;
/** The step kinds and check kinds: each step or check has exactly one of these keys. */
export declare const STEP_KINDS: readonly ["call", "advance", "waitFor", "officer", "citizen"];
export declare const CHECK_KINDS: readonly ["dossier", "events", "received", "call"];
/**
 * Reads, parses and validates a scenario file against `scenarios/schema.json`.
 * @see scenarios/README.md; docs/decisions/0008-scenarios.md §1
 */
export declare function loadScenario(file: string): Result<Scenario, LoadError[]>;
/** {@link loadScenario} on text already read (`file` names it in errors). */
export declare function parseScenario(file: string, text: string): Result<Scenario, LoadError[]>;
