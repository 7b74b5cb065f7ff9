import { DOSSIER_OPERATIONS } from './handlers.js';
import { PUSH_OPERATIONS } from './push-handlers.js';
/** The tinh mock. @see MockSystem */
export const tinh = {
    name: 'tinh',
    operations: [...DOSSIER_OPERATIONS, ...PUSH_OPERATIONS],
};
export { exchangesOf } from './state.js';
