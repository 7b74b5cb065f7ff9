import { YTE_OPERATIONS } from './handlers.js';
import { seed } from './state.js';
/** The `yte` system. */
export const yte = { name: 'yte', operations: YTE_OPERATIONS, seed };
