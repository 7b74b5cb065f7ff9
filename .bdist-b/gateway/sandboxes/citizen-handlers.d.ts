import type { Handler } from '../../contracts/handler.js';
import type { MockSystem } from '../../mocks/kit/system.js';
import type { SandboxManager } from './manager.js';
/** Dependencies of {@link citizenHandlers}. */
export interface CitizenHandlerOptions {
    readonly manager: SandboxManager;
    /** The systems whose seed logic writes generated people into a sandbox. */
    readonly systems: readonly MockSystem[];
    /** Real time in ms, for `durationMs`. */
    readonly realNow?: () => number;
}
/**
 * The handlers of `sandboxGetCitizen`, `sandboxSearchCitizens`, `sandboxGenerateCitizen` and
 * `sandboxSeedPopulation`. Profiles and searches read the sandbox's population (its base plus
 * the people generated in it); generated people are written into that sandbox only.
 * @see specs/sandbox.yaml
 */
export declare function citizenHandlers(options: CitizenHandlerOptions): (readonly [string, Handler])[];
