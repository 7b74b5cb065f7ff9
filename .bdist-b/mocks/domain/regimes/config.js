import { DEFAULT_REGIME_SETTINGS } from './default-settings.js';
import { checkRegimeSettings } from './settings-checks.js';
/**
 * Thrown when regime overrides are malformed; `key` names the offending setting
 * (e.g. `timeLimits.group2.variants.MAI_TANG_NCC`). Config fails fast at start-up.
 * @see STYLE.md rule 8
 */
export class InvalidRegimeConfigError extends Error {
    key;
    name = 'InvalidRegimeConfigError';
    constructor(key, problem) {
        super(`Invalid regime config at "${key}": ${problem}`);
        this.key = key;
    }
}
/**
 * Deep-merges partial overrides onto {@link DEFAULT_REGIME_SETTINGS}, validates the result and
 * freezes it. Objects merge key by key; arrays and primitives replace. Unknown keys, wrong types,
 * negative or fractional numbers and out-of-vocabulary values throw
 * {@link InvalidRegimeConfigError} naming the key.
 * @see DOMAIN.md §11 (every SANDBOX DEFAULT is configurable); STYLE.md rule 8
 */
export function resolveRegimeSettings(overrides = {}, base = DEFAULT_REGIME_SETTINGS) {
    const merged = mergeAt(base, overrides, '');
    const issue = checkRegimeSettings(merged);
    if (issue !== undefined)
        throw new InvalidRegimeConfigError(issue.key, issue.problem);
    return deepFreeze(merged);
}
/**
 * The defaults, resolved and frozen once (shared, immutable).
 * @see DEFAULT_REGIME_SETTINGS
 */
export const DEFAULT_SETTINGS = resolveRegimeSettings();
function mergeAt(base, override, path) {
    if (override === undefined)
        return base;
    const key = path === '' ? '(root)' : path;
    if (isPlainObject(base)) {
        if (!isPlainObject(override))
            throw new InvalidRegimeConfigError(key, 'must be an object');
        const out = { ...base };
        for (const [name, value] of Object.entries(override)) {
            const child = path === '' ? name : `${path}.${name}`;
            if (!Object.hasOwn(base, name))
                throw new InvalidRegimeConfigError(child, 'unknown key');
            out[name] = mergeAt(base[name], value, child);
        }
        return out;
    }
    if (Array.isArray(base)) {
        if (!Array.isArray(override))
            throw new InvalidRegimeConfigError(key, 'must be an array');
        return structuredClone(override);
    }
    if (base === null) {
        if (override !== null && typeof override !== 'string') {
            throw new InvalidRegimeConfigError(key, 'must be a string or null');
        }
        return override;
    }
    if (typeof override !== typeof base) {
        throw new InvalidRegimeConfigError(key, `must be a ${typeof base}`);
    }
    if (typeof override === 'number' && !(Number.isSafeInteger(override) && override >= 0)) {
        throw new InvalidRegimeConfigError(key, 'must be a non-negative integer');
    }
    return override;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function deepFreeze(value) {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
        for (const child of Object.values(value))
            deepFreeze(child);
        Object.freeze(value);
    }
    return value;
}
