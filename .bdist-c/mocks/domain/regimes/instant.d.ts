import type { Result } from '../../../contracts/result.js';
import type { RegimeProblem } from './problems.js';
/**
 * A point in time as accepted by the regime functions: a `Date`, an ISO 8601 date-time with an
 * explicit offset (`2026-09-01T00:00:00+07:00`, `…Z`), or a calendar date (`2026-09-01`) read in
 * Vietnam time.
 * @see DOMAIN.md §5 "Calendar"; specs/common.yaml `DateTime`
 */
export type Instant = Date | string;
/**
 * The calendar date (`yyyy-MM-dd`) of an instant in Vietnam time, independent of the host's
 * time zone. Date-times without an offset are refused: their meaning would depend on the host.
 * @see DOMAIN.md §5 "Calendar"
 */
export declare function vietnamDate(instant: Instant): Result<string, RegimeProblem>;
