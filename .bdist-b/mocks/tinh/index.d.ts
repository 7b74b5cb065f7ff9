/**
 * The simulated province (provincial one-stop system): receives linked dossiers from the hub,
 * forwards the civil-status leg to the civil-status software, reports the outcome and syncs
 * progress to the hub, and takes supplements, withdrawals and events — over the same contract a
 * real province implements. It seeds nothing: a province only knows the dossiers it receives.
 * @see specs/tinh.yaml; DOMAIN.md §2 A4
 */
import type { MockSystem } from '../kit/index.js';
/** The tinh mock. @see MockSystem */
export declare const tinh: MockSystem;
export { exchangesOf } from './state.js';
