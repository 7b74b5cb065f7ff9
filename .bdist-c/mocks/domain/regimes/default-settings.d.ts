import type { RegimeSettings } from './settings.js';
/**
 * The sandbox defaults of every configurable regime value. Frozen by `resolveRegimeSettings`.
 * @see DOMAIN.md §3, §4, §5, §11
 */
export declare const DEFAULT_REGIME_SETTINGS: RegimeSettings;
