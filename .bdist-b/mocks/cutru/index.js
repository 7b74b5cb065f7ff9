import { OPERATIONS } from './handlers.js';
import { seed } from './state.js';
/** The cutru mock: its operations and how it loads the population's residence register. */
export const cutru = { name: 'cutru', operations: OPERATIONS, seed };
