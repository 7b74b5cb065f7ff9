import { problem } from '../../contracts/problems.js';
import { err, ok } from '../../contracts/result.js';
import { isWorkingDay, nextWorkingDate, toLocalDate, toVnIso, vnInstant, VN_OFFSET_MS, } from '../../mocks/domain/calendar/index.js';
import { SANDBOX_PROBLEMS } from './problems.js';
/** When the counters open on a working day. @see mocks/domain/calendar `COUNTER_HOURS` */
const OFFICE_OPENS = '07:30';
const DAY_MS = 24 * 60 * 60 * 1000;
/** The furthest a single move may go. @see specs/sandbox.yaml `sandboxAdvanceClock` */
export const MAX_ADVANCE_MS = 366 * DAY_MS;
/**
 * Label prefixes of clock timers, by the kind of due work they stand for. Whoever schedules work
 * on a sandbox clock (hub steps, deadlines, webhook retries) labels it `<prefix><anything>` so
 * `sandboxAdvanceClock` can count it.
 * @see specs/sandbox.yaml `ClockAdvanceEffects`
 */
export const TIMER_LABEL_PREFIXES = {
    stepsDecided: 'step:',
    deadlinesPassed: 'deadline:',
    webhooksAttempted: 'webhook:',
};
/**
 * The clock as the control plane reports it: instant in +07:00, frozen flag, offset from real
 * time, whether today is a working day and when the next working day's counters open.
 * @see specs/sandbox.yaml `ClockState`
 */
export function clockState(clock, calendar) {
    const now = clock.now();
    return {
        now: toVnIso(now),
        frozen: clock.isFrozen(),
        offsetMs: Math.round(clock.offsetMs()),
        isWorkingDay: isWorkingDay(calendar, now),
        nextWorkingDayStart: toVnIso(vnInstant(nextWorkingDate(calendar, toLocalDate(now)), OFFICE_OPENS)),
    };
}
/**
 * Counts the timers a move fired by their label prefix (timers with other labels count nowhere).
 * @see TIMER_LABEL_PREFIXES
 */
export function effectsOf(report) {
    const effects = { stepsDecided: 0, deadlinesPassed: 0, webhooksAttempted: 0 };
    for (const timer of report.fired) {
        for (const [kind, prefix] of Object.entries(TIMER_LABEL_PREFIXES)) {
            if (timer.label.startsWith(prefix))
                effects[kind] += 1;
        }
    }
    return effects;
}
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;
/**
 * The instant an ISO 8601 duration after `from`, in calendar time on the Vietnamese civil
 * calendar (P1M from 31/1 lands on the last day of February). Malformed → 400-style problem.
 * @see specs/sandbox.yaml `ClockAdvanceByDuration`
 */
export function addDuration(from, duration) {
    const match = DURATION.exec(duration);
    if (!match || duration === 'P' || duration.endsWith('T')) {
        return err(outOfRange(`${duration} is not an ISO 8601 duration.`));
    }
    const [years, months, weeks, days, hours, minutes] = match
        .slice(1, 7)
        .map((part) => Number(part ?? 0));
    const seconds = Number((match[7] ?? '0').replace(',', '.'));
    // Calendar arithmetic on the +07:00 wall clock, then back to an instant.
    const local = new Date(from.getTime() + VN_OFFSET_MS);
    const day = local.getUTCDate();
    local.setUTCDate(1);
    local.setUTCMonth(local.getUTCMonth() + years * 12 + months);
    const lastDay = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
    local.setUTCDate(Math.min(day, lastDay));
    const shifted = local.getTime() -
        VN_OFFSET_MS +
        (weeks * 7 + days) * DAY_MS +
        ((hours * 60 + minutes) * 60 + seconds) * 1000;
    return ok(new Date(Math.round(shifted)));
}
/**
 * The instant `workingDays` Vietnamese working days after `from` (weekends, public holidays and
 * Tết skipped): the civil date is moved one working day at a time, the time of day is `at`
 * ('HH:mm') or that of `from`. From a Saturday, one working day is the Monday.
 * @see specs/sandbox.yaml `ClockAdvanceByWorkingDays`; DOMAIN.md §5
 */
export function addWorkingDaysAt(calendar, from, workingDays, at) {
    let date = toLocalDate(from);
    for (let i = 0; i < workingDays; i += 1)
        date = nextWorkingDate(calendar, date);
    if (at !== undefined)
        return vnInstant(date, at);
    const timeOfDay = from.getTime() - vnInstant(toLocalDate(from)).getTime();
    return new Date(vnInstant(date).getTime() + timeOfDay);
}
/**
 * Refuses a forward move that is empty or lands more than 366 days ahead (422).
 * @see specs/sandbox.yaml `sandboxAdvanceClock`
 */
export function checkAdvance(from, to) {
    const ms = to.getTime() - from.getTime();
    if (ms <= 0)
        return err(outOfRange('The clock must move forward by more than zero.'));
    if (ms > MAX_ADVANCE_MS)
        return err(outOfRange('The target lies more than 366 days ahead.'));
    return ok(undefined);
}
function outOfRange(detail) {
    return problem(SANDBOX_PROBLEMS.clockMoveOutOfRange, detail);
}
