/** Months of cover of the free under-6 card. @see NĐ 146/2018/NĐ-CP Art. 13(2) */
export const CHILD_COVER_MONTHS = 72;
/**
 * The day a child born on `birthDate` turns `months` old: the same day `months` later, the last
 * day of the month when that month is shorter (29 Feb → 28 Feb).
 * @see Bộ luật Dân sự 91/2015/QH13 Art. 147–148; identifiers/child-card-validity.ts
 */
export function dayTurning(birthDate, months) {
    const [y = 0, m = 1, d = 1] = birthDate.split('-').map(Number);
    const index = y * 12 + (m - 1) + months;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${pad(month, 2)}-${pad(Math.min(d, last), 2)}`;
}
/**
 * Whether a child is 72 months or older on `today`: such a child gets no TE1 card
 * (422 `CHILD_OVER_AGE`, lyDo `TRE_QUA_72_THANG`).
 * @see specs/bhxh.yaml bhxhIssueChildCard; Luật BHYT (Luật 46/2014/QH13 Art. 1(10))
 */
export function isOverChildCardAge(birthDate, today) {
    return dayTurning(birthDate, CHILD_COVER_MONTHS) <= today;
}
/**
 * Whole years of age on a date.
 * @see Bộ luật Dân sự 91/2015/QH13 Art. 147–148
 */
export function ageOn(birthDate, onDate) {
    let years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
    if (onDate.slice(5) < birthDate.slice(5))
        years -= 1;
    return years;
}
/**
 * The funeral allowance is granted to whoever arranged the funeral of someone contributing, a
 * pensioner or monthly-benefit recipient, or someone reserving contributions with at least
 * 12 months compulsory or 60 months in all. Null when granted, else the refusal reason.
 * @see DOMAIN.md §4 variant table; Luật BHXH 41/2024/QH15 Art. 85(1)
 */
export function funeralRefusal(record) {
    const granted = ['CONTRIBUTING', 'PENSIONER', 'MONTHLY_BENEFIT'];
    if (granted.includes(record.category))
        return null;
    if (record.category === 'NOT_PARTICIPATING')
        return 'KHONG_THUOC_DOI_TUONG';
    return record.compulsoryMonths >= 12 || record.totalMonths >= 60
        ? null
        : 'KHONG_DU_THOI_GIAN_DONG';
}
/**
 * Whether the deceased has an insurance record BHXH can decide on (anything but "never took
 * part"); otherwise 422 `KHONG_THUOC_DOI_TUONG` and the hub routes elsewhere.
 * @see specs/bhxh.yaml bhxhClaimDeathBenefits; DOMAIN.md §4 "SANDBOX DEFAULT routing"
 */
export function isBhxhBeneficiary(record) {
    return record !== null && record.category !== 'NOT_PARTICIPATING';
}
/** The one-time and monthly survivor allowances exclude each other. */
const FAMILY = {
    MAI_TANG_BHXH: 'MT',
    TU_TUAT_1LAN: 'TU',
    TU_TUAT_HANGTHANG: 'TU',
};
/**
 * Whether a claim asks for both survivor allowances, which exclude each other.
 * @see Luật BHXH 41/2024/QH15 Art. 86, 88 (monthly, else one-time)
 */
export function hasBothSurvivorKinds(cheDo) {
    return cheDo.includes('TU_TUAT_1LAN') && cheDo.includes('TU_TUAT_HANGTHANG');
}
/**
 * The existing claim for the same deceased that already covers one of the requested benefits:
 * an open claim covers all it asks for, a decided one the benefits it granted; the two survivor
 * allowances count as one.
 * @see specs/bhxh.yaml bhxhClaimDeathBenefits (409 `CLAIM_DUPLICATE`)
 */
export function duplicateOf(existing, requested) {
    const wanted = new Set(requested.map((k) => FAMILY[k]));
    return existing.find(({ claim }) => {
        const open = claim.trangThai === 'TIEP_NHAN' || claim.trangThai === 'DANG_XU_LY';
        const covered = open
            ? claim.cheDo
            : claim.quyetDinh.filter((q) => q.ketQua === 'DUOC_HUONG').map((q) => q.cheDo);
        return covered.some((k) => wanted.has(FAMILY[k]));
    });
}
/**
 * An account number with all but its last 4 digits masked, as answers show it.
 * @see specs/bhxh.yaml `MaskedAccountNumber`
 */
export function maskAccount(number) {
    return `${'*'.repeat(number.length - 4)}${number.slice(-4)}`;
}
/**
 * A name as banks record holders: diacritics dropped (đ → d), upper case, single spaces.
 * @see specs/bhxh.yaml `BankAccount.chuTaiKhoan`
 */
export function bankName(name) {
    return name
        .normalize('NFD')
        .replace(/\p{Mn}/gu, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
        .toUpperCase()
        .replace(/\s+/g, ' ')
        .trim();
}
/**
 * Whether the account holder is the payee, ignoring case and diacritics; a payment to someone
 * else's account fails (`LOI`, lyDo `TEN_CHU_TAI_KHOAN_KHONG_KHOP`).
 * @see specs/bhxh.yaml `BankAccount.chuTaiKhoan`
 */
export function holderMatches(holder, payee) {
    return bankName(holder) === bankName(payee);
}
/** Zero-padded decimal. */
export function pad(value, width) {
    return String(value).padStart(width, '0');
}
