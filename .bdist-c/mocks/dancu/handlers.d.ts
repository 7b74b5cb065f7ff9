/**
 * Every operation of the population database, one `defineOperation` each, typed with the
 * generated `operations` of specs/dancu.yaml.
 * @see specs/dancu.yaml
 */
import type { MockSystem } from '../kit/index.js';
/**
 * The operations of `dancu`, keyed by `operationId`.
 * @see specs/dancu.yaml
 */
export declare const DANCU_OPERATIONS: MockSystem['operations'];
