import type { AgencyLevel, BenefitVariant, DeceasedCategory, LegCode, SystemId } from './vocabulary.js';
/**
 * Who decides a leg: the sandbox system and the agency level.
 * @see DOMAIN.md §2
 */
export interface DecidedBy {
    readonly system: SystemId;
    readonly agency: AgencyLevel;
}
/**
 * Per-leg facts shared by both regimes.
 * @see DOMAIN.md §3 "Order between steps", §4 step 4
 */
export interface LegSettings {
    /** Legs that must have succeeded before this one starts. */
    readonly dependsOn: readonly LegCode[];
    /** The deciding system and agency, or `BY_VARIANT` when the benefit variant decides (MT, TU). */
    readonly decidedBy: DecidedBy | 'BY_VARIANT';
}
/**
 * Time limits in working days (WD). 0 WD means "the same WD", with the cut-off.
 * @see DOMAIN.md §5; §11 #1, #2 (keys `timeLimits.group1.*`, `timeLimits.group2.*`)
 */
export interface TimeLimitSettings {
    /** A dossier received after this local time (HH:mm) counts from the next WD. */
    readonly sameDayCutoff: string;
    readonly supplement: {
        /** WD the citizen has to complete a dossier before it is rejected. */
        readonly workingDays: number;
        /** Whether the processing clock stops while a supplement is awaited. */
        readonly clockPauses: boolean;
    };
    readonly group1: {
        readonly KS: number;
        readonly TT: number;
        readonly ttWithVerification: number;
        readonly BHYT: number;
        readonly CC: number;
        readonly total: number;
        readonly totalWithVerification: number;
        /** Legs whose limit runs outside the group limit. */
        readonly outsideGroupLimit: readonly LegCode[];
    };
    readonly group2: {
        readonly KT: number;
        readonly XTT: number;
        /** The group limit is `intake` WD plus the longest selected leg. */
        readonly intake: number;
        readonly variants: Readonly<Record<BenefitVariant, number>>;
    };
}
/**
 * Fees in đồng.
 * @see DOMAIN.md §5 "Fees"
 */
export interface FeeSettings {
    readonly residence: {
        readonly inPerson: number;
        readonly online: number;
        /** Children are exempt (group 1 registers a child, so TT is 0 đ by default). */
        readonly childrenExempt: boolean;
    };
    /** Per extract copy (bản sao trích lục) of a birth or death registration; province-set. */
    readonly extractCopy: number;
    /** Flat fee of every other leg. */
    readonly legs: Readonly<Record<Exclude<LegCode, 'TT'>, number>>;
}
/**
 * How a benefit amount is computed: a multiple of the social-insurance reference amount, a
 * multiple of the social-assistance standard level, or not modelled.
 * @see DOMAIN.md §11 #14
 */
export interface AmountRule {
    readonly formula: 'REFERENCE_MULTIPLE' | 'STANDARD_MULTIPLE' | 'NOT_MODELLED';
    readonly multiple: number;
}
/**
 * One benefit variant: its leg, deciding system and agency, procedure code and amount rule.
 * @see DOMAIN.md §4 variant table; §11 #13
 */
export interface VariantSettings extends DecidedBy {
    readonly leg: 'MT' | 'TU';
    /** Standalone TTHC code of the variant, when one is known. */
    readonly procedureCode: string | null;
    readonly amount: AmountRule;
    /** DOMAIN.md tag and source of the row. */
    readonly source: string;
}
/**
 * One routing step: the first rule whose categories meet the deceased's picks the funeral variant.
 * @see DOMAIN.md §4 "SANDBOX DEFAULT routing"
 */
export interface RoutingRule {
    readonly anyOf: readonly DeceasedCategory[];
    readonly funeral: BenefitVariant;
    /** Whether survivor benefits (TU) can be granted on this route. */
    readonly survivor: boolean;
}
/**
 * An amount in force from a date (Vietnam calendar date) until the next entry.
 * @see DOMAIN.md §11 #14
 */
export interface DatedAmount {
    readonly from: string;
    readonly amount: number;
    readonly legalBasis: string;
}
/**
 * Benefit routing, variants and amounts of group 2.
 * @see DOMAIN.md §4, §11 #13, #14
 */
export interface BenefitSettings {
    readonly routing: readonly RoutingRule[];
    /** Survivor variant by kind of survivor benefit requested. */
    readonly survivorVariants: {
        readonly ONE_TIME: BenefitVariant;
        readonly MONTHLY: BenefitVariant;
    };
    readonly variants: Readonly<Record<BenefitVariant, VariantSettings>>;
    /** Social-insurance reference amount (mức tham chiếu). */
    readonly referenceAmounts: readonly DatedAmount[];
    /** Social-assistance standard level (mức chuẩn trợ giúp xã hội). */
    readonly standardLevels: readonly DatedAmount[];
}
/**
 * Every configurable value of the regime interpreter, resolved and frozen.
 * Build one with `resolveRegimeSettings(overrides)`.
 * @see DOMAIN.md §11; STYLE.md rule 8
 */
export interface RegimeSettings {
    /** Allow group-1 combinations that drop a leg (DOMAIN.md §11 #4). */
    readonly allowPartialGroup1: boolean;
    readonly group2: {
        /** Offer the survivor-benefit leg (DOMAIN.md §11 #20). */
        readonly tuTuatEnabled: boolean;
    };
    readonly legs: Readonly<Record<LegCode, LegSettings>>;
    readonly timeLimits: TimeLimitSettings;
    readonly fees: FeeSettings;
    readonly benefits: BenefitSettings;
}
/**
 * Partial overrides of {@link RegimeSettings}: objects merge key by key, arrays and primitives
 * replace. Unknown keys are rejected by `resolveRegimeSettings`.
 * @see STYLE.md rule 8
 */
export type RegimeConfig = DeepPartial<RegimeSettings>;
/** Partial at every object level; arrays are replaced whole. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? {
    readonly [K in keyof T]?: DeepPartial<T[K]>;
} : T;
