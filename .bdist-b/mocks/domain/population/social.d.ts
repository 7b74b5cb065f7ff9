import type { GenerationContext } from './context.js';
import type { Entitlement, Person, SocialCategory } from './types.js';
/**
 * The social pension starts on this day, at 75 (Luật BHXH 41/2024/QH15 Art. 21–22, from
 * 01/07/2025; 500,000 đ a month, NĐ 176/2025/NĐ-CP). Before it, people aged 80+ without a pension
 * received social assistance instead (NĐ 20/2021/NĐ-CP Art. 5).
 * @see Luật BHXH 41/2024/QH15 Art. 21–22; NĐ 176/2025/NĐ-CP
 */
export declare const SOCIAL_PENSION_FROM = "2025-07-01";
/** @see SOCIAL_PENSION_FROM */
export declare const SOCIAL_PENSION_AGE = 75;
/** @see SOCIAL_PENSION_FROM */
export declare const SOCIAL_PENSION_AMOUNT = 500000;
/** Persons with merit moved from Sở LĐTB&XH to Sở Nội vụ on this day. @see NQ 176/2025/QH15 */
export declare const HOME_AFFAIRS_FROM = "2025-03-01";
/**
 * Description of old-age social assistance (aged 80+ without a pension).
 * @see NĐ 20/2021/NĐ-CP Art. 5
 */
export declare const OLD_AGE_ASSISTANCE = "Ng\u01B0\u1EDDi cao tu\u1ED5i t\u1EEB \u0111\u1EE7 80 tu\u1ED5i kh\u00F4ng c\u00F3 l\u01B0\u01A1ng h\u01B0u";
/**
 * What kind of entitlement to grant.
 * @see entitlement
 */
export type EntitlementKind = SocialCategory | 'DISABILITY';
/**
 * An entitlement of the given kind for a person, managed in their commune or province.
 * `SOCIAL_ASSISTANCE` is old-age assistance (80+), `DISABILITY` disability assistance (also
 * category `SOCIAL_ASSISTANCE`).
 * @see EntitlementKind
 */
export declare function entitlement(ctx: GenerationContext, person: Person, kind: EntitlementKind): Entitlement;
/**
 * The standard social-assistance level on a date, from the regimes' dated table.
 * @see DEFAULT_SETTINGS (benefits.standardLevels)
 */
export declare function standardLevel(onDate: string): number;
