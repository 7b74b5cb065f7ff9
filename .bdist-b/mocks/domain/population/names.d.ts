import type { NameStyleData } from './name-tables.js';
import type { Prng } from './prng.js';
import type { Region } from './province-weights.js';
import type { Sex } from './types.js';
/**
 * The parts of a name and the full name, all NFC.
 * @see drawName
 */
export interface DrawnName {
    readonly surname: string;
    readonly middleName: string;
    readonly givenName: string;
    readonly fullName: string;
}
/**
 * What a name is drawn for.
 * @see drawName
 */
export interface NameRequest {
    readonly ethnicity: string;
    readonly sex: Sex;
    readonly birthYear: number;
    readonly region: Region;
    /** The inherited family name; drawn when absent. */
    readonly surname?: string;
    /** Given names not to repeat (the parents'). */
    readonly avoidGiven?: readonly string[];
}
/**
 * Middle names switch from mostly "Văn"/"Thị" to a wider choice for those born from this year.
 * @see KINH_MIDDLE_NAMES
 */
export declare const YOUNGER_NAMES_FROM = 1985;
/**
 * Whether children of this ethnicity take their mother's clan name and ethnicity.
 * @see NAME_STYLES
 */
export declare function isMatrilineal(ethnicity: string): boolean;
/**
 * A family name for a founder of a family line (nobody to inherit it from).
 * @see KINH_SURNAMES; NAME_STYLES
 */
export declare function drawSurname(rng: Prng, ethnicity: string, region: Region): string;
/**
 * Draws a full name. The given name never repeats the middle name or one of `avoidGiven`.
 * @see NameRequest
 */
export declare function drawName(rng: Prng, request: NameRequest): DrawnName;
/**
 * Joins name parts in the style's order, skipping empty parts ("Y Moan Niê", "Nguyễn Văn An").
 * @see NameStyleData.order
 */
export declare function composeFullName(surname: string, middleName: string, givenName: string, order: NameStyleData['order']): string;
