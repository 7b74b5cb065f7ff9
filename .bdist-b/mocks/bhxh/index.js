import { BHXH_OPERATIONS } from './handlers.js';
import { seed } from './state.js';
/** The BHXH mock. @see MockSystem */
export const bhxh = { name: 'bhxh', operations: BHXH_OPERATIONS, seed };
