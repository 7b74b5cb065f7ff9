/**
 * Prints calendar results as JSON, for `tz-independence.test.ts` to run under another TZ.
 * Not part of the public API.
 * @see DOMAIN.md §5 (Asia/Ho_Chi_Minh regardless of the machine's time zone)
 */
import { DEFAULT_HOLIDAY_CALENDAR as calendar } from './holiday-calendar.js';
import { addOfficeHours } from './office-hours.js';
import { parseSyncTimestamp, toSyncTimestamp, toVnIso } from './timestamps.js';
import { toLocalDate, vnInstant } from './vn-time.js';
import { deadline, isWorkingDay, workingDaysBetween } from './working-days.js';
/**
 * The fixed computations compared across time zones.
 * @see tz-independence.test.ts
 */
export function sampleResults() {
    const received = vnInstant('2025-01-24', '15:01');
    const parsed = parseSyncTimestamp('20260213235959');
    return {
        localDate: toLocalDate(new Date('2025-01-28T17:00:00Z')),
        vnIso: toVnIso(received),
        sync: toSyncTimestamp(received),
        deadline: toVnIso(deadline(calendar, received, 3)),
        workingSaturday: isWorkingDay(calendar, vnInstant('2026-01-10', '09:00')),
        between: workingDaysBetween(calendar, vnInstant('2025-01-01'), vnInstant('2025-12-31')),
        officeHours: toVnIso(addOfficeHours(calendar, vnInstant('2025-03-14', '16:00'), 4)),
        parsed: parsed.ok ? parsed.value.toISOString() : 'error',
    };
}
if (process.argv.includes('--print')) {
    // The machine's own offset is printed so the test can prove TZ really took effect.
    const machineOffset = new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset();
    console.log(JSON.stringify({ machineOffset, results: sampleResults() }));
}
