import type { CallStep } from '../model.js';
import { type Outcome, type ScenarioContext } from './context.js';
import { type Place } from './expectations.js';
/**
 * Runs a `call` step or check: resolves references, builds the form, adds `X-Sandbox-Id`,
 * `X-Officer-Id` and a fresh `Idempotency-Key` (unless given), calls, checks `expect` and saves.
 * @see scenarios/README.md "Steps"
 */
export declare function runCall(step: CallStep, ctx: ScenarioContext, place: Place): Promise<Outcome>;
/** A leg's dossier code (`…-0007-TT`) → the linked dossier's code. */
export declare function baseDossier(code: string): string;
