import { err, ok } from '../../../contracts/result.js';
import { regimeProblem } from './problems.js';
/** Asia/Ho_Chi_Minh is UTC+7 all year (no DST) [high] IANA time-zone database. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
/**
 * The calendar date (`yyyy-MM-dd`) of an instant in Vietnam time, independent of the host's
 * time zone. Date-times without an offset are refused: their meaning would depend on the host.
 * @see DOMAIN.md §5 "Calendar"
 */
export function vietnamDate(instant) {
    if (typeof instant === 'string' && DATE_ONLY.test(instant)) {
        return isCalendarDate(instant) ? ok(instant) : invalid();
    }
    if (typeof instant === 'string' && !DATE_TIME_WITH_OFFSET.test(instant))
        return invalid();
    const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
    if (Number.isNaN(ms))
        return invalid();
    return ok(new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10));
}
function isCalendarDate(date) {
    const parsed = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}
function invalid() {
    return err(regimeProblem('INVALID_INSTANT', 'Expected a Date, an ISO 8601 date-time with an offset, or a date yyyy-MM-dd.'));
}
