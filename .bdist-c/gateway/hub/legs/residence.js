import { callAgency, instantOf, missingData, preferFor, readCommonAnswer, reasonOf, reasonsOf, } from './answers.js';
import { childIdOf, deathRegistrationOf, group1Of, group2Of, maskedPerson, summaryLine, vnDateOf, } from './dossier-reads.js';
/** The forced outcomes of each operation. @see mocks/cutru/handlers.ts `outcomes` */
const REGISTER_OUTCOMES = { approve: 'register', refuse: 'refuse' };
const DEREGISTER_OUTCOMES = { approve: 'deregister', refuse: 'refuse' };
/**
 * The CT01 of the newborn: the child as registered at birth (the ID number from leg KS), the
 * address, head and consent mode of the e-form's residence part, declared by the requester.
 * @see specs/lienthong.yaml `ResidenceDeclaration`; specs/cutru.yaml `PermanentResidenceRequest`
 */
export function registrationRequest(dossier, leg) {
    const form = group1Of(dossier);
    if (!form?.thuongTru) {
        return missingData('THIEU_THONG_TIN_THUONG_TRU', 'Tờ khai không có phần đăng ký thường trú');
    }
    const soDinhDanh = childIdOf(dossier);
    if (soDinhDanh === undefined) {
        return missingData('CHUA_CO_SO_DINH_DANH', 'Trẻ chưa được cấp số định danh cá nhân (KS)');
    }
    const { treEm, thuongTru, nguoiYeuCau } = form;
    const ct01 = (form.tepDinhKem ?? []).filter((f) => f.maThanhPhanHoSo === 'TP_CT01');
    return {
        maHoSo: leg.state.maHoSo,
        nguoiDangKy: {
            hoTen: treEm.hoTen,
            ngaySinh: treEm.ngaySinh,
            gioiTinh: treEm.gioiTinh,
            soDinhDanh,
        },
        diaChi: thuongTru.diaChi,
        chuHo: thuongTru.chuHo,
        cheDoDongY: thuongTru.cheDoDongY,
        nguoiKeKhai: {
            hoTen: nguoiYeuCau.hoTen,
            soDinhDanh: nguoiYeuCau.soDinhDanh,
            quanHe: nguoiYeuCau.quanHe,
        },
        noiDungDeNghi: 'Đăng ký thường trú cho trẻ mới sinh (liên thông khai sinh)',
        ...(ct01.length > 0 ? { tepDinhKem: ct01 } : {}),
    };
}
/**
 * A registration read into the leg's outcome: DA_DANG_KY → done with the CT08 notice; TU_CHOI →
 * refused with the CT06 slip and its reasons; waiting for the head or processing → pending.
 */
export function registrationOutcome(registration) {
    const agencyRef = registration.maDangKy;
    switch (registration.trangThai) {
        case 'DA_DANG_KY': {
            const notice = registration.thongBaoKetQua;
            return { kind: 'done', documents: notice ? [notice.giayTo] : [], agencyRef };
        }
        case 'TU_CHOI': {
            const slip = registration.phieuTuChoi;
            const reasons = reasonsOf(slip?.lyDo);
            return {
                kind: 'refused',
                reasons: reasons.length > 0 ? reasons : [reasonOf('TU_CHOI_CU_TRU', 'Từ chối đăng ký thường trú')],
                ...(slip ? { documents: [slip.giayTo] } : {}),
                agencyRef,
            };
        }
        case 'CHO_XAC_NHAN_CHU_HO':
            // The head may answer in VNeID at any moment: read again soon, not at the time limit.
            return { kind: 'pending', agencyRef };
        case 'DANG_XU_LY': {
            const recheckAt = instantOf(registration.hanXuLy);
            return { kind: 'pending', agencyRef, ...(recheckAt ? { recheckAt } : {}) };
        }
    }
}
function readRegistration(answer, success) {
    const common = readCommonAnswer(answer);
    if (common)
        return common;
    if (answer.status !== success) {
        return missingData('TRA_LOI_KHONG_MONG_DOI', `Hệ thống cư trú trả lời ${answer.status}`);
    }
    return registrationOutcome(answer.body);
}
/**
 * TT: registers the newborn's permanent residence (`cutruRegisterPermanentResidence`) and reads
 * it again with `cutruGetRegistration`.
 */
export const permanentResidence = {
    operationId: 'cutruRegisterPermanentResidence',
    async start(call) {
        const body = registrationRequest(call.dossier, call.leg);
        if ('kind' in body)
            return body;
        const prefer = preferFor(call.decision, REGISTER_OUTCOMES);
        const answer = await callAgency(call, 'cutruRegisterPermanentResidence', { body }, prefer);
        return readRegistration(answer, 201);
    },
    async check(call) {
        const maDangKy = call.leg.agencyRef;
        if (maDangKy === undefined)
            return missingData('CHUA_CO_MA_DANG_KY', 'Chưa có mã đăng ký');
        const answer = await callAgency(call, 'cutruGetRegistration', { params: { maDangKy } });
        return readRegistration(answer, 200);
    },
    summary(dossier) {
        const form = group1Of(dossier);
        const child = form ? maskedPerson(form.treEm.hoTen, childIdOf(dossier)) : 'trẻ';
        const head = form?.thuongTru?.chuHo.hoTen;
        const into = head !== undefined ? ` vào hộ do ${head} làm chủ hộ` : '';
        return summaryLine(`Đăng ký thường trú cho ${child}${into}`);
    },
};
/**
 * The deregistration of the deceased: ground CHET with the death registration (leg KT's
 * `maDangKy`) and the date of death of the e-form, declared by the requester.
 * @see specs/cutru.yaml `DeregistrationRequest`
 */
export function deregistrationRequest(dossier, leg) {
    const form = group2Of(dossier);
    if (!form)
        return missingData('KHONG_PHAI_HO_SO_KHAI_TU', 'Hồ sơ không thuộc nhóm khai tử');
    const maDangKyKhaiTu = deathRegistrationOf(dossier);
    const { nguoiChet, nguoiYeuCau } = form;
    return {
        maHoSo: leg.state.maHoSo,
        soDinhDanh: nguoiChet.soDinhDanh,
        lyDo: 'CHET',
        // Without it cutru answers 422 DEATH_NOT_RECORDED, which reads as an error of the leg.
        ...(maDangKyKhaiTu !== undefined ? { maDangKyKhaiTu } : {}),
        ngayMat: vnDateOf(form.thoiDiemChet),
        nguoiKeKhai: {
            hoTen: nguoiYeuCau.hoTen,
            soDinhDanh: nguoiYeuCau.soDinhDanh,
            quanHe: nguoiYeuCau.quanHe,
        },
    };
}
/** DA_XOA → done with the notice; TU_CHOI → refused with its reasons; else pending. */
export function deregistrationOutcome(deregistration) {
    const agencyRef = deregistration.maXoaDangKy;
    switch (deregistration.trangThai) {
        case 'DA_XOA': {
            const notice = deregistration.thongBao;
            return { kind: 'done', documents: notice ? [notice.giayTo] : [], agencyRef };
        }
        case 'TU_CHOI': {
            const reasons = reasonsOf(deregistration.lyDo);
            return {
                kind: 'refused',
                reasons: reasons.length > 0
                    ? reasons
                    : [reasonOf('TU_CHOI_XOA_THUONG_TRU', 'Từ chối xóa đăng ký thường trú')],
                agencyRef,
            };
        }
        case 'DANG_XU_LY': {
            const recheckAt = instantOf(deregistration.hanXuLy);
            return { kind: 'pending', agencyRef, ...(recheckAt ? { recheckAt } : {}) };
        }
    }
}
function readDeregistration(answer, success) {
    const common = readCommonAnswer(answer);
    if (common)
        return common;
    if (answer.status !== success) {
        return missingData('TRA_LOI_KHONG_MONG_DOI', `Hệ thống cư trú trả lời ${answer.status}`);
    }
    return deregistrationOutcome(answer.body);
}
/**
 * XTT: deregisters the deceased's permanent residence (`cutruDeregisterPermanentResidence`)
 * and reads it again with `cutruGetDeregistration`.
 */
export const residenceDeregistration = {
    operationId: 'cutruDeregisterPermanentResidence',
    async start(call) {
        const body = deregistrationRequest(call.dossier, call.leg);
        if ('kind' in body)
            return body;
        const prefer = preferFor(call.decision, DEREGISTER_OUTCOMES);
        const answer = await callAgency(call, 'cutruDeregisterPermanentResidence', { body }, prefer);
        return readDeregistration(answer, 201);
    },
    async check(call) {
        const maXoaDangKy = call.leg.agencyRef;
        if (maXoaDangKy === undefined) {
            return missingData('CHUA_CO_MA_XOA_DANG_KY', 'Chưa có mã hồ sơ xóa đăng ký');
        }
        const answer = await callAgency(call, 'cutruGetDeregistration', { params: { maXoaDangKy } });
        return readDeregistration(answer, 200);
    },
    summary(dossier) {
        const form = group2Of(dossier);
        const who = form ? maskedPerson(form.nguoiChet.hoTen, form.nguoiChet.soDinhDanh) : 'người chết';
        return summaryLine(`Xóa đăng ký thường trú của ${who} (đã chết)`);
    },
};
