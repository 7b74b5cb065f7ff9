import { callAgency, missingData, preferFor, readCommonAnswer } from './answers.js';
import { birthCertificateOf, childIdOf, group1Of, maskedPerson, summaryLine, } from './dossier-reads.js';
/** BHXH can only be told to refuse. @see mocks/bhxh/card-handlers.ts `outcomes` */
const CARD_OUTCOMES = { refuse: 'refuse' };
/** Relationships BHXH accepts for the declarant of TK1-TS. @see `ParentOrGuardian.quanHe` */
const PARENTS = ['CHA', 'ME', 'NGUOI_GIAM_HO'];
function isParentRelation(value) {
    return PARENTS.includes(value);
}
/**
 * Who declares for the child: the requester when a parent or guardian, else the mother (or the
 * father) with a known ID number. The e-form has no separate TK1-TS declarant.
 */
export function parentOf(form) {
    const { nguoiYeuCau: r, me, cha } = form;
    if (isParentRelation(r.quanHe))
        return { hoTen: r.hoTen, soDinhDanh: r.soDinhDanh, quanHe: r.quanHe };
    if (me.soDinhDanh !== undefined)
        return { hoTen: me.hoTen, soDinhDanh: me.soDinhDanh, quanHe: 'ME' };
    if (cha?.soDinhDanh !== undefined) {
        return { hoTen: cha.hoTen, soDinhDanh: cha.soDinhDanh, quanHe: 'CHA' };
    }
    return undefined;
}
/**
 * Where the birth was registered: the commune the certificate names (`noiDangKy`) in the
 * province of its issuing agency (`000.00.00.H38` → 38); else the mother's residence.
 */
export function birthPlaceOf(dossier, certificate) {
    const form = group1Of(dossier);
    const commune = certificate.noiDung?.['noiDangKy'];
    const province = /\.H(\d{2})$/.exec(certificate.coQuanCap)?.[1];
    return {
        maTinh: province ?? form?.me.diaChiThuongTru.maTinh ?? dossier.provinceCode,
        maXa: typeof commune === 'string' && /^\d{5}$/.test(commune)
            ? commune
            : (form?.me.diaChiThuongTru.maXa ?? ''),
    };
}
/**
 * The TK1-TS: the child as the e-form declares them with the ID number from leg KS, the
 * residence address when the e-form registers one (BHXH takes the registered address
 * otherwise), the initial-care facility and poor-household certificate of the BHYT part, and
 * the signed birth certificate itself.
 * @see specs/bhxh.yaml `ChildCardRequest`; NĐ 63/2024 Art. 26(2)
 */
export async function cardRequest(call) {
    const form = group1Of(call.dossier);
    if (!form)
        return missingData('KHONG_PHAI_HO_SO_KHAI_SINH', 'Hồ sơ không thuộc nhóm khai sinh');
    const soDinhDanh = childIdOf(call.dossier);
    if (soDinhDanh === undefined) {
        return missingData('CHUA_CO_SO_DINH_DANH', 'Trẻ chưa được cấp số định danh cá nhân (KS)');
    }
    const certificate = await birthCertificateOf(call);
    if (!certificate)
        return missingData('CHUA_CO_GIAY_KHAI_SINH', 'Chưa có Giấy khai sinh điện tử');
    const parent = parentOf(form);
    if (!parent)
        return missingData('THIEU_CHA_ME', 'Không xác định được cha, mẹ kê khai cho trẻ');
    const { treEm, bhyt, thuongTru } = form;
    return {
        maHoSo: call.leg.state.maHoSo,
        treEm: {
            hoTen: treEm.hoTen,
            ngaySinh: treEm.ngaySinh,
            gioiTinh: treEm.gioiTinh,
            danToc: treEm.danToc,
            quocTich: treEm.quocTich,
            soDinhDanh,
            noiDangKyKhaiSinh: birthPlaceOf(call.dossier, certificate),
            ...(thuongTru ? { diaChi: thuongTru.diaChi } : {}),
        },
        chaMeHoacNguoiGiamHo: parent,
        noiKcbBanDau: bhyt.noiKcbBanDau,
        giayKhaiSinh: certificate,
        ...(form.giayChungSinh ? { maGiayChungSinh: form.giayChungSinh.maGiayChungSinh } : {}),
        ...(bhyt.hoNgheo ? { hoNgheo: bhyt.hoNgheo } : {}),
    };
}
function readIssuance(answer) {
    const common = readCommonAnswer(answer);
    if (common)
        return common;
    if (answer.status !== 201) {
        return missingData('TRA_LOI_KHONG_MONG_DOI', `Hệ thống BHXH trả lời ${answer.status}`);
    }
    const { theBhyt } = answer.body;
    return { kind: 'done', documents: [theBhyt.giayTo], agencyRef: theBhyt.maTheBhyt };
}
async function issue(call) {
    const body = await cardRequest(call);
    if ('kind' in body)
        return body;
    const prefer = preferFor(call.decision, CARD_OUTCOMES);
    return readIssuance(await callAgency(call, 'bhxhIssueChildCard', { body }, prefer));
}
/**
 * BHYT: issues the card (`bhxhIssueChildCard`, decided at once). `check` reads the card with
 * `bhxhGetCard`; BHXH keeps no signed copy there, so a card found is issued again (idempotent
 * per child: the same card, freshly signed).
 */
export const childHealthCard = {
    operationId: 'bhxhIssueChildCard',
    start: issue,
    async check(call) {
        const maTheBhyt = call.leg.agencyRef;
        if (maTheBhyt === undefined)
            return issue(call);
        const answer = await callAgency(call, 'bhxhGetCard', { params: { maTheBhyt } });
        const common = readCommonAnswer(answer);
        if (common)
            return common;
        const card = answer.body;
        if (card.trangThai === 'DA_THU_HOI') {
            return missingData('THE_BHYT_DA_THU_HOI', 'Thẻ BHYT đã bị thu hồi');
        }
        if (card.giayTo)
            return { kind: 'done', documents: [card.giayTo], agencyRef: maTheBhyt };
        return issue({ ...call, decision: undefined });
    },
    summary(dossier, _leg) {
        const form = group1Of(dossier);
        const child = form ? maskedPerson(form.treEm.hoTen, childIdOf(dossier)) : 'trẻ';
        const facility = form?.bhyt.noiKcbBanDau.maCoSoKcb;
        const at = facility !== undefined ? `, KCB ban đầu ${facility}` : '';
        return summaryLine(`Cấp mã số BHXH và thẻ BHYT trẻ em cho ${child}${at}`);
    },
};
