import type { RegimeConfig, RegimeSettings } from './settings.js';
/**
 * Thrown when regime overrides are malformed; `key` names the offending setting
 * (e.g. `timeLimits.group2.variants.MAI_TANG_NCC`). Config fails fast at start-up.
 * @see STYLE.md rule 8
 */
export declare class InvalidRegimeConfigError extends Error {
    readonly key: string;
    readonly name = "InvalidRegimeConfigError";
    constructor(key: string, problem: string);
}
/**
 * Deep-merges partial overrides onto {@link DEFAULT_REGIME_SETTINGS}, validates the result and
 * freezes it. Objects merge key by key; arrays and primitives replace. Unknown keys, wrong types,
 * negative or fractional numbers and out-of-vocabulary values throw
 * {@link InvalidRegimeConfigError} naming the key.
 * @see DOMAIN.md §11 (every SANDBOX DEFAULT is configurable); STYLE.md rule 8
 */
export declare function resolveRegimeSettings(overrides?: RegimeConfig, base?: RegimeSettings): RegimeSettings;
/**
 * The defaults, resolved and frozen once (shared, immutable).
 * @see DEFAULT_REGIME_SETTINGS
 */
export declare const DEFAULT_SETTINGS: RegimeSettings;
