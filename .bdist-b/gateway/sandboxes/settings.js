import { problem } from '../../contracts/problems.js';
import { err, ok } from '../../contracts/result.js';
import { InvalidRegimeConfigError, resolveRegimeSettings, } from '../../mocks/domain/regimes/index.js';
import { SANDBOX_PROBLEMS } from './problems.js';
/**
 * The configuration of a sandbox nobody configured (the defaults the spec documents).
 * @see specs/sandbox.yaml `SandboxConfig`; SECURITY.md GW-14 (5 violations), GW-17 (monitor)
 */
export const DEFAULT_SANDBOX_CONFIG = Object.freeze({
    allowPartialGroup1: false,
    tuTuatEnabled: true,
    idleAccountDays: 90,
    deviceMode: 'monitor',
    violationsBeforeSuspension: 5,
    webhookMaxAttempts: 8,
});
/**
 * The profile of a sandbox created without one: every step decided on arrival.
 * @see DESIGN.md §3 ("Processing profiles")
 */
export const DEFAULT_PROCESSING_PROFILE = Object.freeze({ profile: 'instant' });
/**
 * Merges overrides into a configuration (merge-patch: given members replace) and resolves the
 * regime settings the configuration drives. A key the regime refuses is a 422 naming the key.
 * @see specs/sandbox.yaml `sandboxUpdateSandbox` (RFC 7396); DOMAIN.md §11
 */
export function resolveConfig(current, overrides = {}) {
    const config = { ...current, ...definedMembers(overrides) };
    try {
        const regime = resolveRegimeSettings({
            allowPartialGroup1: config.allowPartialGroup1,
            group2: { tuTuatEnabled: config.tuTuatEnabled },
        });
        return ok({ config: Object.freeze(config), regime });
    }
    catch (error) {
        if (!(error instanceof InvalidRegimeConfigError))
            throw error;
        return err(problem(SANDBOX_PROBLEMS.invalidSandboxConfig, `The configuration key ${error.key} is invalid.`, {
            errors: [
                { pointer: `/body/config/${error.key}`, code: 'invalid', detail: error.message },
            ],
        }));
    }
}
/**
 * Checks a processing profile: `realistic` options only with the `realistic` profile (422).
 * @see specs/sandbox.yaml `sandboxSetProcessingProfile`
 */
export function checkProcessingProfile(profile) {
    if (profile.realistic !== undefined && profile.profile !== 'realistic') {
        return err(problem(SANDBOX_PROBLEMS.profileOptionsMismatch, `realistic options were given with the ${profile.profile} profile.`));
    }
    if (profile.profile === 'realistic' && profile.realistic === undefined) {
        return ok({ profile: 'realistic', realistic: { fractionOfLimit: 0.5 } });
    }
    return ok(profile);
}
/**
 * Checks the province mode: `connected` needs a base URL (422 otherwise).
 * @see specs/sandbox.yaml `sandboxCreateSandbox`, `sandboxUpdateSandbox`
 */
export function checkProvinceMode(mode, baseUrl) {
    if (mode === 'connected' && baseUrl === undefined) {
        return err(problem(SANDBOX_PROBLEMS.provinceBaseUrlRequired, 'provinceMode connected needs a provinceBaseUrl.'));
    }
    return ok(undefined);
}
function definedMembers(value) {
    return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined && member !== null));
}
