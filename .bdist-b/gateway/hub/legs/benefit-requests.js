import { callAgency, missingData, readCommonAnswer } from './answers.js';
import { toLocalDate } from '../../../mocks/domain/calendar/index.js';
import { deathExtractOf, group2Of, vnDateOf } from './dossier-reads.js';
/** The branches BHXH decides, and those the social line decides. @see DOMAIN.md §4 (routing) */
const BHXH_KINDS = ['MAI_TANG_BHXH', 'TU_TUAT_1LAN', 'TU_TUAT_HANGTHANG'];
const SUPPORT_KINDS = [
    'HO_TRO_MAI_TANG',
    'MAI_TANG_HTXH',
    'MAI_TANG_NCC',
    'MAI_TANG_KHAC',
];
/** The branch a benefit leg was routed by (its `variant`, else the first routed branch). */
export function branchOf(call) {
    return call.leg.variant ?? call.leg.state.cheDoHuong?.[0];
}
/**
 * The deceased, the death extract, who arranged the funeral and the bank account. The e-form
 * requires `nguoiLoMaiTang` with MT only: a survivor claim alone names the requester, who
 * applies on the family's behalf (BHXH requires the field on every claim).
 */
async function basics(call) {
    const form = group2Of(call.dossier);
    if (!form)
        return missingData('KHONG_PHAI_HO_SO_KHAI_TU', 'Hồ sơ không thuộc nhóm khai tử');
    if (!form.taiKhoanNganHang) {
        return missingData('THIEU_TAI_KHOAN_NHAN_TIEN', 'Tờ khai thiếu tài khoản nhận tiền');
    }
    const extract = await deathExtractOf(call);
    if (!extract)
        return missingData('CHUA_CO_TRICH_LUC_KHAI_TU', 'Chưa có trích lục khai tử');
    const { nguoiChet, nguoiYeuCau: r } = form;
    return {
        form,
        extract,
        nguoiChet: {
            hoTen: nguoiChet.hoTen,
            soDinhDanh: nguoiChet.soDinhDanh,
            ngayMat: vnDateOf(form.thoiDiemChet),
        },
        nguoiLoMaiTang: form.nguoiLoMaiTang ?? {
            hoTen: r.hoTen,
            soDinhDanh: r.soDinhDanh,
            quanHe: r.quanHe,
        },
        taiKhoanNganHang: form.taiKhoanNganHang,
    };
}
/** Whether someone born on `birthDate` is 18 or older on `onDate` (both `yyyy-MM-dd`). */
function isAdult(birthDate, onDate) {
    const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
    return years > 18 || (years === 18 && onDate.slice(5) >= birthDate.slice(5));
}
/**
 * Asks one relative in VNeID to agree on the representative and returns the answer as BHXH
 * reads it; `undefined` when VNeID cannot ask them (no level-2 account…): BHXH then refuses
 * the one-time allowance for the missing agreement.
 * @see specs/vneid.yaml `vneidRequestConfirmation` (THOA_THUAN_NGUOI_DAI_DIEN)
 */
async function askAgreement(call, relative, representative, requester) {
    const answer = await callAgency(call, 'vneidRequestConfirmation', {
        body: {
            loaiXacNhan: 'THOA_THUAN_NGUOI_DAI_DIEN',
            soDinhDanhNguoiXacNhan: relative.soDinhDanh,
            maHoSo: call.leg.state.maHoSo,
            noiDung: `Đồng ý cử ${representative.hoTen} đại diện nhận trợ cấp tuất một lần`,
            nguoiLienQuan: { hoTen: representative.hoTen, soDinhDanh: representative.soDinhDanh },
            nguoiDeNghi: { hoTen: requester.hoTen, soDinhDanh: requester.soDinhDanh },
        },
    });
    const common = readCommonAnswer(answer);
    if (common?.kind === 'unavailable')
        return common;
    if (common || answer.status !== 201)
        return undefined;
    const { maXacNhan, trangThai } = answer.body;
    return { maXacNhan, trangThai };
}
/**
 * The relatives list as BHXH takes it. For the one-time allowance every adult relative who
 * confirms in VNeID is asked now and the answer attached; one who does not filed Form 09-HSB
 * (`xacNhanVneid: false` on Mẫu số 02 means the form is attached).
 */
async function relativesFor(call, form, kind, representative) {
    const today = toLocalDate(call.ctx.clock.now());
    const relatives = [];
    for (const r of form.thanNhan ?? []) {
        const base = {
            hoTen: r.hoTen,
            soDinhDanh: r.soDinhDanh,
            ngaySinh: r.ngaySinh,
            quanHe: r.quanHe,
            ...(r.suyGiamKhaNangLaoDong !== undefined
                ? { suyGiamKhaNangLaoDong: r.suyGiamKhaNangLaoDong }
                : {}),
        };
        if (!r.xacNhanVneid) {
            relatives.push({ ...base, mau09Hsb: true });
            continue;
        }
        if (kind !== 'TU_TUAT_1LAN' || !representative || !isAdult(r.ngaySinh, today)) {
            relatives.push(base);
            continue;
        }
        const agreement = await askAgreement(call, r, representative, form.nguoiYeuCau);
        if (agreement !== undefined && 'kind' in agreement)
            return agreement;
        relatives.push(agreement ? { ...base, xacNhanVneid: agreement } : base);
    }
    return relatives;
}
/**
 * Who receives the one-time allowance: the e-form's representative, else the requester when
 * they are on the relatives list.
 */
function representativeOf(form) {
    if (form.nguoiDaiDienNhan)
        return form.nguoiDaiDienNhan;
    const r = form.nguoiYeuCau;
    const listed = (form.thanNhan ?? []).some((t) => t.soDinhDanh === r.soDinhDanh);
    return listed ? { hoTen: r.hoTen, soDinhDanh: r.soDinhDanh } : undefined;
}
/**
 * BHXH's claim for the leg's own branch (MT → MAI_TANG_BHXH, TU → a survivor allowance): one
 * claim per leg, so each leg has its own `maHoSoHuong` and decision.
 * @see specs/bhxh.yaml `bhxhClaimDeathBenefits`
 */
export async function bhxhClaimRequest(call) {
    const branch = branchOf(call);
    const kind = BHXH_KINDS.find((k) => k === branch);
    if (kind === undefined) {
        return missingData('NHANH_CHE_DO_KHONG_HOP_LE', `Nhánh ${branch ?? '(trống)'} không do BHXH giải quyết`);
    }
    const base = await basics(call);
    if ('kind' in base)
        return base;
    const { form } = base;
    const survivor = kind !== 'MAI_TANG_BHXH';
    const representative = kind === 'TU_TUAT_1LAN' ? representativeOf(form) : undefined;
    const thanNhan = survivor ? await relativesFor(call, form, kind, representative) : [];
    if ('kind' in thanNhan)
        return thanNhan;
    return {
        maHoSo: call.leg.state.maHoSo,
        cheDo: [kind],
        nguoiChet: { ...base.nguoiChet, ngaySinh: form.nguoiChet.ngaySinh },
        trichLucKhaiTu: base.extract,
        nguoiLoMaiTang: base.nguoiLoMaiTang,
        ...(survivor ? { thanNhan } : {}),
        ...(representative ? { nguoiDaiDienNhan: representative } : {}),
        taiKhoanNganHang: base.taiKhoanNganHang,
    };
}
/**
 * The social line's funeral-support claim for the leg's branch.
 * @see specs/xahoi.yaml `xahoiClaimFuneralSupport`
 */
export async function supportClaimRequest(call) {
    const branch = branchOf(call);
    const kind = SUPPORT_KINDS.find((k) => k === branch);
    if (kind === undefined) {
        return missingData('NHANH_CHE_DO_KHONG_HOP_LE', `Nhánh ${branch ?? '(trống)'} không do ngành xã hội giải quyết`);
    }
    const base = await basics(call);
    if ('kind' in base)
        return base;
    return {
        maHoSo: call.leg.state.maHoSo,
        cheDo: kind,
        nguoiChet: base.nguoiChet,
        trichLucKhaiTu: base.extract,
        nguoiLoMaiTang: base.nguoiLoMaiTang,
        taiKhoanNganHang: base.taiKhoanNganHang,
    };
}
