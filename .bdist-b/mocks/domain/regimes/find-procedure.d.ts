import type { Result } from '../../../contracts/result.js';
import type { Instant } from './instant.js';
import type { RegimeProblem } from './problems.js';
import type { ProcedureEntry } from './procedure-table.js';
import type { GroupId, RegimeId } from './vocabulary.js';
/**
 * A procedure code resolved at an instant.
 * @see findProcedure
 */
export interface ProcedureMatch {
    /** The code as given, possibly with a provincial suffix (`2.000986.H36`). */
    readonly requested: string;
    readonly provinceSuffix: string | null;
    /** Registry entry of the national code. */
    readonly entry: ProcedureEntry;
    /** The group procedure the code stands for, or `null` for legacy and standalone codes. */
    readonly groupProcedure: {
        readonly regime: RegimeId;
        readonly group: GroupId;
        readonly code: string;
    } | null;
    readonly validFrom: string | null;
    readonly validTo: string | null;
}
/**
 * Looks up a TTHC code (optionally with a provincial suffix) at an instant. Aliases resolve to
 * their target, the group-2 portal route to the group code of the regime in force. A code
 * outside its validity window is `PROCEDURE_NOT_IN_FORCE`, naming the code in force instead.
 * @see DOMAIN.md §1 "Legacy and related codes", §6.4, §11 #16
 */
export declare function findProcedure(maTTHC: string, at: Instant): Result<ProcedureMatch, RegimeProblem>;
