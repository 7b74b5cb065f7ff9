import { nextWorkingDate, toVnIso, vnInstant, } from '../domain/calendar/index.js';
import { reason } from './problems.js';
import { holderMatches, maskAccount } from './rules.js';
import { addMonths, monthsInclusive } from './survivor-rules.js';
/** Monthly allowances are paid on this day of the month (SANDBOX DEFAULT). */
export const MONTHLY_PAY_DAY = '10';
/** Payments leave at this time on their date (SANDBOX DEFAULT). */
export const PAY_TIME = '10:00';
const ORDER = {
    MAI_TANG_BHXH: 0,
    TU_TUAT_1LAN: 1,
    TU_TUAT_HANGTHANG: 2,
};
/**
 * The payments due for a decided claim up to `today`: one-time benefits on the first working
 * day after the decision; monthly periods from `tuThang` to the current month, each on its pay
 * day (back months with the first payment). Empty while undecided.
 * @see specs/bhxh.yaml bhxhGetClaimPayments
 */
export function plannedPayments(stored, today, calendar) {
    const { claim } = stored;
    if (claim.thoiDiemGiaiQuyet === undefined)
        return [];
    const decided = claim.thoiDiemGiaiQuyet.slice(0, 10);
    const firstPay = nextWorkingDate(calendar, decided);
    const plans = [];
    for (const q of claim.quyetDinh) {
        if (q.ketQua !== 'DUOC_HUONG')
            continue;
        const payee = q.nguoiHuong?.[0]?.hoTen ?? '';
        const base = {
            maHoSoHuong: claim.maHoSoHuong,
            cheDo: q.cheDo,
            soTien: q.soTien,
            nguoiHuong: payee,
        };
        if (!q.hangThang) {
            const kyChiTra = decided.slice(0, 7);
            plans.push({
                ...base,
                id: paymentId(claim.maHoSoHuong, kyChiTra, q.cheDo),
                kyChiTra,
                ngayDuKienChi: firstPay,
            });
            continue;
        }
        const from = q.tuThang ?? decided.slice(0, 7);
        const last = today.slice(0, 7) > from ? today.slice(0, 7) : from;
        for (let i = 0; i < monthsInclusive(from, last); i += 1) {
            const kyChiTra = addMonths(from, i);
            const payDay = `${kyChiTra}-${MONTHLY_PAY_DAY}`;
            const ngayDuKienChi = payDay > firstPay ? payDay : firstPay;
            plans.push({
                ...base,
                id: paymentId(claim.maHoSoHuong, kyChiTra, q.cheDo),
                kyChiTra,
                ngayDuKienChi,
            });
        }
    }
    return plans;
}
/**
 * A stored payment as the wire shows it at `now`: paid at {@link PAY_TIME} on its date once that
 * instant has passed, pending before; failed when the account holder is not the payee.
 * @see specs/bhxh.yaml `PaymentRecord`
 */
export function toPaymentRecord(payment, account, now) {
    const common = {
        maChiTra: payment.maChiTra,
        cheDo: payment.cheDo,
        kyChiTra: payment.kyChiTra,
        soTien: payment.soTien,
        taiKhoanNhan: maskAccount(account.soTaiKhoan),
        nganHang: account.nganHang,
    };
    if (!holderMatches(account.chuTaiKhoan, payment.nguoiHuong)) {
        return { ...common, trangThai: 'LOI', lyDo: [reason('TEN_CHU_TAI_KHOAN_KHONG_KHOP')] };
    }
    const paidAt = vnInstant(payment.ngayDuKienChi, PAY_TIME);
    if (paidAt <= now)
        return { ...common, trangThai: 'DA_CHI', thoiDiemChi: toVnIso(paidAt) };
    return { ...common, trangThai: 'CHO_CHI', ngayDuKienChi: payment.ngayDuKienChi };
}
function paymentId(maHoSoHuong, kyChiTra, cheDo) {
    return `${maHoSoHuong}|${kyChiTra}|${ORDER[cheDo]}`;
}
