import { HOTICH_OPERATIONS } from './handlers.js';
import { seed } from './state.js';
/** The civil-status system as the sandbox registers it. */
export const hotich = { name: 'hotich', operations: HOTICH_OPERATIONS, seed };
