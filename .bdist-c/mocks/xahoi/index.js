import { XAHOI_OPERATIONS } from './handlers.js';
import { seed } from './state.js';
/** The xahoi mock. @see MockSystem */
export const xahoi = { name: 'xahoi', operations: XAHOI_OPERATIONS, seed };
