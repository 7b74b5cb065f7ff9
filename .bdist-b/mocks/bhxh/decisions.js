import { benefitAmount } from '../domain/regimes/index.js';
import { reason } from './problems.js';
import { funeralRefusal } from './rules.js';
import { deceasedAllowsMonthly, monthlyRelatives, nextMonth, oneTimeBasis, SURVIVOR_RULES, } from './survivor-rules.js';
/**
 * Legal basis of the funeral allowance (the amount's own basis comes from the regimes table).
 * @see Luật BHXH 41/2024/QH15 Art. 85
 */
export const FUNERAL_LEGAL_BASIS = 'Luật BHXH 41/2024/QH15 Điều 85';
const LEGAL_BASIS = {
    MAI_TANG_BHXH: FUNERAL_LEGAL_BASIS,
    TU_TUAT_1LAN: SURVIVOR_RULES.oneTime.legalBasis,
    TU_TUAT_HANGTHANG: SURVIVOR_RULES.monthly.legalBasis,
};
/**
 * The reference amount (mức tham chiếu) in force on a date, from the regimes table.
 * @see DOMAIN.md §11 #14; RegimeSettings.benefits.referenceAmounts
 */
export function referenceAmount(settings, date) {
    return settings.benefits.referenceAmounts.findLast((entry) => entry.from <= date)?.amount;
}
/**
 * Decides every benefit a claim asks for, in the order asked.
 * @see Luật BHXH 41/2024/QH15 Art. 85–89
 */
export function decideBenefits(record, request, settings) {
    return request.cheDo.map((kind) => decideOne(kind, record, request, settings));
}
/**
 * Every benefit refused with the same reasons (a forced refusal).
 * @see specs/bhxh.yaml (`Prefer: outcome=refuse`)
 */
export function refuseAll(cheDo, lyDo) {
    return cheDo.map((kind) => refused(kind, lyDo));
}
function decideOne(kind, record, request, settings) {
    const deathDate = request.nguoiChet.ngayMat;
    const reference = referenceAmount(settings, deathDate);
    if (reference === undefined)
        return refused(kind, [reason('MUC_HUONG_CHUA_MO_HINH_HOA')]);
    const relatives = request.thanNhan ?? [];
    switch (kind) {
        case 'MAI_TANG_BHXH': {
            const refusal = funeralRefusal(record);
            if (refusal !== null)
                return refused(kind, [reason(refusal)]);
            const amount = benefitAmount('MAI_TANG_BHXH', deathDate, settings);
            if (!amount.ok)
                return refused(kind, [reason('MUC_HUONG_CHUA_MO_HINH_HOA')]);
            const heSo = settings.benefits.variants.MAI_TANG_BHXH.amount.multiple;
            return granted(kind, amount.value.amount, {
                canCuPhapLy: `${FUNERAL_LEGAL_BASIS}; ${amount.value.legalBasis}`.slice(0, 300),
                coSoTinh: { canCu: 'MUC_THAM_CHIEU', mucThamChieu: reference, mucCanCu: reference, heSo },
                nguoiHuong: [person(request.nguoiLoMaiTang)],
            });
        }
        case 'TU_TUAT_HANGTHANG': {
            if (!deceasedAllowsMonthly(record)) {
                return refused(kind, [reason('KHONG_DU_DIEU_KIEN_TUAT_HANG_THANG')]);
            }
            const payees = monthlyRelatives(relatives, deathDate);
            if (payees.length === 0)
                return refused(kind, [reason('KHONG_CO_THAN_NHAN_DU_DIEU_KIEN')]);
            const heSo = SURVIVOR_RULES.monthly.rateOfReference;
            const decision = granted(kind, Math.round(heSo * reference * payees.length), {
                coSoTinh: {
                    canCu: 'MUC_THAM_CHIEU',
                    mucThamChieu: reference,
                    mucCanCu: reference,
                    heSo,
                    soNguoiHuong: payees.length,
                },
                nguoiHuong: payees.map(person),
            });
            return { ...decision, hangThang: true, tuThang: nextMonth(deathDate.slice(0, 7)) };
        }
        case 'TU_TUAT_1LAN': {
            const basis = oneTimeBasis(record, deathDate);
            const representative = request.nguoiDaiDienNhan ?? request.nguoiLoMaiTang;
            return granted(kind, Math.round(basis.heSo * basis.mucCanCu), {
                coSoTinh: { ...basis, mucThamChieu: reference },
                nguoiHuong: [person(representative)],
            });
        }
    }
}
function granted(kind, soTien, extra) {
    return {
        cheDo: kind,
        ketQua: 'DUOC_HUONG',
        soTien,
        hangThang: false,
        canCuPhapLy: LEGAL_BASIS[kind],
        ...extra,
        lyDo: [],
    };
}
function refused(kind, lyDo) {
    return {
        cheDo: kind,
        ketQua: 'KHONG_DUOC_HUONG',
        soTien: 0,
        hangThang: kind === 'TU_TUAT_HANGTHANG',
        canCuPhapLy: LEGAL_BASIS[kind],
        lyDo: [...lyDo],
    };
}
function person(p) {
    return { hoTen: p.hoTen, soDinhDanh: p.soDinhDanh };
}
