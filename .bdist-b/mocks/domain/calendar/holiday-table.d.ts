/**
 * THE holiday table: the one place to change when the government declares a year's schedule.
 *
 * Declared years list every weekday closure and every make-up weekend day the public sector
 * (cán bộ, công chức, viên chức) was given; weekend holidays are listed too, for the record.
 * Projected years apply the statute only (statutory-holidays.ts) and are tagged `low`.
 *
 * To declare a year: replace its `projectStatutoryYear(...)` by a `declared(...)` entry, cite
 * the VPCP/BNV document, and run the calendar tests (each year must net to the 11 statutory
 * days of Art. 112(1)). A sandbox can also override or extend this table at run time through
 * `createHolidayCalendar` without editing it.
 *
 * @see Bộ luật Lao động 45/2019/QH14 Art. 111(3), Art. 112; DOMAIN.md §5 "Calendar"
 */
import type { HolidayYear } from './holiday-types.js';
/**
 * Holiday years 2024–2030, in order. 2024–2026 declared; 2027–2030 projected.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 112
 */
export declare const HOLIDAY_YEARS: readonly HolidayYear[];
