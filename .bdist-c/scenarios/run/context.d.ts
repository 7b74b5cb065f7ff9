import type { Contracts } from '../../contracts/contracts.js';
import type { Exchange, Failure, Json, Scenario, StepResult } from '../model.js';
import type { Place } from './expectations.js';
import type { TargetClient } from './http.js';
import type { ProvinceStub } from './province-stub.js';
import type { Receiver } from './receiver.js';
import type { Variables } from './references.js';
/** The demo client and officer the calls use unless the scenario says otherwise. */
export declare const DEFAULT_CLIENT = "tinh-demo";
export declare const DEFAULT_OFFICER = "cb.hotich.38001";
/** One running scenario: its sandbox, what it saved, who it generated, what it touched. */
export interface ScenarioContext {
    readonly scenario: Scenario;
    readonly client: TargetClient;
    readonly contracts: Contracts;
    readonly sandboxId: string;
    readonly variables: Variables & {
        readonly saved: Record<string, Json>;
    };
    readonly receiver?: Receiver;
    /** The stand-in province of a connected sandbox (`given.provinceStub`). */
    readonly province?: ProvinceStub;
    /** Dossier codes seen in answers, for the timeline. */
    readonly dossiers: Set<string>;
    readonly clientId: string;
    readonly officer: string;
    /** The sandbox clock as last read (creation, advances). */
    readonly clock: {
        now: string;
    };
    /** The sandbox's date (`YYYY-MM-DD`, Vietnam time). */
    today(): string;
}
/** What running one step or check produced (the runner adds timing and the label). */
export interface Outcome {
    readonly label: string;
    readonly exchanges: readonly Exchange[];
    readonly failures: readonly Failure[];
}
/** A failure that is not about an expectation of the file but about running it at all. */
export declare function brokenRun(place: Place, message: string, exchange?: Exchange): Failure;
/** The step result the reports show, from an {@link Outcome}. */
export declare function stepResult(at: string, kind: StepResult['kind'], outcome: Outcome, startedMs: number): StepResult;
