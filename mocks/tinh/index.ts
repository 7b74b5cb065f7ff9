/**
 * The simulated province (provincial one-stop system): receives linked dossiers from the hub,
 * forwards the civil-status leg to the civil-status software, reports the outcome and syncs
 * progress to the hub, and takes supplements, withdrawals and events — over the same contract a
 * real province implements. It seeds nothing: a province only knows the dossiers it receives.
 * @see specs/tinh.yaml; DOMAIN.md §2 A4
 */
import type { MockSystem } from '../kit/index.js';
import { DOSSIER_OPERATIONS } from './handlers.js';
import { PUSH_OPERATIONS } from './push-handlers.js';

/** The tinh mock. @see MockSystem */
export const tinh: MockSystem = {
  name: 'tinh',
  operations: [...DOSSIER_OPERATIONS, ...PUSH_OPERATIONS],
};

export { exchangesOf } from './state.js';
