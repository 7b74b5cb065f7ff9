/**
 * Lunar holidays converted to Gregorian dates by an explicit table (no lunar-calendar dependency).
 *
 * Values are for the Vietnamese lunisolar calendar, which is computed for UTC+7 and can differ
 * from the Chinese one (UTC+8): in 2030 the new moon falls at 23:07 +07:00 on 2 February, so
 * Tết Canh Tuất is Saturday 2/2/2030 in Vietnam but 3/2/2030 in China.
 *
 * Sources [high], two independent computations agree on every row: Hồ Ngọc Đức's published
 * Vietnamese lunar-calendar algorithm run at time zone +7, and the lunisolar tables of the
 * python-holidays project (vacanza/holidays `holidays/calendars/chinese.py`, with its
 * VIETNAMESE_CALENDAR overrides, e.g. 2030-02-02). 2024–2026 also match the government's
 * holiday announcements cited in holiday-table.ts. To extend, add a row here and a
 * `HolidayYear` in holiday-table.ts.
 *
 * @see Bộ luật Lao động 45/2019/QH14 Art. 112(1)(b) Tết Âm lịch, (c) Giỗ Tổ Hùng Vương 10/3 âm lịch
 */
import type { LocalDate } from './vn-time.js';
/**
 * Gregorian dates of the lunar holidays of one year.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 112(1)
 */
export interface LunarHolidayDates {
    /** Mùng 1 tháng Giêng, the first day of the lunar year. */
    readonly lunarNewYear: LocalDate;
    /** Giao thừa day: the last day of tháng Chạp (29th or 30th), the day before Tết. */
    readonly lunarNewYearsEve: LocalDate;
    /** 10 tháng 3 âm lịch, Giỗ Tổ Hùng Vương. */
    readonly hungKings: LocalDate;
}
/**
 * Lunar holiday dates for 2024–2030, keyed by Gregorian year.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 112(1)(b)(c)
 */
export declare const LUNAR_DATES: Readonly<Record<number, LunarHolidayDates>>;
/**
 * The lunar holiday dates of `year`; throws a `RangeError` when the table has no row for it.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 112(1)
 */
export declare function lunarDatesOf(year: number): LunarHolidayDates;
