import { citizenHandlers } from './citizen-handlers.js';
import { clockHandlers } from './clock-handlers.js';
import { sandboxHandlers } from './sandbox-handlers.js';
export { createSandboxManager, DEFAULT_SANDBOX_ID, JOURNAL_LOG, } from './manager.js';
export { baseNameOf } from './population-bases.js';
export { SANDBOX_PROBLEMS } from './problems.js';
export { TIMER_LABEL_PREFIXES, clockState } from './clock-ops.js';
/**
 * Every control-plane handler this module implements, keyed by `operationId`. They are not
 * authenticated here: the auth stage guards `/sandbox/v1` with the `sandbox.admin` scope.
 * @see specs/sandbox.yaml; SECURITY.md GW-18
 */
export function controlPlaneHandlers(options) {
    return new Map([
        ...sandboxHandlers(options.manager),
        ...clockHandlers(options.manager, options.settle),
        ...citizenHandlers(options),
    ]);
}
