import { DANCU_OPERATIONS } from './handlers.js';
import { seed } from './state.js';
/**
 * The `dancu` mock: its operations and how it loads the population into a sandbox base.
 * @see mocks/kit/system.ts
 */
export const dancu = { name: 'dancu', operations: DANCU_OPERATIONS, seed };
