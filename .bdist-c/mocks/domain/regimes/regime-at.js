import { err, ok } from '../../../contracts/result.js';
import { vietnamDate } from './instant.js';
import { regimeProblem } from './problems.js';
import { REGIMES } from './regime-table.js';
/**
 * Whether a calendar date falls within an inclusive validity window (`null` = open end).
 * @see DOMAIN.md §1 SANDBOX DEFAULT (`validFrom`/`validTo`)
 */
export function isInForce(validFrom, validTo, date) {
    return (validFrom === null || validFrom <= date) && (validTo === null || date <= validTo);
}
/**
 * The regime with this id.
 * @see REGIMES
 */
export function getRegime(ref) {
    if (typeof ref !== 'string')
        return ref;
    const regime = REGIMES.find((r) => r.id === ref);
    if (regime === undefined)
        throw new RangeError(`Unknown regime id ${ref}`);
    return regime;
}
/**
 * The regime in force at an instant, chosen by its calendar date in Vietnam time:
 * 2026-08-31T23:59:59+07:00 → `ND63_2024`, 2026-09-01T00:00:00+07:00 → `ND301_2026`.
 * Before 2024-07-01 there is no interlinked regime (`NO_REGIME`).
 * @see DOMAIN.md §1 (the regime is chosen by the submission timestamp)
 */
export function regimeAt(instant) {
    const date = vietnamDate(instant);
    if (!date.ok)
        return date;
    const regime = REGIMES.find((r) => isInForce(r.validFrom, r.validTo, date.value));
    if (regime !== undefined)
        return ok(regime);
    const first = REGIMES.map((r) => r.validFrom).sort()[0];
    return err(regimeProblem('NO_REGIME', `No interlinked regime on ${date.value}; the first starts ${first}.`));
}
/**
 * The definition (TTHC code, legs, combinations) of a group in a regime.
 * @see DOMAIN.md §1 regime table
 */
export function procedureFor(regime, group) {
    return getRegime(regime).groups[group];
}
