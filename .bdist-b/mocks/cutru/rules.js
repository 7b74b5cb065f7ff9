import { namesEqual } from '../domain/identifiers/index.js';
import { reason } from './problems.js';
/**
 * Refuses an address whose commune is not in the administrative-unit catalogue, or not in the
 * declared province.
 * @see DOMAIN.md §6.6 (post-2025 two-level units); specs/cutru.yaml `DIA_CHI_KHONG_TON_TAI`
 */
export function checkAddress(address, catalogue) {
    if (catalogue.getCommune(address.maXa) === undefined) {
        return reason('DIA_CHI_KHONG_TON_TAI', '/diaChi/maXa');
    }
    if (!catalogue.isCommuneInProvince(address.maXa, address.maTinh)) {
        return reason('DIA_CHI_KHONG_TON_TAI', '/diaChi/maTinh', 'Xã, phường đăng ký không thuộc tỉnh, thành phố đã kê khai');
    }
    return null;
}
/** Decides the {@link ConsentRoute} of a CT01 request. */
export function consentRoute(request) {
    if (request.cheDoDongY === 'CT01' && request.maXacNhanVneid !== undefined)
        return 'MODE_MISMATCH';
    if (request.nguoiKeKhai.soDinhDanh === request.chuHo.soDinhDanh)
        return 'DECLARANT_IS_HEAD';
    if (request.cheDoDongY === 'CT01') {
        const signed = (request.tepDinhKem ?? []).some((f) => f.maThanhPhanHoSo === 'TP_CT01');
        return signed ? 'CT01_SIGNED' : 'CT01_UNSIGNED';
    }
    return request.maXacNhanVneid === undefined ? 'VNEID_ASK' : 'VNEID_CHECK';
}
/**
 * What a VNeID answer means for the registration: waiting keeps it `CHO_XAC_NHAN_CHU_HO`,
 * agreed lets it proceed, refused or expired refuses it with `CHU_HO_CHUA_DONG_Y`.
 * @see specs/cutru.yaml `cutruRegisterPermanentResidence` (consent modes)
 */
export function consentFromConfirmation(state) {
    switch (state) {
        case 'CHO_XAC_NHAN':
            return 'WAITING';
        case 'DONG_Y':
            return 'AGREED';
        case 'TU_CHOI':
            return reason('CHU_HO_CHUA_DONG_Y', '/maXacNhanVneid', 'Chủ hộ từ chối trên VNeID');
        case 'HET_HAN':
            return reason('CHU_HO_CHUA_DONG_Y', '/maXacNhanVneid', 'Chủ hộ không xác nhận trong thời hạn');
    }
}
/**
 * A confirmation counts only when it is a household-head consent, given by this head, for this
 * dossier; otherwise it is "made for another dossier" (`CONFIRMATION_NOT_FOUND`).
 * @see specs/cutru.yaml `cutruRegisterPermanentResidence` (422 CONFIRMATION_NOT_FOUND)
 */
export function confirmationMatches(confirmation, dossier, headId) {
    return (confirmation.loaiXacNhan === 'DONG_Y_CHU_HO' &&
        confirmation.soDinhDanhNguoiXacNhan === headId &&
        confirmation.maHoSo === dossier);
}
/**
 * A person already holding a permanent residence cannot hold a second one: refused with
 * `DA_DANG_KY_THUONG_TRU_NOI_KHAC` (or `…_TAI_HO_NAY` when it is this very household).
 * @see Luật Cư trú 68/2020/QH14 Art. 11 (one permanent residence); specs/cutru.yaml refusal codes
 */
export function residenceConflict(resident, householdId, pointer) {
    const current = resident?.permanent;
    if (!current)
        return null;
    return current.householdId === householdId
        ? reason('DA_DANG_KY_THUONG_TRU_TAI_HO_NAY', pointer)
        : reason('DA_DANG_KY_THUONG_TRU_NOI_KHAC', pointer);
}
/**
 * Declared identity must match the population database (names compared without case and
 * tone-mark placement differences), else `THONG_TIN_KHONG_KHOP_CSDL_DAN_CU`.
 * @see SECURITY.md GW-08 (verified data decides residence)
 */
export function identityMismatch(declared, registered, pointer) {
    const differs = (registered.hoTen !== undefined && !namesEqual(declared.hoTen, registered.hoTen)) ||
        (registered.ngaySinh !== undefined && declared.ngaySinh !== registered.ngaySinh) ||
        (registered.gioiTinh !== undefined &&
            declared.gioiTinh !== undefined &&
            declared.gioiTinh !== registered.gioiTinh);
    return differs ? reason('THONG_TIN_KHONG_KHOP_CSDL_DAN_CU', pointer) : null;
}
/**
 * How the other members relate to a surviving spouse who takes over as head: children and
 * grandchildren keep their relation, the former head's parents and in-laws become `KHAC`.
 */
const RELATION_TO_SPOUSE = {
    CON: 'CON',
    CHAU: 'CHAU',
};
/**
 * The household after a member's permanent residence is deregistered. The household keeps its
 * `maHo` (spec). When the member was the head, SANDBOX DEFAULT: the surviving spouse registered
 * in the household becomes head (children and grandchildren keep their relation, others become
 * `KHAC`); without a spouse the oldest remaining member becomes head and the others keep their
 * recorded relation until the head-change procedure; with no one left the head is vacant.
 * @see specs/cutru.yaml `cutruDeregisterPermanentResidence` ("naming a new head is a separate
 * procedure"); Luật Cư trú 68/2020/QH14 Art. 10(3)
 */
export function householdWithout(household, personId, birthDateOf) {
    const members = household.members.filter((m) => m.personId !== personId);
    if (household.headId !== personId)
        return { ...household, members };
    const spouse = members.find((m) => m.relationship === 'VO' || m.relationship === 'CHONG');
    if (spouse) {
        const remapped = members.map((m) => m === spouse
            ? { personId: m.personId, relationship: 'CHU_HO' }
            : { personId: m.personId, relationship: RELATION_TO_SPOUSE[m.relationship] ?? 'KHAC' });
        return { ...household, headId: spouse.personId, members: headFirst(remapped) };
    }
    const oldest = [...members].sort((a, b) => birthDateOf(a.personId).localeCompare(birthDateOf(b.personId)))[0];
    if (!oldest)
        return { ...household, headId: null, members };
    const promoted = members.map((m) => m === oldest ? { personId: m.personId, relationship: 'CHU_HO' } : m);
    return { ...household, headId: oldest.personId, members: headFirst(promoted) };
}
function headFirst(members) {
    return [
        ...members.filter((m) => m.relationship === 'CHU_HO'),
        ...members.filter((m) => m.relationship !== 'CHU_HO'),
    ];
}
/**
 * Household members are disclosed for the purpose `DK_THUONG_TRU` only.
 * @see SECURITY.md §3, GW-16; specs/cutru.yaml `cutruGetHousehold`
 */
export function householdReadAllowed(purpose) {
    return purpose === 'DK_THUONG_TRU';
}
/** Purposes whose allow-list holds `noiOHienTai` (field 14). @see SECURITY.md §3 */
const CURRENT_ADDRESS_PURPOSES = ['XAC_THUC_NGUOI_NOP', 'KHAI_SINH', 'KHAI_TU'];
/** Purposes whose allow-list holds `diaChiTamTru` (field 13): none by default. @see SECURITY.md §3 */
const TEMPORARY_ADDRESS_PURPOSES = [];
/**
 * Which optional parts of a citizen's residence a purpose may see: the permanent residence
 * (field 12) is in every purpose's allow-list; the current place (14) and temporary residence
 * (13) only where the list names them.
 * @see SECURITY.md §3 (purposes and field allow-lists)
 */
export function residenceFieldsFor(purpose) {
    return {
        current: CURRENT_ADDRESS_PURPOSES.includes(purpose),
        temporary: TEMPORARY_ADDRESS_PURPOSES.includes(purpose),
    };
}
/**
 * A deregistration on the ground of death needs the death in the population database
 * (`DEATH_NOT_RECORDED` otherwise); a declared date of death that differs from the recorded one
 * refuses the request with `THONG_TIN_KHONG_KHOP_CSDL_DAN_CU`.
 * @see DOMAIN.md §4 step 4; Luật Cư trú 68/2020/QH14 Art. 24(1)(a); specs/cutru.yaml example
 */
export function deathCheck(facts, declaredDate) {
    if (!facts.dead)
        return 'NOT_RECORDED';
    if (declaredDate !== undefined && facts.deathDate !== null && declaredDate !== facts.deathDate) {
        return reason('THONG_TIN_KHONG_KHOP_CSDL_DAN_CU', '/ngayMat', 'Ngày mất kê khai không khớp với dữ liệu đăng ký khai tử');
    }
    return 'OK';
}
