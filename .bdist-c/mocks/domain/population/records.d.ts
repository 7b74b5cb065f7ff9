import type { Draft, GenerationContext } from './context.js';
import type { EntitlementKind } from './social.js';
import type { Entitlement, InsuranceCategory, MedicalBirthCertificate, Person, SocialCategory } from './types.js';
/** The shared VNeID account values. @see specs/vneid.yaml `VneidAccount` */
export declare const VNEID: {
    readonly NONE: Readonly<{
        level: 0;
        status: "NOT_ACTIVATED";
    }>;
    readonly LEVEL1: Readonly<{
        level: 1;
        status: "ACTIVE";
    }>;
    readonly LEVEL2: Readonly<{
        level: 2;
        status: "ACTIVE";
    }>;
    readonly LEVEL2_NOT_ACTIVATED: Readonly<{
        level: 2;
        status: "NOT_ACTIVATED";
    }>;
    readonly LEVEL2_LOCKED: Readonly<{
        level: 2;
        status: "LOCKED";
    }>;
};
/** Entitlements are listed in the order benefit routing considers them. @see DOMAIN.md §4 */
export declare const ROUTING_ORDER: readonly SocialCategory[];
/**
 * Gives an adult an insurance record of this category, replacing any earlier one.
 * @see insuranceRecord
 */
export declare function applyInsurance(ctx: GenerationContext, person: Person, category: Exclude<InsuranceCategory, 'NOT_PARTICIPATING'>, voluntary?: boolean): void;
/**
 * Old-age support (the social pension, or old-age social assistance before it) is for people
 * without a pension or monthly benefit: removes it, and removes such a pension when it is granted.
 * @see SOCIAL_PENSION_FROM
 */
export declare function dropOldAgeSupport(ctx: GenerationContext, person: Person): void;
/**
 * Whether an entitlement is old-age support (excludes a pension).
 * @see dropOldAgeSupport
 */
export declare function isOldAgeSupport(e: Entitlement): boolean;
/**
 * Adds an entitlement (one per category), keeping routing order.
 * @see entitlement
 */
export declare function applyEntitlement(ctx: GenerationContext, person: Person, kind: EntitlementKind): void;
/**
 * Issues a child's BHXH code and TE1 card in the province of residence, valid from birth to the
 * end of the under-6 cover, with the commune's health station for initial care.
 * @see childCardValidity; DOMAIN.md §6.2
 */
export declare function applyChildCard(ctx: GenerationContext, child: Person): void;
/**
 * A death in the last two weeks that nobody has registered yet; at a facility (35%) it comes
 * with a death notice.
 * @see DOMAIN.md §4 step 0; DEATH_DECLARATION_DAYS
 */
export declare function applyRecentDeath(ctx: GenerationContext, person: Draft<Person>): void;
/**
 * The mother gave birth 1–14 days ago: the facility issued a certificate, not yet registered.
 * @see issueBirthCertificate
 */
export declare function applyPendingBirth(ctx: GenerationContext, mother: Person): MedicalBirthCertificate;
/**
 * The certificate a registered newborn was born with (already used).
 * @see issueBirthCertificate
 */
export declare function applyUsedBirthCertificate(ctx: GenerationContext, child: Person, birthDay: number): void;
