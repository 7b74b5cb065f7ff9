/**
 * The VNeID mock: e-ID account levels, citizen confirmations answered by simulated citizens, and
 * the document wallet.
 * @see specs/vneid.yaml; DOMAIN.md §2 A1
 */
import type { MockSystem } from '../kit/index.js';
export { decideConfirmation } from './state.js';
/** The `vneid` system. */
export declare const vneid: MockSystem;
