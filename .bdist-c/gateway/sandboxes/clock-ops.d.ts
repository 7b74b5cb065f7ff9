/**
 * The clock operations of the control plane as pure functions over a sandbox's Clock and
 * calendar: its wire state, ISO 8601 durations, working-day targets and what a move fired.
 * @see specs/sandbox.yaml (tag clock); DESIGN.md §3 ("Time comes from a Clock per sandbox")
 */
import type { components } from '../../contracts/generated/sandbox.js';
import { type Problem } from '../../contracts/problems.js';
import { type Result } from '../../contracts/result.js';
import { type HolidayCalendar } from '../../mocks/domain/calendar/index.js';
import type { Clock, ClockRunReport } from '../../mocks/ports/clock/clock.js';
/** The wire state of a clock (`ClockState`). */
export type ClockState = components['schemas']['ClockState'];
/** What due work a move ran (`ClockAdvanceEffects`). */
export type ClockAdvanceEffects = components['schemas']['ClockAdvanceEffects'];
/** The furthest a single move may go. @see specs/sandbox.yaml `sandboxAdvanceClock` */
export declare const MAX_ADVANCE_MS: number;
/**
 * Label prefixes of clock timers, by the kind of due work they stand for. Whoever schedules work
 * on a sandbox clock (hub steps, deadlines, webhook retries) labels it `<prefix><anything>` so
 * `sandboxAdvanceClock` can count it.
 * @see specs/sandbox.yaml `ClockAdvanceEffects`
 */
export declare const TIMER_LABEL_PREFIXES: {
    readonly stepsDecided: "step:";
    readonly deadlinesPassed: "deadline:";
    readonly webhooksAttempted: "webhook:";
};
/**
 * The clock as the control plane reports it: instant in +07:00, frozen flag, offset from real
 * time, whether today is a working day and when the next working day's counters open.
 * @see specs/sandbox.yaml `ClockState`
 */
export declare function clockState(clock: Clock, calendar: HolidayCalendar): ClockState;
/**
 * Counts the timers a move fired by their label prefix (timers with other labels count nowhere).
 * @see TIMER_LABEL_PREFIXES
 */
export declare function effectsOf(report: ClockRunReport): ClockAdvanceEffects;
/**
 * The instant an ISO 8601 duration after `from`, in calendar time on the Vietnamese civil
 * calendar (P1M from 31/1 lands on the last day of February). Malformed → 400-style problem.
 * @see specs/sandbox.yaml `ClockAdvanceByDuration`
 */
export declare function addDuration(from: Date, duration: string): Result<Date, Problem>;
/**
 * The instant `workingDays` Vietnamese working days after `from` (weekends, public holidays and
 * Tết skipped): the civil date is moved one working day at a time, the time of day is `at`
 * ('HH:mm') or that of `from`. From a Saturday, one working day is the Monday.
 * @see specs/sandbox.yaml `ClockAdvanceByWorkingDays`; DOMAIN.md §5
 */
export declare function addWorkingDaysAt(calendar: HolidayCalendar, from: Date, workingDays: number, at?: string): Date;
/**
 * Refuses a forward move that is empty or lands more than 366 days ahead (422).
 * @see specs/sandbox.yaml `sandboxAdvanceClock`
 */
export declare function checkAdvance(from: Date, to: Date): Result<void, Problem>;
