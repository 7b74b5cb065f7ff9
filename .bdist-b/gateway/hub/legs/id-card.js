import { callAgency, instantOf, missingData, preferFor, readCommonAnswer, reasonOf, reasonsOf, } from './answers.js';
import { childIdOf, group1Of, maskedPerson, summaryLine } from './dossier-reads.js';
/** dancu can only be told to refuse. @see mocks/dancu/id-card-handlers.ts `REFUSE` */
const ID_CARD_OUTCOMES = { refuse: 'refuse' };
/**
 * How the card reaches the family, from the e-form's delivery method: at the counter → at the
 * police office; online or by post → e-card in VNeID plus the card by post (the sandbox default
 * of DOMAIN.md §3 "Regime 2026").
 */
const DELIVERY = {
    TRUC_TUYEN: 'VNEID_VA_BUU_CHINH',
    BUU_CHINH: 'VNEID_VA_BUU_CHINH',
    TAI_QUAY: 'TAI_CO_QUAN',
};
/**
 * The legal representative: the requester when a parent or guardian, else the mother, else
 * the father (dancu checks them against the register).
 */
export function representativeOf(form) {
    const { nguoiYeuCau: r, me, cha } = form;
    if (['CHA', 'ME', 'NGUOI_GIAM_HO'].includes(r.quanHe)) {
        return { hoTen: r.hoTen, soDinhDanh: r.soDinhDanh, quanHe: r.quanHe };
    }
    if (me.soDinhDanh !== undefined)
        return { hoTen: me.hoTen, soDinhDanh: me.soDinhDanh, quanHe: 'ME' };
    if (cha?.soDinhDanh !== undefined) {
        return { hoTen: cha.hoTen, soDinhDanh: cha.soDinhDanh, quanHe: 'CHA' };
    }
    return undefined;
}
/**
 * The application: the child's ID number (leg KS), the representative, the delivery method and,
 * for a posted card, the requester's address when the e-form gives one (dancu posts to the
 * child's permanent address otherwise).
 * @see specs/dancu.yaml `IdCardApplicationRequest`
 */
export function applicationRequest(dossier, leg) {
    const form = group1Of(dossier);
    if (!form)
        return missingData('KHONG_PHAI_HO_SO_KHAI_SINH', 'Hồ sơ không thuộc nhóm khai sinh');
    const soDinhDanh = childIdOf(dossier);
    if (soDinhDanh === undefined) {
        return missingData('CHUA_CO_SO_DINH_DANH', 'Trẻ chưa được cấp số định danh cá nhân (KS)');
    }
    const nguoiDaiDien = representativeOf(form);
    if (!nguoiDaiDien) {
        return missingData('THIEU_NGUOI_DAI_DIEN', 'Không xác định được người đại diện của trẻ');
    }
    const hinhThucNhan = DELIVERY[form.hinhThucNhanKetQua];
    const diaChiNhan = hinhThucNhan === 'VNEID_VA_BUU_CHINH' ? form.nguoiYeuCau.diaChi : undefined;
    return {
        maHoSo: leg.state.maHoSo,
        soDinhDanh,
        nguoiDaiDien,
        hinhThucNhan,
        ...(diaChiNhan !== undefined ? { diaChiNhan } : {}),
    };
}
/** DA_CAP → done with the e-card; TU_CHOI → refused; received or processing → pending. */
export function applicationOutcome(application) {
    const agencyRef = application.maHoSoCanCuoc;
    switch (application.trangThai) {
        case 'DA_CAP':
            return {
                kind: 'done',
                documents: application.giayTo ? [application.giayTo] : [],
                agencyRef,
            };
        case 'TU_CHOI': {
            const reasons = reasonsOf(application.lyDo);
            return {
                kind: 'refused',
                reasons: reasons.length > 0 ? reasons : [reasonOf('TU_CHOI_CAP_CAN_CUOC', 'Từ chối cấp thẻ')],
                agencyRef,
            };
        }
        case 'TIEP_NHAN':
        case 'DANG_XU_LY': {
            // dancu reveals the decision when the clock reaches ngayHenTra.
            const recheckAt = instantOf(application.ngayHenTra);
            return { kind: 'pending', agencyRef, ...(recheckAt ? { recheckAt } : {}) };
        }
    }
}
function readApplication(answer, success) {
    const common = readCommonAnswer(answer);
    if (common)
        return common;
    if (answer.status !== success) {
        return missingData('TRA_LOI_KHONG_MONG_DOI', `Hệ thống dân cư trả lời ${answer.status}`);
    }
    return applicationOutcome(answer.body);
}
/**
 * CC: applies for the card (`dancuApplyIdCard`) and reads the application again with
 * `dancuGetIdCardApplication`.
 */
export const childIdCard = {
    operationId: 'dancuApplyIdCard',
    keepsOwnSchedule: true,
    async start(call) {
        const body = applicationRequest(call.dossier, call.leg);
        if ('kind' in body)
            return body;
        const prefer = preferFor(call.decision, ID_CARD_OUTCOMES);
        return readApplication(await callAgency(call, 'dancuApplyIdCard', { body }, prefer), 201);
    },
    async check(call) {
        const maHoSoCanCuoc = call.leg.agencyRef;
        if (maHoSoCanCuoc === undefined) {
            return missingData('CHUA_CO_MA_HO_SO_CAN_CUOC', 'Chưa có mã hồ sơ căn cước');
        }
        const answer = await callAgency(call, 'dancuGetIdCardApplication', {
            params: { maHoSoCanCuoc },
        });
        return readApplication(answer, 200);
    },
    summary(dossier) {
        const form = group1Of(dossier);
        const child = form ? maskedPerson(form.treEm.hoTen, childIdOf(dossier)) : 'trẻ';
        return summaryLine(`Cấp thẻ căn cước cho trẻ dưới 6 tuổi ${child}`);
    },
};
