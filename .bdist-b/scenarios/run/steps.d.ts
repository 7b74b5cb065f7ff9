import type { Exchange, Json, Step } from '../model.js';
import { type Outcome, type ScenarioContext } from './context.js';
import { type Place } from './expectations.js';
/** How often `waitFor` polls the dossier's events, and how long it waits by default. */
export declare const POLL_MS = 20;
export declare const DEFAULT_WAIT_MS = 5000;
/**
 * Runs one step. Expected failures come back as {@link Outcome} failures; a reference that names
 * nothing is a failure of the step, not an exception.
 */
export declare function runStep(step: Step, ctx: ScenarioContext, place: Place): Promise<Outcome>;
/** An admin call of the control plane in the scenario's sandbox. */
export declare function admin(ctx: ScenarioContext, operationId: string, extra?: {
    params?: Record<string, Json>;
    query?: Record<string, Json>;
    body?: Json;
}): Promise<Exchange>;
/** `lienthongListDossierEvents` as the scenario's client. */
export declare function dossierEvents(ctx: ScenarioContext, maHoSo: string): Promise<Exchange>;
/** The events of a `lienthongListDossierEvents` answer. */
export declare function eventList(exchange: Exchange | undefined): Record<string, Json>[];
