import type { Result } from '../../../contracts/result.js';
import type { RegimeProblem } from './problems.js';
import type { RegimeRef } from './regime-at.js';
import type { RegimeSettings } from './settings.js';
import type { AgencyLevel, BenefitVariant, GroupId, LegCode, RegimeId, SystemId } from './vocabulary.js';
/**
 * One leg of a plan: who decides it, what it waits for and how long it may take.
 * @see DOMAIN.md §3, §4, §5
 */
export interface PlanStep {
    readonly leg: LegCode;
    /** 0 for legs that start at once; otherwise 1 + the latest stage among `dependsOn`. */
    readonly stage: number;
    /** Legs that must have succeeded first (CC is skipped when TT is refused). */
    readonly dependsOn: readonly LegCode[];
    readonly system: SystemId;
    readonly agency: AgencyLevel;
    /** Benefit variant of an MT or TU leg; `null` for other legs. */
    readonly variant: BenefitVariant | null;
    readonly workingDays: number;
    /** For same-day (0 WD) legs: the local time after which the next WD counts. */
    readonly sameDayCutoff: string | null;
    readonly countsTowardGroupLimit: boolean;
    /** Suffix of the leg's dossier code (`-KS`). */
    readonly dossierSuffix: string;
}
/**
 * The ordered steps of a validated combination and the group's time limit.
 * @see legPlan
 */
export interface LegPlan {
    readonly regime: RegimeId;
    readonly group: GroupId;
    readonly procedureCode: string;
    readonly steps: readonly PlanStep[];
    readonly groupWorkingDays: number;
    readonly supplement: RegimeSettings['timeLimits']['supplement'];
}
/**
 * Options of {@link legPlan}. Without a variant, MT takes the first routing rule's funeral
 * variant and TU the one-time survivor variant.
 * @see DOMAIN.md §4
 */
export interface PlanOptions {
    readonly settings?: RegimeSettings;
    readonly variants?: {
        readonly MT?: BenefitVariant;
        readonly TU?: BenefitVariant;
    };
    /** Residence needs verification (TT ≤ 5 WD, group 1 ≤ 5 WD). */
    readonly withVerification?: boolean;
}
/**
 * Validates a combination ({@link validateCombination}) and orders its legs into steps with
 * dependencies, deciding agency, per-leg limits (SANDBOX DEFAULTs of DOMAIN.md §5) and the group
 * limit: group 1 = 3 WD (5 with verification), CC outside; group 2 = 1 WD + the longest leg.
 * @see DOMAIN.md §3 "Order between steps", §4, §5
 */
export declare function legPlan(regime: RegimeRef, group: GroupId, legs: readonly string[], options?: PlanOptions): Result<LegPlan, RegimeProblem>;
/**
 * The group's time limit in WD and the legs that run outside it.
 * @see legPlan; DOMAIN.md §5
 */
export declare function groupTimeLimit(regime: RegimeRef, group: GroupId, legs: readonly string[], options?: PlanOptions): Result<{
    readonly workingDays: number;
    readonly outside: readonly PlanStep[];
}, RegimeProblem>;
