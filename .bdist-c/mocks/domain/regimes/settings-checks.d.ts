import type { RegimeSettings } from './settings.js';
/**
 * A semantic problem in merged settings: the key and what is wrong with it.
 * @see checkRegimeSettings
 */
export interface SettingsIssue {
    readonly key: string;
    readonly problem: string;
}
/**
 * Checks what the shape merge cannot: vocabularies, references between entries, acyclic
 * dependencies and the shape of array items. Returns the first issue found.
 * @see STYLE.md rule 8
 */
export declare function checkRegimeSettings(settings: RegimeSettings): SettingsIssue | undefined;
