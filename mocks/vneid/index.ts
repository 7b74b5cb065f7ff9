/**
 * The VNeID mock: e-ID account levels, citizen confirmations answered by simulated citizens, and
 * the document wallet.
 * @see specs/vneid.yaml; DOMAIN.md §2 A1
 */
import type { MockSystem } from '../kit/index.js';
import { VNEID_OPERATIONS } from './handlers.js';
import { seed } from './state.js';

export { decideConfirmation } from './state.js';

/** The `vneid` system. */
export const vneid: MockSystem = { name: 'vneid', operations: VNEID_OPERATIONS, seed };
