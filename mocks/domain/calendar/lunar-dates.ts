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
export const LUNAR_DATES: Readonly<Record<number, LunarHolidayDates>> = {
  // Giáp Thìn; tháng Chạp Quý Mão had 30 days, so the eve is "30 Tết".
  2024: { lunarNewYear: '2024-02-10', lunarNewYearsEve: '2024-02-09', hungKings: '2024-04-18' },
  // Ất Tỵ; eve is 29 Chạp.
  2025: { lunarNewYear: '2025-01-29', lunarNewYearsEve: '2025-01-28', hungKings: '2025-04-07' },
  // Bính Ngọ; eve is 29 Chạp. Hùng Kings' day falls on a Sunday.
  2026: { lunarNewYear: '2026-02-17', lunarNewYearsEve: '2026-02-16', hungKings: '2026-04-26' },
  // Đinh Mùi; Tết falls on a Saturday.
  2027: { lunarNewYear: '2027-02-06', lunarNewYearsEve: '2027-02-05', hungKings: '2027-04-16' },
  // Mậu Thân (leap 5th month, after Hùng Kings' day).
  2028: { lunarNewYear: '2028-01-26', lunarNewYearsEve: '2028-01-25', hungKings: '2028-04-04' },
  // Kỷ Dậu.
  2029: { lunarNewYear: '2029-02-13', lunarNewYearsEve: '2029-02-12', hungKings: '2029-04-23' },
  // Canh Tuất; 2/2 in Vietnam (UTC+7), 3/2 in China (see the module comment).
  2030: { lunarNewYear: '2030-02-02', lunarNewYearsEve: '2030-02-01', hungKings: '2030-04-12' },
};

/**
 * The lunar holiday dates of `year`; throws a `RangeError` when the table has no row for it.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 112(1)
 */
export function lunarDatesOf(year: number): LunarHolidayDates {
  const dates = LUNAR_DATES[year];
  if (!dates) throw new RangeError(`No lunar holiday dates for ${year}; add a row to LUNAR_DATES`);
  return dates;
}
