import type { Exchange, Scenario } from '../model.js';
import { type ScenarioContext } from './context.js';
import type { TargetClient } from './http.js';
import { type KeySet, type Receiver } from './receiver.js';
import { type ProvinceStub } from './province-stub.js';
import type { Contracts } from '../../contracts/contracts.js';
/** Population of each throwaway sandbox: scenarios generate the people they need. */
export declare const SCENARIO_POPULATION: {
    readonly seed: 20260915;
    readonly populationSize: 200;
};
/** The sandbox could not be prepared: the scenario's outcome is `error`. */
export declare class SetupError extends Error {
    readonly exchange?: Exchange | undefined;
    readonly name = "SetupError";
    constructor(message: string, exchange?: Exchange | undefined);
}
/**
 * Prepares a scenario's own sandbox: created with its clock, profile, province mode and
 * configuration, the clock frozen, its people generated, its faults put, and (with
 * `given.receiver`) a loopback receiver subscribed to every event type.
 * @see docs/decisions/0008-scenarios.md §3
 */
export declare function setUp(scenario: Scenario, client: TargetClient, contracts: Contracts, keys: () => Promise<KeySet>, onSandbox: (id: string) => void, onProvince?: (stub: ProvinceStub | undefined) => void): Promise<ScenarioContext>;
/** Deletes the sandbox and stops the receiver; never throws (clean-up after any outcome). */
export declare function tearDown(client: TargetClient, sandboxId: string | undefined, receiver: Receiver | undefined, province?: ProvinceStub): Promise<void>;
