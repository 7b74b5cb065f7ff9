/**
 * What a sandbox is configured with, apart from its data and clock: the control-plane
 * configuration, the processing profile and the province mode, with the pure rules that merge
 * and check them.
 * @see specs/sandbox.yaml `SandboxConfig`, `ProcessingProfile`, `ProvinceMode`
 */
import type { components } from '../../contracts/generated/sandbox.js';
import { type Problem } from '../../contracts/problems.js';
import { type Result } from '../../contracts/result.js';
import { type RegimeSettings } from '../../mocks/domain/regimes/index.js';
/** The configuration in force (`SandboxConfig`). */
export type SandboxConfig = components['schemas']['SandboxConfig'];
/** Members of the configuration to change (`SandboxConfigOverrides`). */
export type SandboxConfigOverrides = components['schemas']['SandboxConfigOverrides'];
/** How agency steps are decided (`ProcessingProfile`). */
export type ProcessingProfile = components['schemas']['ProcessingProfile'];
/** Which province system the hub pushes to (`ProvinceMode`). */
export type ProvinceMode = components['schemas']['ProvinceMode'];
/**
 * The configuration of a sandbox nobody configured (the defaults the spec documents).
 * @see specs/sandbox.yaml `SandboxConfig`; SECURITY.md GW-14 (5 violations), GW-17 (monitor)
 */
export declare const DEFAULT_SANDBOX_CONFIG: SandboxConfig;
/**
 * The profile of a sandbox created without one: every step decided on arrival.
 * @see DESIGN.md §3 ("Processing profiles")
 */
export declare const DEFAULT_PROCESSING_PROFILE: ProcessingProfile;
/**
 * A configuration with its regime settings resolved: what a sandbox runs with.
 * @see mocks/domain/regimes `resolveRegimeSettings`
 */
export interface ResolvedConfig {
    readonly config: SandboxConfig;
    readonly regime: RegimeSettings;
}
/**
 * Merges overrides into a configuration (merge-patch: given members replace) and resolves the
 * regime settings the configuration drives. A key the regime refuses is a 422 naming the key.
 * @see specs/sandbox.yaml `sandboxUpdateSandbox` (RFC 7396); DOMAIN.md §11
 */
export declare function resolveConfig(current: SandboxConfig, overrides?: SandboxConfigOverrides): Result<ResolvedConfig, Problem>;
/**
 * Checks a processing profile: `realistic` options only with the `realistic` profile (422).
 * @see specs/sandbox.yaml `sandboxSetProcessingProfile`
 */
export declare function checkProcessingProfile(profile: ProcessingProfile): Result<ProcessingProfile, Problem>;
/**
 * Checks the province mode: `connected` needs a base URL (422 otherwise).
 * @see specs/sandbox.yaml `sandboxCreateSandbox`, `sandboxUpdateSandbox`
 */
export declare function checkProvinceMode(mode: ProvinceMode, baseUrl: string | undefined): Result<void, Problem>;
