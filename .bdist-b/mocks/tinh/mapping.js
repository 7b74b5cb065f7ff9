import { toSyncTimestamp } from '../domain/calendar/index.js';
import { reason } from './problems.js';
import { dossierStatus } from './rules.js';
/** The account name the province's automatic steps carry. */
export const SYSTEM_HANDLER = 'Hệ thống một cửa điện tử cấp tỉnh';
/**
 * The birth registration request of a Mẫu số 01: the child, the mother, the father (at the
 * mother's address when he lives with her), the evidence, the requester, at the mother's commune.
 * @see DOMAIN.md §3 step 4; specs/hotich.yaml `hotichRegisterBirth`
 */
export function birthRequest(target, form, receivedAt) {
    const { treEm, me, cha } = form;
    const base = {
        maHoSo: target.maHoSo,
        maDonVi: target.maDonVi,
        maXaDangKy: target.maXaDangKy,
        ngayTiepNhan: receivedAt,
        treEm: {
            hoTen: treEm.hoTen,
            ngaySinh: treEm.ngaySinh,
            gioiTinh: treEm.gioiTinh,
            noiSinh: treEm.noiSinh,
            danToc: treEm.danToc,
            quocTich: treEm.quocTich,
            ...(treEm.queQuan !== undefined ? { queQuan: treEm.queQuan } : {}),
        },
        me,
        ...(cha !== undefined ? { cha: fatherOf(cha, me.diaChiThuongTru) } : {}),
        ...(form.giayChungNhanKetHon !== undefined
            ? { giayChungNhanKetHon: form.giayChungNhanKetHon }
            : {}),
        nguoiYeuCau: requesterOf(form.nguoiYeuCau),
        ...(treEm.soBanSao !== undefined ? { soBanSao: treEm.soBanSao } : {}),
        ...(form.tepDinhKem !== undefined ? { tepDinhKem: form.tepDinhKem } : {}),
    };
    if (form.giayChungSinh !== undefined)
        return { ...base, giayChungSinh: form.giayChungSinh };
    if (form.nguoiLamChung !== undefined)
        return { ...base, nguoiLamChung: form.nguoiLamChung };
    throw new Error('tinh: a birth dossier without evidence passed checkPush');
}
/**
 * The death registration request of a Mẫu số 02, at the deceased's last residence.
 * @see DOMAIN.md §4 step 3; specs/hotich.yaml `hotichRegisterDeath`
 */
export function deathRequest(target, form, receivedAt) {
    const base = {
        maHoSo: target.maHoSo,
        maDonVi: target.maDonVi,
        maXaDangKy: target.maXaDangKy,
        ngayTiepNhan: receivedAt,
        nguoiChet: form.nguoiChet,
        thoiDiemChet: form.thoiDiemChet,
        noiChet: form.noiChet,
        nguyenNhanChet: form.nguyenNhanChet,
        nguoiYeuCau: requesterOf(form.nguoiYeuCau),
        ...(form.soBanSao !== undefined ? { soBanSao: form.soBanSao } : {}),
        ...(form.tepDinhKem !== undefined ? { tepDinhKem: form.tepDinhKem } : {}),
    };
    if (form.giayBaoTu !== undefined)
        return { ...base, giayBaoTu: form.giayBaoTu };
    if (form.giayToThayThe !== undefined)
        return { ...base, giayToThayThe: form.giayToThayThe };
    throw new Error('tinh: a death dossier without evidence passed checkPush');
}
function fatherOf(cha, mothersAddress) {
    return {
        hoTen: cha.hoTen,
        ...(cha.soDinhDanh !== undefined ? { soDinhDanh: cha.soDinhDanh } : {}),
        ngaySinh: cha.ngaySinh,
        danToc: cha.danToc,
        quocTich: cha.quocTich,
        diaChiThuongTru: cha.diaChiThuongTru ?? mothersAddress,
    };
}
function requesterOf(applicant) {
    return {
        hoTen: applicant.hoTen,
        soDinhDanh: applicant.soDinhDanh,
        quanHe: applicant.quanHe,
        ...(applicant.soDienThoai !== undefined ? { soDienThoai: applicant.soDienThoai } : {}),
        ...(applicant.email !== undefined ? { email: applicant.email } : {}),
    };
}
/**
 * The blocks of a citizen's supplement that concern the birth registration (others, such as
 * residence or BHYT, go to the hub's legs). Only `noiDung` when none does.
 * @see specs/hotich.yaml `BirthSupplement`
 */
export function birthSupplement(boSung, form) {
    const mother = boSung.me ?? form.me;
    return {
        noiDung: boSung.noiDung,
        ...(boSung.me !== undefined ? { me: boSung.me } : {}),
        ...(boSung.cha !== undefined ? { cha: fatherOf(boSung.cha, mother.diaChiThuongTru) } : {}),
        ...(boSung.giayChungNhanKetHon !== undefined
            ? { giayChungNhanKetHon: boSung.giayChungNhanKetHon }
            : {}),
        ...(boSung.giayChungSinh !== undefined ? { giayChungSinh: boSung.giayChungSinh } : {}),
        ...(boSung.nguoiLamChung !== undefined ? { nguoiLamChung: boSung.nguoiLamChung } : {}),
        ...(boSung.tepDinhKem !== undefined ? { tepDinhKem: boSung.tepDinhKem } : {}),
    };
}
/**
 * The blocks of a citizen's supplement that concern the death registration.
 * @see specs/hotich.yaml `DeathSupplement`
 */
export function deathSupplement(boSung) {
    return {
        noiDung: boSung.noiDung,
        ...(boSung.giayBaoTu !== undefined ? { giayBaoTu: boSung.giayBaoTu } : {}),
        ...(boSung.giayToThayThe !== undefined ? { giayToThayThe: boSung.giayToThayThe } : {}),
        ...(boSung.tepDinhKem !== undefined ? { tepDinhKem: boSung.tepDinhKem } : {}),
    };
}
/**
 * The report of a decided registration: HOAN_THANH with the signed Giấy khai sinh or Trích lục
 * khai tử (and the child's ID number for KS), YEU_CAU_BO_SUNG with what to supply and by when,
 * TU_CHOI with the reasons. `undefined` while undecided (status 1, 3).
 * @see specs/lienthong.yaml `LegCompletedReport`, `LegSupplementReport`, `LegRefusalReport`
 */
export function reportOf(registration) {
    const { maDangKy, trangThai, thoiDiemCapNhat } = registration;
    if (trangThai === 4) {
        const document = 'nguoiChet' in registration ? registration.trichLucKhaiTu : registration.giayKhaiSinh;
        if (document === undefined)
            return undefined;
        const soDinhDanh = 'soDinhDanh' in registration ? registration.soDinhDanh : undefined;
        return {
            ketQua: 'HOAN_THANH',
            thoiDiem: document.ngayCap,
            maDangKy,
            giayTo: [document],
            ...(soDinhDanh !== undefined ? { soDinhDanh } : {}),
        };
    }
    const lyDo = reasonsOr(registration.lyDo);
    if (trangThai === 2) {
        return {
            ketQua: 'YEU_CAU_BO_SUNG',
            thoiDiem: thoiDiemCapNhat,
            maDangKy,
            lyDo,
            noiDungBoSung: lyDo
                .map((r) => r.moTa)
                .join('; ')
                .slice(0, 1000),
            ...(registration.hanBoSung !== undefined ? { hanBoSung: registration.hanBoSung } : {}),
        };
    }
    if (trangThai === 0)
        return { ketQua: 'TU_CHOI', thoiDiem: thoiDiemCapNhat, maDangKy, lyDo };
    return undefined;
}
/**
 * The refusal report of a registration the civil-status software would not take (a 4xx problem):
 * its `lyDo`, else its code and title as the one reason.
 * @see specs/hotich.yaml (422, 409 problems carry `lyDo`); specs/lienthong.yaml `LegRefusalReport`
 */
export function refusalReport(problemBody, at) {
    return { ketQua: 'TU_CHOI', thoiDiem: at, lyDo: reasonsOfProblem(problemBody) };
}
/** The reasons a problem body carries, else one reason from its code and title. */
export function reasonsOfProblem(body) {
    const p = (body ?? {});
    if (Array.isArray(p.lyDo) && p.lyDo.length > 0)
        return p.lyDo.slice(0, 20);
    const code = typeof p.code === 'string' && /^[A-Z][A-Z0-9_]{1,63}$/.test(p.code) ? p.code : '';
    if (code === '')
        return [reason('LOI_PHAN_MEM_HO_TICH')];
    const moTa = typeof p.title === 'string' && p.title !== '' ? p.title : code;
    return [{ ma: code, moTa }];
}
function reasonsOr(lyDo) {
    return lyDo !== undefined && lyDo.length > 0
        ? lyDo.slice(0, 20)
        : [reason('LOI_PHAN_MEM_HO_TICH')];
}
/**
 * A processing step in the CapNhatTienDoHoSoMC shape (timestamps `yyyyMMddHHmmss`).
 * @see DOMAIN.md §7 ("CapNhatTienDoHoSoMC fields"); specs/lienthong.yaml `ProgressUpdate`
 */
export function progressUpdate(step) {
    return {
        MaHoSo: step.maHoSo,
        NguoiXuLy: step.nguoiXuLy ?? SYSTEM_HANDLER,
        PhongBanXuLy: 'Bộ phận Tiếp nhận và Trả kết quả',
        ThoiDiemXuLy: toSyncTimestamp(step.at),
        NoiDungXuLy: step.noiDung,
        TrangThai: step.trangThai,
        ...(step.batDau !== undefined ? { NgayBatDau: toSyncTimestamp(step.batDau) } : {}),
        ...(step.hanKetThuc !== undefined
            ? { NgayKetThucTheoQuyDinh: toSyncTimestamp(step.hanKetThuc) }
            : {}),
    };
}
/**
 * The province's view of a dossier for `tinhGetDossierStatus`.
 * @see specs/tinh.yaml `ProvinceDossierStatus`
 */
export function statusView(record) {
    const { leg } = record;
    return {
        maHoSo: record.id,
        maHoSoTinh: record.maHoSoTinh,
        soBienNhan: record.soBienNhan,
        trangThai: dossierStatus(record),
        thoiDiemNhan: record.thoiDiemNhan,
        thuTucHoTich: {
            ma: leg.ma,
            maHoSo: leg.maHoSo,
            trangThai: leg.trangThai,
            ...(leg.maDangKy !== undefined ? { maDangKy: leg.maDangKy } : {}),
            ...(leg.thoiDiemChuyen !== undefined ? { thoiDiemChuyen: leg.thoiDiemChuyen } : {}),
            ...(leg.hanXuLy !== undefined ? { hanXuLy: leg.hanXuLy } : {}),
            daBaoCao: leg.daBaoCao,
            ...(leg.lyDo !== undefined && leg.lyDo.length > 0 ? { lyDo: [...leg.lyDo] } : {}),
        },
        thoiDiemCapNhat: record.thoiDiemCapNhat,
    };
}
