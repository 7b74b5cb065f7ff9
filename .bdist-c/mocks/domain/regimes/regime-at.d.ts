import type { Result } from '../../../contracts/result.js';
import type { Instant } from './instant.js';
import type { RegimeProblem } from './problems.js';
import type { GroupDefinition, Regime } from './regime-table.js';
import type { GroupId, RegimeId } from './vocabulary.js';
/**
 * A regime given by id or as the object returned by {@link regimeAt}.
 * @see REGIMES
 */
export type RegimeRef = RegimeId | Regime;
/**
 * Whether a calendar date falls within an inclusive validity window (`null` = open end).
 * @see DOMAIN.md §1 SANDBOX DEFAULT (`validFrom`/`validTo`)
 */
export declare function isInForce(validFrom: string | null, validTo: string | null, date: string): boolean;
/**
 * The regime with this id.
 * @see REGIMES
 */
export declare function getRegime(ref: RegimeRef): Regime;
/**
 * The regime in force at an instant, chosen by its calendar date in Vietnam time:
 * 2026-08-31T23:59:59+07:00 → `ND63_2024`, 2026-09-01T00:00:00+07:00 → `ND301_2026`.
 * Before 2024-07-01 there is no interlinked regime (`NO_REGIME`).
 * @see DOMAIN.md §1 (the regime is chosen by the submission timestamp)
 */
export declare function regimeAt(instant: Instant): Result<Regime, RegimeProblem>;
/**
 * The definition (TTHC code, legs, combinations) of a group in a regime.
 * @see DOMAIN.md §1 regime table
 */
export declare function procedureFor(regime: RegimeRef, group: GroupId): GroupDefinition;
