import type { Result } from '../../../contracts/result.js';
import type { RegimeProblem } from './problems.js';
import type { RegimeRef } from './regime-at.js';
import type { RegimeSettings } from './settings.js';
import type { GroupId, LegCode } from './vocabulary.js';
/**
 * Checks the legs a citizen selected for a group against the regime's rules, in order:
 * `LEG_NOT_IN_GROUP` / `LEG_NOT_IN_REGIME` (e.g. CC before 01/09/2026), `DUPLICATE_LEG`,
 * `MANDATORY_LEG_MISSING`, `DEPENDENCY_NOT_SELECTED` (a leg whose prerequisite is not selected),
 * the selection rules (`TU_REQUIRES_MT`), then the table of allowed combinations
 * (`NOT_AN_ALLOWED_COMBINATION`, or `PARTIAL_GROUP1_DISABLED` / `TU_TUAT_DISABLED` when the
 * combination exists but its switch is off). Returns the legs in canonical order.
 * @see DOMAIN.md §3 "Combinations", §4 step 1, §11 #4, #20
 */
export declare function validateCombination(regime: RegimeRef, group: GroupId, legs: readonly string[], settings?: RegimeSettings): Result<readonly LegCode[], RegimeProblem>;
