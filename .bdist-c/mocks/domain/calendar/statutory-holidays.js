import { lunarDatesOf } from './lunar-dates.js';
import { addDays, isWeekend } from './vn-time.js';
/**
 * Tết days used by a projection, as offsets from mùng 1: the eve (giao thừa day) and mùng 1–4.
 * The declared schedules of 2024–2026 start from the same five days [medium], but the Prime
 * Minister moved a Saturday to the working day before Tết (2025: Saturday 1/2 → Monday 27/1),
 * while a projection applies Art. 111(3) and moves it to the next working day.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 112(3)
 */
export const PROJECTED_TET_OFFSETS = [-1, 0, 1, 2, 3];
/**
 * The statutory days of `input.year` plus nghỉ bù for those on a Saturday or Sunday, each moved
 * to the next Monday–Friday that is not itself a holiday or an earlier compensation.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 111(3), Art. 112(1)
 */
export function projectStatutoryYear(input) {
    const { year } = input;
    const lunar = input.lunar ?? lunarDatesOf(year);
    const statutory = [
        statutoryDay(`${year}-01-01`, 'Tết Dương lịch'),
        ...PROJECTED_TET_OFFSETS.map((offset) => statutoryDay(addDays(lunar.lunarNewYear, offset), 'Tết Nguyên đán')),
        statutoryDay(lunar.hungKings, 'Giỗ Tổ Hùng Vương'),
        statutoryDay(`${year}-04-30`, 'Ngày Chiến thắng'),
        statutoryDay(`${year}-05-01`, 'Ngày Quốc tế Lao động'),
        statutoryDay(input.nationalDayAdjacent === 'before' ? `${year}-09-01` : `${year}-09-03`, 'Quốc khánh'),
        statutoryDay(`${year}-09-02`, 'Quốc khánh'),
    ].sort((a, b) => a.date.localeCompare(b.date));
    return {
        year,
        daysOff: [...statutory, ...compensations(statutory)],
        makeUpDays: [],
        basis: 'projected',
        confidence: 'low',
        sources: input.sources ?? [
            'Projection: Bộ luật Lao động 45/2019/QH14 Art. 111(3), 112(1); Tết = eve + mùng 1–4',
        ],
    };
}
/**
 * Ngày Văn hóa Việt Nam (24/11) as an opt-in day off, with nghỉ bù on the next weekday when it
 * falls on a weekend. NOT in the default calendar: Politburo Resolution 80-NQ/TW (01/2026) made
 * it a paid day off in principle and Government Resolution 30/NQ-CP (02/2026) tasked amending
 * Art. 112(1) of the Labour Code, but no amended article was found [low]. Add it with
 * `createHolidayCalendar({ extraDaysOff: cultureDayDaysOff(2026) })` once it is law.
 * @see NQ 80-NQ/TW (2026); NQ 30/NQ-CP (2026); vneconomy.vn 26/02/2026
 */
export function cultureDayDaysOff(year) {
    const day = statutoryDay(`${year}-11-24`, 'Ngày Văn hóa Việt Nam');
    return [day, ...compensations([day])];
}
function statutoryDay(date, name) {
    return { date, name, kind: 'statutory' };
}
function compensations(statutory) {
    const taken = new Set(statutory.map((day) => day.date));
    const result = [];
    for (const day of statutory) {
        if (!isWeekend(day.date))
            continue;
        let candidate = addDays(day.date, 1);
        while (isWeekend(candidate) || taken.has(candidate))
            candidate = addDays(candidate, 1);
        taken.add(candidate);
        result.push({ date: candidate, name: `${day.name} (nghỉ bù)`, kind: 'compensation' });
    }
    return result;
}
