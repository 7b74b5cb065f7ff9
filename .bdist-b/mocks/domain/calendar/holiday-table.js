import { projectStatutoryYear } from './statutory-holidays.js';
/**
 * Holiday years 2024–2030, in order. 2024–2026 declared; 2027–2030 projected.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 112
 */
export const HOLIDAY_YEARS = [
    // 2024 [high]. Tết 08/02–14/02 (7 days): PM approval of the MoLISA plan, 11/2023
    // (vietnamnews.vn 05/11/2023). 30/4–1/5: VPCP 2450/VPCP-KGVX of 12/04/2024, Monday 29/4
    // swapped with Saturday 04/5 (break 27/4–1/5). Quốc khánh 31/8–3/9 with 3/9 as the adjacent day.
    declared(2024, ['VPCP approval of the MoLISA 2024 plan (11/2023)', 'VPCP 2450/VPCP-KGVX (12/04/2024)'], [
        off('2024-01-01', 'Tết Dương lịch'),
        off('2024-02-08', 'Tết Nguyên đán (nghỉ bù, 29 Tết)', 'compensation'),
        ...offs(['2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13'], 'Tết Nguyên đán'),
        off('2024-02-14', 'Tết Nguyên đán (nghỉ bù, mùng 5)', 'compensation'),
        off('2024-04-18', 'Giỗ Tổ Hùng Vương'),
        off('2024-04-29', 'Hoán đổi dịp 30/4–1/5', 'swapped'),
        off('2024-04-30', 'Ngày Chiến thắng'),
        off('2024-05-01', 'Ngày Quốc tế Lao động'),
        ...offs(['2024-09-02', '2024-09-03'], 'Quốc khánh'),
    ], [makeUp('2024-05-04', '2024-04-29')]),
    // 2025 [high]. Tết 25/01–02/02 (9 days), the five Tết days being 27/1–31/1 (28 Chạp – mùng 3):
    // VPCP 8726/VPCP-KGVX of 26/11/2024 and the MoLISA notice of 03/12/2024 (sggp.org.vn).
    // 30/4–4/5 (5 days): Friday 2/5 swapped with Saturday 26/4 [medium: press summaries of the
    // PM's approval]. Quốc khánh 30/8–2/9 with 1/9 as the adjacent day.
    declared(2025, ['VPCP 8726/VPCP-KGVX (26/11/2024)', 'MoLISA holiday notice (03/12/2024)'], [
        off('2025-01-01', 'Tết Dương lịch'),
        ...offs(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'], 'Tết Nguyên đán'),
        off('2025-04-07', 'Giỗ Tổ Hùng Vương'),
        off('2025-04-30', 'Ngày Chiến thắng'),
        off('2025-05-01', 'Ngày Quốc tế Lao động'),
        off('2025-05-02', 'Hoán đổi dịp 30/4–1/5', 'swapped'),
        ...offs(['2025-09-01', '2025-09-02'], 'Quốc khánh'),
    ], [makeUp('2025-04-26', '2025-05-02')]),
    // 2026 [high]. Tết Dương lịch 1/1–4/1: VPCP 12729/VPCP-KGVX of 25/12/2025, Friday 2/1 swapped
    // with Saturday 10/1. Tết 14/02–22/02 (9 days; Tết days 16/2–20/2 = 29 Chạp – mùng 4) and
    // Quốc khánh 29/8–2/9 (1/9 adjacent; Monday 31/8 swapped with Saturday 22/8): VPCP
    // 9859/VPCP-KGVX of 13/10/2025 on BNV proposal 8764/BNV-CVL. Hùng Kings' day is Sunday 26/4,
    // nghỉ bù Monday 27/4 under Art. 111(3) [medium: Thanh Niên 23/02/2026].
    declared(2026, ['VPCP 12729/VPCP-KGVX (25/12/2025)', 'VPCP 9859/VPCP-KGVX (13/10/2025)', 'Art. 111(3)'], [
        off('2026-01-01', 'Tết Dương lịch'),
        off('2026-01-02', 'Hoán đổi dịp Tết Dương lịch', 'swapped'),
        ...offs(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'], 'Tết Nguyên đán'),
        off('2026-04-26', 'Giỗ Tổ Hùng Vương'),
        off('2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù)', 'compensation'),
        off('2026-04-30', 'Ngày Chiến thắng'),
        off('2026-05-01', 'Ngày Quốc tế Lao động'),
        off('2026-08-31', 'Hoán đổi dịp Quốc khánh', 'swapped'),
        ...offs(['2026-09-01', '2026-09-02'], 'Quốc khánh'),
    ], [makeUp('2026-01-10', '2026-01-02'), makeUp('2026-08-22', '2026-08-31')]),
    // 2027–2030 [low]: not declared when this table was written (11/2026). The day joining 2/9
    // follows the choice made in 2024–2026 and earlier years: the weekday that bridges to a weekend.
    projectStatutoryYear({ year: 2027, nationalDayAdjacent: 'after' }), // 2/9 Thu → 3/9 Fri
    projectStatutoryYear({ year: 2028, nationalDayAdjacent: 'before' }), // 2/9 Sat → 1/9 Fri
    projectStatutoryYear({ year: 2029, nationalDayAdjacent: 'after' }), // 2/9 Sun → 3/9 Mon
    projectStatutoryYear({ year: 2030, nationalDayAdjacent: 'after' }), // 2/9 Mon → 3/9 Tue
];
function declared(year, sources, daysOff, makeUpDays) {
    return { year, daysOff, makeUpDays, basis: 'declared', confidence: 'high', sources };
}
function off(date, name, kind = 'statutory') {
    return { date, name, kind };
}
function offs(dates, name) {
    return dates.map((date) => off(date, name));
}
function makeUp(date, replaces) {
    return { date, replaces, name: `Ngày làm bù cho ${replaces}` };
}
