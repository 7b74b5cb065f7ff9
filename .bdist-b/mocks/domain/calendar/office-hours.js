import { isWorkingDate } from './holiday-calendar.js';
import { addDays, msIntoVnDay, parseLocalTime, toLocalDate, vnInstant } from './vn-time.js';
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/**
 * Default counter hours: 07:30–11:30 and 13:00–17:00 on working days.
 * @see DOMAIN.md §5 (SANDBOX DEFAULT)
 */
export const COUNTER_HOURS = createOfficeHours([
    ['07:30', '11:30'],
    ['13:00', '17:00'],
]);
/**
 * Validates sessions (well-formed, each non-empty, ordered, not overlapping) and freezes them.
 * Throws a `RangeError` naming the bad session.
 * @see DOMAIN.md §5; STYLE.md rule 8
 */
export function createOfficeHours(sessions) {
    let previousClose = -1;
    for (const [open, close] of sessions) {
        const from = parseLocalTime(open);
        const to = parseLocalTime(close);
        if (from >= to || from < previousClose) {
            throw new RangeError(`sessions: ${open}–${close} is empty, unordered or overlapping`);
        }
        previousClose = to;
    }
    if (sessions.length === 0)
        throw new RangeError('sessions: at least one session is required');
    const frozen = sessions.map(([open, close]) => Object.freeze([open, close]));
    return Object.freeze({ sessions: Object.freeze(frozen) });
}
/**
 * True when `instant` falls on a working day inside a session (open inclusive, close exclusive).
 * @see DOMAIN.md §5
 */
export function isOfficeHours(calendar, instant, hours = COUNTER_HOURS) {
    if (!isWorkingDate(calendar, toLocalDate(instant)))
        return false;
    const ms = msIntoVnDay(instant);
    return sessionsMs(hours).some(([open, close]) => ms >= open && ms < close);
}
/**
 * `instant` itself when the office is open, otherwise the next session opening.
 * @see DOMAIN.md §5
 */
export function nextOfficeOpening(calendar, instant, hours = COUNTER_HOURS) {
    return findSession(calendar, instant, hours).start;
}
/**
 * The instant `amount` working hours after `instant`, counting only session time on working
 * days (e.g. Friday 16:00 + 4 h = Monday 10:30 with the default hours). Throws a `RangeError`
 * for a negative or non-finite amount.
 * @see DOMAIN.md §3 step 0 ("≤ 4 working hours"), §5
 */
export function addOfficeHours(calendar, instant, amount, hours = COUNTER_HOURS) {
    if (!Number.isFinite(amount) || amount < 0) {
        throw new RangeError(`An amount of working hours must be finite and >= 0, got ${amount}`);
    }
    let remaining = Math.round(amount * HOUR_MS);
    let cursor = instant;
    for (;;) {
        const { start, end } = findSession(calendar, cursor, hours);
        const available = end.getTime() - start.getTime();
        if (remaining <= available)
            return new Date(start.getTime() + remaining);
        remaining -= available;
        cursor = end;
    }
}
/** The session containing `instant` (clipped to start at it), or the next one. */
function findSession(calendar, instant, hours) {
    let date = toLocalDate(instant);
    let after = msIntoVnDay(instant);
    for (;;) {
        if (isWorkingDate(calendar, date)) {
            for (const [open, close] of sessionsMs(hours)) {
                if (after < close) {
                    const midnight = vnInstant(date).getTime();
                    return {
                        start: new Date(midnight + Math.max(open, after)),
                        end: new Date(midnight + close),
                    };
                }
            }
        }
        date = addDays(date, 1);
        after = 0;
    }
}
function sessionsMs(hours) {
    return hours.sessions.map(([open, close]) => [parseLocalTime(open) * MINUTE_MS, parseLocalTime(close) * MINUTE_MS]);
}
