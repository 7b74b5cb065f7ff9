/**
 * Builds a year from the statute alone, for years whose schedule has not been declared yet.
 *
 * Art. 112(1) gives 11 paid days: 1/1; Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương 10/3 âm lịch;
 * 30/4; 1/5; Quốc khánh 2/9 plus one adjacent day. Art. 111(3) moves a holiday that falls on the
 * weekly rest day to the next working day. Which 5 days make up Tết and which day joins 2/9 are
 * decided yearly by the Prime Minister (Art. 112(3)); a projection can only guess them, so every
 * projected year is tagged `low` and must be replaced by the declared schedule once published.
 *
 * @see Bộ luật Lao động 45/2019/QH14 Art. 111(3), Art. 112
 */
import type { DayOff, HolidayYear } from './holiday-types.js';
import type { LunarHolidayDates } from './lunar-dates.js';
/**
 * Inputs of a projection. `nationalDayAdjacent` picks 1/9 (`before`) or 3/9 (`after`).
 * @see Bộ luật Lao động 45/2019/QH14 Art. 112(1)(đ)
 */
export interface StatutoryYearInput {
    readonly year: number;
    readonly nationalDayAdjacent: 'before' | 'after';
    /** Defaults to the row of `LUNAR_DATES`. */
    readonly lunar?: LunarHolidayDates;
    readonly sources?: readonly string[];
}
/**
 * Tết days used by a projection, as offsets from mùng 1: the eve (giao thừa day) and mùng 1–4.
 * The declared schedules of 2024–2026 start from the same five days [medium], but the Prime
 * Minister moved a Saturday to the working day before Tết (2025: Saturday 1/2 → Monday 27/1),
 * while a projection applies Art. 111(3) and moves it to the next working day.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 112(3)
 */
export declare const PROJECTED_TET_OFFSETS: readonly number[];
/**
 * The statutory days of `input.year` plus nghỉ bù for those on a Saturday or Sunday, each moved
 * to the next Monday–Friday that is not itself a holiday or an earlier compensation.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 111(3), Art. 112(1)
 */
export declare function projectStatutoryYear(input: StatutoryYearInput): HolidayYear;
/**
 * Ngày Văn hóa Việt Nam (24/11) as an opt-in day off, with nghỉ bù on the next weekday when it
 * falls on a weekend. NOT in the default calendar: Politburo Resolution 80-NQ/TW (01/2026) made
 * it a paid day off in principle and Government Resolution 30/NQ-CP (02/2026) tasked amending
 * Art. 112(1) of the Labour Code, but no amended article was found [low]. Add it with
 * `createHolidayCalendar({ extraDaysOff: cultureDayDaysOff(2026) })` once it is law.
 * @see NQ 80-NQ/TW (2026); NQ 30/NQ-CP (2026); vneconomy.vn 26/02/2026
 */
export declare function cultureDayDaysOff(year: number): DayOff[];
