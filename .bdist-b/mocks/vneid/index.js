import { VNEID_OPERATIONS } from './handlers.js';
import { seed } from './state.js';
export { decideConfirmation } from './state.js';
/** The `vneid` system. */
export const vneid = { name: 'vneid', operations: VNEID_OPERATIONS, seed };
