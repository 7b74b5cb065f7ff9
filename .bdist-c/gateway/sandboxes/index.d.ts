/**
 * Sandboxes and their control plane: the manager (data, clock, configuration, processing
 * profile and province mode per sandbox over shared population bases) and the handlers of the
 * `sandbox` spec's sandbox, clock, processing-profile and citizen operations.
 * @see DESIGN.md §3, §4; specs/sandbox.yaml
 */
import type { Handler } from '../../contracts/handler.js';
import type { MockSystem } from '../../mocks/kit/system.js';
import type { SandboxManager } from './manager.js';
export { createSandboxManager, DEFAULT_SANDBOX_ID, JOURNAL_LOG, type SandboxCreateRequest, type SandboxManager, type SandboxManagerOptions, type SandboxResetRequest, type SandboxUpdateRequest, type SandboxView, } from './manager.js';
export { baseNameOf, type PopulationKey } from './population-bases.js';
export { SANDBOX_PROBLEMS } from './problems.js';
export { TIMER_LABEL_PREFIXES, clockState, type ClockState } from './clock-ops.js';
export type { ProcessingProfile, ProvinceMode, SandboxConfig } from './settings.js';
/** Dependencies of {@link controlPlaneHandlers}. */
export interface ControlPlaneOptions {
    readonly manager: SandboxManager;
    /** Systems whose seed logic writes generated citizens. */
    readonly systems: readonly MockSystem[];
    /** Real time in ms (tests inject one). */
    readonly realNow?: () => number;
    /**
     * Waits for background work a clock move must not overtake (webhook attempts in flight, which
     * schedule their retries on the clock when they fail).
     */
    readonly settle?: (sandboxId: string) => Promise<void>;
}
/**
 * Every control-plane handler this module implements, keyed by `operationId`. They are not
 * authenticated here: the auth stage guards `/sandbox/v1` with the `sandbox.admin` scope.
 * @see specs/sandbox.yaml; SECURITY.md GW-18
 */
export declare function controlPlaneHandlers(options: ControlPlaneOptions): Map<string, Handler>;
