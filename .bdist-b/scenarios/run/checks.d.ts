import type { Check } from '../model.js';
import { type Outcome, type ScenarioContext } from './context.js';
import { type Place } from './expectations.js';
/**
 * Runs one final check: a dossier's state, its events, what the receiver got, or any call.
 * @see scenarios/README.md "`then`"
 */
export declare function runCheck(check: Check, ctx: ScenarioContext, place: Place): Promise<Outcome>;
/** How long `received` waits for deliveries still on their way (webhooks are asynchronous). */
export declare const RECEIVED_WAIT_MS = 3000;
/** Whether `wanted` appears in `actual` in order (other items may come between). */
export declare function isSubsequence(wanted: readonly string[], actual: readonly string[]): boolean;
