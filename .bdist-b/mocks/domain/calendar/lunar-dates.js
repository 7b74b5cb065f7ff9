/**
 * Lunar holiday dates for 2024–2030, keyed by Gregorian year.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 112(1)(b)(c)
 */
export const LUNAR_DATES = {
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
export function lunarDatesOf(year) {
    const dates = LUNAR_DATES[year];
    if (!dates)
        throw new RangeError(`No lunar holiday dates for ${year}; add a row to LUNAR_DATES`);
    return dates;
}
