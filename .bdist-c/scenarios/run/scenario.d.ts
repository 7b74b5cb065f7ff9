import type { Contracts } from '../../contracts/contracts.js';
import type { Scenario, ScenarioResult } from '../model.js';
import type { TargetClient } from './http.js';
import type { KeySet } from './receiver.js';
/** What every scenario of a run shares: the target's client, the contracts, the JWKS. */
export interface RunEnvironment {
    readonly client: TargetClient;
    readonly contracts: Contracts;
    readonly keys: () => Promise<KeySet>;
}
/**
 * Runs one scenario in its own sandbox: set-up, steps (after a failed step the rest are skipped),
 * final checks, the timeline of each dossier, and clean-up whatever happened. Never throws: a
 * scenario that cannot run is an `error` result.
 * @see docs/decisions/0008-scenarios.md §3, §5
 */
export declare function runScenario(scenario: Scenario, env: RunEnvironment): Promise<ScenarioResult>;
/** The result of a file that could not be loaded. */
export declare function loadErrorResult(file: string, message: string): ScenarioResult;
