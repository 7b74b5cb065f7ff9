/**
 * Social-insurance records: contributors, pensioners, monthly-benefit recipients, people who
 * reserve their contributions, and children who only hold a BHXH code for their TE1 card.
 * Careers, salaries and pensions are simplified but internally consistent (months add up, the
 * last period of a contributor is open, a pensioner worked at least 15–20 years).
 * @see specs/bhxh.yaml `InsuranceRecord`; DOMAIN.md §4 (BHXH categories), §6.2
 */
import { POST_2025_PROVINCES_FROM, generateBhxhCode } from '../identifiers/index.js';
import { monthIndexOfDay, toDay } from './days.js';
/**
 * Retirement ages used to decide who can be a pensioner: 60 for men, 55 for women (the rule before
 * the 2021 roadmap; the gradual rise to 62/60 is not modelled). [low] simplification.
 * @see Bộ luật Lao động 45/2019/QH14 Art. 169
 */
export const RETIREMENT_AGE = { MALE: 60, FEMALE: 55 };
const REFORM_MONTH = monthIndexOfDay(toDay(POST_2025_PROVINCES_FROM));
const KINDS = ['Công ty TNHH', 'Công ty Cổ phần', 'Công ty TNHH MTV'];
const TRADES = ['May mặc', 'Điện tử', 'Thực phẩm', 'Xây dựng', 'Vận tải', 'Cơ khí', 'Giày da',
    'Thủy sản', 'Dược phẩm', 'Thương mại Dịch vụ', 'Phần mềm', 'Nhựa', 'Chế biến Gỗ', 'Logistics']; // prettier-ignore
const BRANDS = ['Hưng Thịnh', 'Phú Thành', 'An Khang', 'Thành Công', 'Việt Tiến', 'Minh Phát',
    'Đại Dương', 'Hoàng Long', 'Sao Mai', 'Tân Phát', 'Hòa Bình', 'Trường Sơn', 'Nam Việt', 'Đông Á']; // prettier-ignore
/**
 * Invented employer names ("Công ty Cổ phần May mặc Việt Tiến"), built once.
 * @see specs/bhxh.yaml `ContributionPeriod.donVi`
 */
export const EMPLOYERS = KINDS.flatMap((k) => TRADES.flatMap((t) => BRANDS.map((b) => `${k} ${t} ${b}`.normalize('NFC'))));
/**
 * The employer of voluntary contributions, as the record writes it.
 * @see specs/bhxh.yaml `ContributionPeriod.donVi`
 */
export const VOLUNTARY = 'Tự nguyện';
/**
 * A BHXH code, unique in the population: the province where it was issued (an old province code
 * before 01/07/2025, the new one after) then 8 random digits.
 * @see DOMAIN.md §6.2, §11 #11 (SANDBOX DEFAULT structure)
 */
export function issueBhxhCode(ctx, provinceCode, month) {
    const issuedIn = month < REFORM_MONTH ? ctx.rng.weighted(ctx.legacyCodeTable(provinceCode)) : provinceCode;
    let code;
    do
        code = generateBhxhCode({ provinceCode: issuedIn, random: ctx.rng.random });
    while (!ctx.claimBhxhCode(code));
    return code;
}
/**
 * An insurance record of the given category for an adult, with a plausible career.
 * @see InsuranceCategory
 */
export function insuranceRecord(ctx, person, category, voluntary = false) {
    const career = careerOf(ctx, person, category, voluntary);
    const periods = periodsOf(ctx, career);
    const now = monthIndexOfDay(ctx.today);
    let compulsory = 0;
    let total = 0;
    for (const p of periods) {
        const months = monthsOf(p, now);
        total += months;
        if (p.scheme === 'COMPULSORY')
            compulsory += months;
    }
    const province = person.permanentAddress?.provinceCode ?? person.currentAddress.provinceCode;
    const lastSalary = periods.at(-1)?.salary ?? 0;
    return {
        personId: person.id,
        bhxhCode: issueBhxhCode(ctx, province, career.startMonth),
        category,
        compulsoryMonths: compulsory,
        totalMonths: total,
        contributing: periods.at(-1)?.to === null,
        monthlyAmount: monthlyAmountOf(category, lastSalary, total),
        periods,
    };
}
/**
 * The record of a child who holds a TE1 card: a BHXH code issued at birth, no contributions.
 * @see DOMAIN.md §3 step 8b
 */
export function childInsuranceRecord(ctx, child, provinceCode) {
    return {
        personId: child.id,
        bhxhCode: issueBhxhCode(ctx, provinceCode, monthIndexOfDay(toDay(child.birthRegisteredOn))),
        category: 'NOT_PARTICIPATING',
        compulsoryMonths: 0,
        totalMonths: 0,
        contributing: false,
        monthlyAmount: null,
        periods: [],
    };
}
function careerOf(ctx, person, category, voluntary) {
    const { rng } = ctx;
    const now = monthIndexOfDay(ctx.today);
    const birth = monthIndexOfDay(toDay(person.birthDate));
    const adultFrom = birth + 18 * 12;
    const scheme = voluntary ? 'VOLUNTARY' : 'COMPULSORY';
    if (category === 'PENSIONER' || category === 'MONTHLY_BENEFIT') {
        const retired = Math.min(birth + RETIREMENT_AGE[person.sex] * 12 + rng.int(0, 24), now - 1);
        const years = category === 'PENSIONER' ? rng.int(20, 35) : rng.int(5, 19);
        const start = Math.max(retired - years * 12, adultFrom);
        return { category, startMonth: start, endMonth: retired, scheme: 'COMPULSORY' };
    }
    if (category === 'RESERVED') {
        const end = now - rng.int(6, 120);
        const start = Math.max(Math.min(end - rng.int(12, 180), now - 18), adultFrom);
        return { category, startMonth: start, endMonth: Math.max(end, start + 11), scheme };
    }
    const start = Math.min(birth + rng.int(voluntary ? 25 : 18, voluntary ? 45 : 28) * 12, now);
    return { category, startMonth: Math.max(start, adultFrom), endMonth: null, scheme };
}
/** Splits a career into 1–3 periods with short gaps; only the last of an open career is open. */
function periodsOf(ctx, career) {
    const { rng, dates } = ctx;
    const end = career.endMonth ?? monthIndexOfDay(ctx.today);
    const count = Math.min(rng.int(1, 3), Math.max(1, Math.floor((end - career.startMonth) / 24)));
    const factor = career.scheme === 'VOLUNTARY' ? 0.5 : 0.6 + rng.float() * 1.9;
    const periods = [];
    let from = career.startMonth;
    for (let i = 0; i < count; i += 1) {
        const last = i === count - 1;
        const remaining = end - from + 1;
        const length = last
            ? remaining
            : Math.max(1, Math.floor(remaining / (count - i)) - rng.int(0, 3));
        const to = from + length - 1;
        periods.push({
            from: dates.month(from),
            to: last && career.endMonth === null ? null : dates.month(to),
            scheme: career.scheme,
            employer: career.scheme === 'VOLUNTARY' ? VOLUNTARY : rng.pick(EMPLOYERS),
            salary: salaryIn(Math.floor(to / 12), factor),
        });
        from = to + 1 + (last ? 0 : rng.int(0, 3));
    }
    return periods;
}
/** Months of a period, up to the current month for an open one. */
function monthsOf(period, now) {
    const index = (ym) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
    return (period.to === null ? now : index(period.to)) - index(period.from) + 1;
}
/** A monthly salary in a year: 8,500,000 đ in 2025 scaled by 6% a year, times a personal factor. */
function salaryIn(year, factor) {
    const base = 8_500_000 * 1.06 ** (year - 2025) * factor;
    return Math.max(300_000, Math.round(base / 10_000) * 10_000);
}
/**
 * Pension: 45% of the last salary for 20 years, +2% per further year, at most 75% [low]
 * simplification of Luật BHXH 41/2024/QH15 Art. 66; monthly benefit: 30% of the last salary.
 */
function monthlyAmountOf(category, salary, months) {
    if (category === 'PENSIONER') {
        const rate = Math.min(0.75, 0.45 + 0.02 * Math.max(0, Math.floor(months / 12) - 20));
        return Math.round((salary * rate) / 1000) * 1000;
    }
    if (category === 'MONTHLY_BENEFIT')
        return Math.round((salary * 0.3) / 1000) * 1000;
    return null;
}
