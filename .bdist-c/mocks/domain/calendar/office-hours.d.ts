/**
 * Counter hours (giờ hành chính) of a one-stop desk, and arithmetic in working hours, e.g. the
 * "≤ 4 working hours" within which a facility sends a signed birth or death notice.
 *
 * @see DOMAIN.md §5 (SANDBOX DEFAULT 07:30–11:30 and 13:00–17:00), §3 step 0, §4 step 0
 */
import type { HolidayCalendar } from './holiday-calendar.js';
import type { LocalTime } from './vn-time.js';
/**
 * Ordered, non-overlapping sessions `[open, close)` of a working day, in +07:00 wall-clock time.
 * @see DOMAIN.md §5
 */
export interface OfficeHours {
    readonly sessions: readonly (readonly [LocalTime, LocalTime])[];
}
/**
 * Default counter hours: 07:30–11:30 and 13:00–17:00 on working days.
 * @see DOMAIN.md §5 (SANDBOX DEFAULT)
 */
export declare const COUNTER_HOURS: OfficeHours;
/**
 * Validates sessions (well-formed, each non-empty, ordered, not overlapping) and freezes them.
 * Throws a `RangeError` naming the bad session.
 * @see DOMAIN.md §5; STYLE.md rule 8
 */
export declare function createOfficeHours(sessions: readonly (readonly [LocalTime, LocalTime])[]): OfficeHours;
/**
 * True when `instant` falls on a working day inside a session (open inclusive, close exclusive).
 * @see DOMAIN.md §5
 */
export declare function isOfficeHours(calendar: HolidayCalendar, instant: Date, hours?: OfficeHours): boolean;
/**
 * `instant` itself when the office is open, otherwise the next session opening.
 * @see DOMAIN.md §5
 */
export declare function nextOfficeOpening(calendar: HolidayCalendar, instant: Date, hours?: OfficeHours): Date;
/**
 * The instant `amount` working hours after `instant`, counting only session time on working
 * days (e.g. Friday 16:00 + 4 h = Monday 10:30 with the default hours). Throws a `RangeError`
 * for a negative or non-finite amount.
 * @see DOMAIN.md §3 step 0 ("≤ 4 working hours"), §5
 */
export declare function addOfficeHours(calendar: HolidayCalendar, instant: Date, amount: number, hours?: OfficeHours): Date;
