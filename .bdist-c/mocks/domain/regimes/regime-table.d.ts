import type { CombinationRule } from './problems.js';
import type { GroupId, LegCode, RegimeId } from './vocabulary.js';
/**
 * Which setting switches an allowed combination on. `ALWAYS` needs none.
 * @see DOMAIN.md §11 #4 (`allowPartialGroup1`), #20 (`group2.tuTuatEnabled`)
 */
export type CombinationSwitch = 'ALWAYS' | 'allowPartialGroup1' | 'group2.tuTuatEnabled';
/**
 * A set of legs a citizen may select together, and the switch it needs.
 * @see DOMAIN.md §3 "Combinations", §4 step 1
 */
export interface AllowedCombination {
    readonly legs: readonly LegCode[];
    readonly enabledBy: CombinationSwitch;
}
/**
 * A selection rule: choosing `leg` requires also choosing `requires` (not a processing order).
 * @see DOMAIN.md §4 step 1
 */
export interface SelectionRule {
    readonly leg: LegCode;
    readonly requires: LegCode;
    readonly rule: CombinationRule;
}
/**
 * One procedure group within a regime.
 * @see DOMAIN.md §1 regime table
 */
export interface GroupDefinition {
    readonly group: GroupId;
    /** The group's TTHC code in this regime. */
    readonly procedureCode: string;
    readonly title: string;
    readonly source: string;
    /** Legs that exist in this group and regime, in canonical order. */
    readonly legs: readonly LegCode[];
    /** Legs every selection must contain. */
    readonly mandatory: readonly LegCode[];
    readonly selectionRules: readonly SelectionRule[];
    readonly combinations: readonly AllowedCombination[];
}
/**
 * A legal regime: its validity (inclusive calendar dates, Vietnam time) and its two groups.
 * @see DOMAIN.md §1
 */
export interface Regime {
    readonly id: RegimeId;
    readonly legalBasis: string;
    readonly validFrom: string;
    /** Last day in force; `null` while open-ended. */
    readonly validTo: string | null;
    /** The coordinating component: the interlinking software or the national portal. */
    readonly hub: 'PHAN_MEM_DVC_LIEN_THONG' | 'CONG_DVCQG';
    readonly performedAt: string;
    readonly groups: Readonly<Record<GroupId, GroupDefinition>>;
}
/**
 * The two regimes as data. Codes [medium] QĐ 296/QĐ-VPCP, QĐ 3582/QĐ-UBND; validity is the
 * SANDBOX DEFAULT of DOMAIN.md §1 (2024 codes to 2026-08-31, 2026 codes from 2026-09-01).
 * @see DOMAIN.md §1, §3, §4
 */
export declare const REGIMES: readonly Regime[];
