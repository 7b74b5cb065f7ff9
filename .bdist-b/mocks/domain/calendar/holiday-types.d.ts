/**
 * Shapes of the holiday table. A year is data: the days offices are closed and the weekend days
 * they open instead. Nothing here computes; see `holiday-table.ts` for the values.
 *
 * @see Bộ luật Lao động 45/2019/QH14 Art. 111(3), Art. 112
 */
import type { LocalDate } from './vn-time.js';
/**
 * Why a day is closed:
 * - `statutory`: the holiday itself (Art. 112(1));
 * - `compensation`: nghỉ bù for a holiday that fell on a weekly rest day (Art. 111(3)), or the
 *   extra Tết days the Prime Minister places around the weekend (Art. 112(3));
 * - `swapped`: hoán đổi, a working day moved to a make-up weekend day ({@link MakeUpDay}).
 * @see Bộ luật Lao động 45/2019/QH14 Art. 111(3), Art. 112
 */
export type DayOffKind = 'statutory' | 'compensation' | 'swapped';
/**
 * A civil date on which public offices are closed.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 112(1)
 */
export interface DayOff {
    readonly date: LocalDate;
    /** Vietnamese name, e.g. `Tết Nguyên đán`, `Giỗ Tổ Hùng Vương (nghỉ bù)`. */
    readonly name: string;
    readonly kind: DayOffKind;
}
/**
 * A Saturday or Sunday declared a working day (ngày làm bù) to pay back a swapped day.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 112(3); e.g. VPCP 2450/VPCP-KGVX (2024)
 */
export interface MakeUpDay {
    readonly date: LocalDate;
    /** The weekday that was given off in exchange. */
    readonly replaces: LocalDate;
    readonly name: string;
}
/**
 * How sure we are of a year's entry (DOMAIN.md §0 tags):
 * - `high`: official text or several independent sources agree;
 * - `medium`: one careful secondary publication;
 * - `low`: a projection from the statute, not a declaration.
 * @see DOMAIN.md §0 "Tags"
 */
export type Confidence = 'high' | 'medium' | 'low';
/**
 * One calendar year of closures and make-up days, with where the facts come from.
 * @see DOMAIN.md §5 "Calendar" (holidays are declared yearly, so the calendar is configurable)
 */
export interface HolidayYear {
    readonly year: number;
    readonly daysOff: readonly DayOff[];
    readonly makeUpDays: readonly MakeUpDay[];
    /** `declared`: the government's announced schedule; `projected`: statute-only estimate. */
    readonly basis: 'declared' | 'projected';
    readonly confidence: Confidence;
    readonly sources: readonly string[];
}
