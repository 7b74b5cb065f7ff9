import { ageOn } from './rules.js';
/**
 * The parameters of the survivor rules (SANDBOX DEFAULT readings of the law, DOMAIN.md §11 #21).
 * @see Luật BHXH 41/2024/QH15 Art. 86 (monthly), Art. 88–89 (one-time)
 */
export const SURVIVOR_RULES = {
    monthly: {
        legalBasis: 'Luật BHXH 41/2024/QH15 Điều 86',
        /** Art. 86(1)(a): at least 15 years of compulsory contributions (or a pensioner). */
        deceasedMinCompulsoryMonths: 180,
        /** Art. 86(2): children under 18; older children, wives under 55 and husbands under 60 only with ≥ 81% incapacity. */
        childAgeLimit: 18,
        incapacityPercent: 81,
        spouseAge: { VO: 55, CHONG: 60 },
        parentAge: { CHA: 60, ME: 55 },
        /** Art. 86(4): at most 4 relatives receive the monthly allowance. */
        maxRelatives: 4,
        /** Art. 86(3): 50% of the reference amount per relative. */
        rateOfReference: 0.5,
    },
    oneTime: {
        legalBasis: 'Luật BHXH 41/2024/QH15 Điều 88, Điều 89',
        /** Art. 89(1): 1.5 months of average salary per year before 2014, 2 months from 2014. */
        monthsPerYearBefore2014: 1.5,
        monthsPerYearFrom2014: 2,
        split: '2014-01',
        /** Art. 89(1): at least 3 months of average salary. */
        minimumMonths: 3,
        /** Art. 89(2): 48 months of pension in the first 2 months, 0.5 less per later month, at least 3. */
        pensionMonths: 48,
        pensionFullMonths: 2,
        pensionStep: 0.5,
        pensionMinimumMonths: 3,
    },
};
/**
 * Whether the deceased's record lets relatives receive the monthly allowance at all: a pensioner
 * or monthly-benefit recipient, or 15 years of compulsory contributions.
 * @see Luật BHXH 41/2024/QH15 Art. 86(1)
 */
export function deceasedAllowsMonthly(record) {
    if (record.category === 'PENSIONER' || record.category === 'MONTHLY_BENEFIT')
        return true;
    return record.compulsoryMonths >= SURVIVOR_RULES.monthly.deceasedMinCompulsoryMonths;
}
/**
 * Whether a relative qualifies for the monthly allowance on the date of death: a child under 18;
 * a wife from 55, a husband from 60, a father from 60, a mother from 55; a child of 18 or more, a
 * younger wife or husband only with ≥ 81% work-capacity loss. Others never do.
 * @see DOMAIN.md §4 "BHXH dossier"; Luật BHXH 41/2024/QH15 Art. 86(2)
 */
export function qualifiesMonthly(relative, deathDate) {
    const rules = SURVIVOR_RULES.monthly;
    const age = ageOn(relative.ngaySinh, deathDate);
    const incapacitated = (relative.suyGiamKhaNangLaoDong ?? 0) >= rules.incapacityPercent;
    switch (relative.quanHe) {
        case 'CON':
            return age < rules.childAgeLimit || incapacitated;
        case 'VO':
        case 'CHONG':
            return age >= rules.spouseAge[relative.quanHe] || incapacitated;
        case 'CHA':
        case 'ME':
            return age >= rules.parentAge[relative.quanHe] || incapacitated;
        default:
            return false;
    }
}
/**
 * The relatives who receive the monthly allowance: those who qualify, at most 4, in the order
 * of the relatives list.
 * @see Luật BHXH 41/2024/QH15 Art. 86(2), (4)
 */
export function monthlyRelatives(relatives, deathDate) {
    return relatives
        .filter((r) => qualifiesMonthly(r, deathDate))
        .slice(0, SURVIVOR_RULES.monthly.maxRelatives);
}
/**
 * Indexes of the adult relatives (18+ on `onDate`) whose agreement on the representative is
 * missing: neither a VNeID confirmation in state `DONG_Y` nor Form 09-HSB.
 * @see DOMAIN.md §4 "BHXH dossier"; QĐ 1449/QĐ-BHXH
 */
export function missingAgreements(relatives, onDate) {
    return relatives.flatMap((r, i) => {
        if (ageOn(r.ngaySinh, onDate) < 18)
            return [];
        const agreed = r.xacNhanVneid?.trangThai === 'DONG_Y' || r.mau09Hsb === true;
        return agreed ? [] : [i];
    });
}
/**
 * The basis of the one-time allowance (without the reference amount): months of pension for a
 * pensioner or monthly-benefit recipient, else months of average insured salary by contribution
 * years.
 * @see Luật BHXH 41/2024/QH15 Art. 89
 */
export function oneTimeBasis(record, deathDate) {
    const rules = SURVIVOR_RULES.oneTime;
    const deathMonth = deathDate.slice(0, 7);
    if (record.monthlyAmount !== null && record.category !== 'CONTRIBUTING') {
        const retiredFrom = nextMonth(lastMonthPaid(record.periods) ?? deathMonth);
        const received = Math.max(1, monthsInclusive(retiredFrom, deathMonth));
        const later = Math.max(0, received - rules.pensionFullMonths);
        const heSo = Math.max(rules.pensionMinimumMonths, rules.pensionMonths - rules.pensionStep * later);
        return { canCu: 'LUONG_HUU', mucCanCu: record.monthlyAmount, heSo };
    }
    let before = 0;
    let after = 0;
    let salaryMonths = 0;
    for (const period of record.periods) {
        const to = period.to ?? deathMonth;
        const months = monthsInclusive(period.from, to);
        const early = period.from < rules.split ? monthsInclusive(period.from, min(to, '2013-12')) : 0;
        before += early;
        after += months - early;
        salaryMonths += months * period.salary;
    }
    const total = before + after;
    const average = total === 0 ? 0 : Math.round(salaryMonths / total);
    const years = (before * rules.monthsPerYearBefore2014 + after * rules.monthsPerYearFrom2014) / 12;
    const heSo = Math.max(rules.minimumMonths, Math.round(years * 100) / 100);
    return { canCu: 'BINH_QUAN_TIEN_LUONG', mucCanCu: average, heSo };
}
/** The month after `yyyy-MM`. */
export function nextMonth(month) {
    return addMonths(month, 1);
}
/** `yyyy-MM` plus `n` months. */
export function addMonths(month, n) {
    const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
/** Months from `from` to `to`, both included (0 when `to` is earlier). */
export function monthsInclusive(from, to) {
    const index = (m) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
    return Math.max(0, index(to) - index(from) + 1);
}
function lastMonthPaid(periods) {
    return periods.reduce((last, p) => {
        const to = p.to ?? p.from;
        return last === undefined || to > last ? to : last;
    }, undefined);
}
function min(a, b) {
    return a < b ? a : b;
}
