import { nameKey } from '../domain/identifiers/index.js';
/** Why a citizen cannot be asked to confirm, with its Vietnamese wording. */
export const CONFIRMER_REASONS = {
    NGUOI_XAC_NHAN_KHONG_TON_TAI: 'Không tìm thấy công dân được đề nghị xác nhận',
    NGUOI_XAC_NHAN_DA_CHET: 'Công dân được đề nghị xác nhận đã chết',
    CHUA_CO_TAI_KHOAN_MUC_2: 'Công dân chưa có tài khoản định danh điện tử mức độ 2',
    TAI_KHOAN_KHONG_HOAT_DONG: 'Tài khoản định danh điện tử không hoạt động (chưa kích hoạt, bị khóa)',
    HAN_XAC_NHAN_DA_QUA: 'Hạn xác nhận đã qua',
};
/**
 * Whether a citizen can confirm in the app: known to VNeID, alive, with an active level-2
 * account (level 2 is what a citizen needs to act on a linked dossier online).
 * @see DOMAIN.md §2 A1, §3 step 1; NĐ 69/2024/NĐ-CP (levels of e-identification accounts)
 */
export function confirmerRefusal(profile) {
    if (!profile)
        return 'NGUOI_XAC_NHAN_KHONG_TON_TAI';
    if (profile.deceased)
        return 'NGUOI_XAC_NHAN_DA_CHET';
    if (profile.level < 2)
        return 'CHUA_CO_TAI_KHOAN_MUC_2';
    if (profile.status !== 'ACTIVE')
        return 'TAI_KHOAN_KHONG_HOAT_DONG';
    return undefined;
}
/**
 * Whether `noiDung` names a person, by ID number or by full name (up to case and tone
 * placement): how the simulated citizen reads a request that names no person concerned.
 * @see specs/vneid.yaml `ConfirmationRequest.noiDung`
 */
export function mentions(noiDung, person) {
    return noiDung.includes(person.soDinhDanh) || nameKey(noiDung).includes(nameKey(person.hoTen));
}
/**
 * Whether a request is about `person`: by the person concerned (`nguoiLienQuan`: the ID number
 * when given, else the name), or, when the request names no one, by its text.
 */
export function concerns(question, person) {
    const subject = question.nguoiLienQuan;
    if (subject === undefined)
        return mentions(question.noiDung, person);
    if (subject.soDinhDanh !== undefined)
        return subject.soDinhDanh === person.soDinhDanh;
    return nameKey(subject.hoTen) === nameKey(person.hoTen);
}
/** Relationships by which a requester declares themselves the parent of the person concerned. */
const PARENT_RELATIONSHIPS = ['CHA', 'ME'];
/**
 * The household head's answer to a permanent-residence consent: a head agrees to register a
 * member of their own household or a child of a member (a grandchild, a newborn VNeID knows),
 * and agrees when a member of the household asks as the parent of the person concerned (a
 * parent registering their newborn into the household they live in, whom VNeID may not know
 * yet). Anything else waits for the control plane or expires.
 * @see DOMAIN.md §3 step 8a ("The household head or owner consents on CT01 or in VNeID");
 * Luật Cư trú 68/2020/QH14 Art. 20(1)(a), (2)(a)
 */
export function householdHeadAnswer(head, household, question) {
    if (!head.isHouseholdHead)
        return undefined;
    const family = [...household.members, ...household.childrenOfMembers];
    const ofFamily = family.some((c) => c.soDinhDanh !== head.soDinhDanh && concerns(question, c));
    const requester = question.nguoiDeNghi;
    const parentInHousehold = requester?.quanHe !== undefined &&
        PARENT_RELATIONSHIPS.includes(requester.quanHe) &&
        household.members.some((m) => m.soDinhDanh === requester.soDinhDanh);
    return ofFamily || parentInHousehold ? 'DONG_Y' : undefined;
}
/**
 * A relative's answer to the agreement on who represents the relatives for the survivor
 * benefits: they agree when the representative named (`nguoiLienQuan`, else the text) is a
 * relative (or the relative themself) of a deceased person of their own family. Anything else
 * waits for the control plane.
 * @see DOMAIN.md §4 "BHXH dossier" (relatives' agreement, Mẫu 02 col. 11); QĐ 1449/QĐ-BHXH
 */
export function representativeAnswer(deceasedRelativesFamilies, question) {
    const named = deceasedRelativesFamilies.some((family) => family.some((relative) => !relative.deceased && concerns(question, relative)));
    return named ? 'DONG_Y' : undefined;
}
/**
 * The state a confirmation reads in at `now`: a waiting confirmation past `hanXacNhan` has
 * expired.
 * @see specs/vneid.yaml `Confirmation.trangThai` (`HET_HAN`)
 */
export function statusAt(confirmation, now) {
    const expired = now.getTime() > Date.parse(confirmation.hanXacNhan);
    return confirmation.trangThai === 'CHO_XAC_NHAN' && expired ? 'HET_HAN' : confirmation.trangThai;
}
