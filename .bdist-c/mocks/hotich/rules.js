import { getCommune } from '../domain/admin-units/index.js';
import { countingStart, deadline, toLocalDate, vnInstant, } from '../domain/calendar/index.js';
import { isDossierLeg, sandboxAgencyCode } from '../domain/identifiers/index.js';
import { namesEqual } from '../domain/identifiers/index.js';
import { MOJ_ERRORS, REASONS, reason } from './problems.js';
/**
 * The status in words, as the MOJ software shows it.
 * @see DOMAIN.md §7; specs/hotich.yaml `StatusText`
 */
export const STATUS_TEXT = {
    0: 'Lỗi',
    1: 'Đã tiếp nhận',
    2: 'Cần bổ sung hồ sơ',
    3: 'Đủ điều kiện đăng ký',
    4: 'Đã đăng ký',
};
/** Opening of the counters; a dossier counted from a later day is registered then. */
export const OPENING_TIME = '07:30';
/**
 * Same working day with the 15:00 cut-off: a complete dossier received on a working day up to
 * the cut-off is registered that day (here: at once); one received later, or on a day off, counts
 * from the next working day and is registered when its counters open.
 * @see DOMAIN.md §5 ("Birth registration: same WD … after 15:00 counts from the next WD");
 * Decree 63/2024 Art. 8; SANDBOX DEFAULT counter hours 07:30–11:30, 13:00–17:00
 */
export function registrationTiming(calendar, received, cutoff, limitWorkingDays) {
    const start = toLocalDate(countingStart(calendar, received, { cutoff }));
    return {
        immediate: start === toLocalDate(received),
        dueAt: vnInstant(start, OPENING_TIME),
        hanXuLy: deadline(calendar, received, limitWorkingDays, { cutoff }),
    };
}
/**
 * The supplement deadline (`hanBoSung`): 7 working days, closing time of the last one.
 * @see DOMAIN.md §3 "Supplement" (Decree 63/2024 Art. 8: 7 WD, otherwise rejected)
 */
export function supplementDeadline(calendar, now, workingDays) {
    return deadline(calendar, now, workingDays, { cutoff: null });
}
/**
 * Whether the supplement deadline has passed.
 * @see DOMAIN.md §3 "Supplement"
 */
export function isSupplementExpired(hanBoSung, now) {
    return now.getTime() > Date.parse(hanBoSung);
}
/**
 * The registering commune must exist and `maDonVi` must be the (sandbox) agency of its province;
 * otherwise status 0 with MOJ error 106 AGENCY_ID_INCORRECT.
 * @see specs/hotich.yaml `MojErrorCode` (106); DOMAIN.md §6.4 (sandbox agency codes), §6.6
 */
export function checkRegisteringAgency(maDonVi, maXaDangKy) {
    const commune = getCommune(maXaDangKy);
    if (!commune) {
        const provinceCode = maDonVi.slice(-2);
        const lyDo = reason(REASONS.agencyIncorrect, 'Mã xã đăng ký không có trong danh mục', '/maXaDangKy');
        return { ok: false, provinceCode, maLoi: MOJ_ERRORS.AGENCY_ID_INCORRECT, lyDo };
    }
    if (sandboxAgencyCode(commune.provinceCode).code !== maDonVi) {
        const lyDo = reason(REASONS.agencyIncorrect, 'Mã đơn vị không khớp với xã đăng ký', '/maDonVi');
        return {
            ok: false,
            provinceCode: commune.provinceCode,
            maLoi: MOJ_ERRORS.AGENCY_ID_INCORRECT,
            lyDo,
        };
    }
    return { ok: true, provinceCode: commune.provinceCode };
}
/**
 * The competent commune is where a parent (birth) or the deceased (death) resides.
 * @see Luật Hộ tịch 60/2014/QH13 Art. 13 (birth), Art. 32 (death); DOMAIN.md §3 step 4, §4 step 3
 */
export function isCompetentCommune(maXaDangKy, residenceCommunes) {
    return residenceCommunes.includes(maXaDangKy);
}
/**
 * The group dossier code of a leg code (`…-0007-KS` → `…-0007`); a group code is its own group.
 * @see DOMAIN.md §6.5 (leg suffixes)
 */
export function groupCodeOf(maHoSo) {
    const dash = maHoSo.lastIndexOf('-');
    return dash > 0 && isDossierLeg(maHoSo.slice(dash + 1)) ? maHoSo.slice(0, dash) : maHoSo;
}
/**
 * The child's name in full: `hoTen`, or the parts joined (surname, middle name, given name).
 * @see specs/hotich.yaml `ChildDetails`, `RegisteredChild`
 */
export function childFullName(child) {
    if (child.hoTen !== undefined)
        return child.hoTen;
    return [child.ho, child.chuDem, child.ten].filter((p) => p !== undefined).join(' ');
}
/**
 * The identity of a child for duplicate detection: mother, date of birth and birth order.
 * @see specs/hotich.yaml `hotichRegisterBirth` (409 KHAI_SINH_TRUNG_LAP)
 */
export function childKey(motherId, birthDate, birthOrder) {
    return `${motherId}|${birthDate}|${birthOrder}`;
}
/**
 * What the medical birth certificate contradicts in the request: the mother's ID number (or
 * name and date of birth when the certificate has no ID number), the date of birth and the sex.
 * @see specs/hotich.yaml `GIAY_CHUNG_SINH_KHONG_KHOP`; TT 22/2025/TT-BYT (Mẫu 01)
 */
export function birthCertificateMismatches(request, certificate) {
    const found = [];
    const { me } = certificate;
    const sameMother = me.soDinhDanh !== undefined
        ? me.soDinhDanh === request.me.soDinhDanh
        : namesEqual(me.hoTen, request.me.hoTen) && me.ngaySinh === request.me.ngaySinh;
    if (!sameMother) {
        found.push(reason(REASONS.birthCertificateMismatch, 'Giấy chứng sinh ghi người mẹ khác', '/me'));
    }
    if (certificate.thoiDiemSinh.slice(0, 10) !== request.treEm.ngaySinh) {
        found.push(reason(REASONS.birthCertificateMismatch, 'Ngày sinh khác giấy chứng sinh', '/treEm/ngaySinh'));
    }
    if (certificate.gioiTinh !== request.treEm.gioiTinh) {
        found.push(reason(REASONS.birthCertificateMismatch, 'Giới tính khác giấy chứng sinh', '/treEm/gioiTinh'));
    }
    return found;
}
/**
 * Why the mother, as the population database knows her, cannot be the mother of a registered
 * birth: recorded dead. (The purpose KHAI_SINH does not release `ngayMat`, so any recorded death
 * refuses; a mother who died in childbirth is registered on the witness of the facility.)
 * @see specs/hotich.yaml `ME_DA_CHET`; SECURITY.md §3 (fields of KHAI_SINH)
 */
export function motherRefusal(record) {
    return record.meta.trangThaiSong === 'DA_CHET'
        ? reason(REASONS.motherDead, 'Người mẹ đã được ghi nhận là đã chết', '/me/soDinhDanh')
        : undefined;
}
/**
 * What a birth dossier still lacks: the mother's ID number, and the parents' marriage
 * certificate when a father is declared (otherwise it is a recognition of parentage, 1.000689).
 * @see specs/hotich.yaml `BirthRegistration` example (THIEU_GIAY_CHUNG_NHAN_KET_HON); DOMAIN.md §1
 */
export function missingBirthDocuments(request) {
    const missing = [];
    if (request.me.soDinhDanh === undefined) {
        missing.push(reason(REASONS.motherIdMissing, 'Thiếu số định danh cá nhân của người mẹ', '/me/soDinhDanh'));
    }
    if (request.cha !== undefined && request.giayChungNhanKetHon === undefined) {
        missing.push(reason(REASONS.marriageCertificateMissing, 'Cha mẹ khai đã kết hôn nhưng chưa cung cấp thông tin giấy chứng nhận kết hôn', '/giayChungNhanKetHon'));
    }
    return missing;
}
/**
 * What the medical death notice contradicts in the request: the person and the day of death.
 * @see specs/hotich.yaml `GIAY_BAO_TU_KHONG_KHOP`; TT 25/2025/TT-BYT (Mẫu 05)
 */
export function deathNoticeMismatches(request, notice) {
    const found = [];
    const person = notice.nguoiChet;
    const samePerson = person.soDinhDanh !== undefined
        ? person.soDinhDanh === request.nguoiChet.soDinhDanh
        : namesEqual(person.hoTen, request.nguoiChet.hoTen) &&
            person.ngaySinh === request.nguoiChet.ngaySinh;
    if (!samePerson) {
        found.push(reason(REASONS.deathNoticeMismatch, 'Giấy báo tử ghi người khác', '/nguoiChet'));
    }
    if (notice.thoiDiemChet.slice(0, 10) !== request.thoiDiemChet.slice(0, 10)) {
        found.push(reason(REASONS.deathNoticeMismatch, 'Ngày chết khác giấy báo tử', '/thoiDiemChet'));
    }
    return found;
}
/** "Trích lục khai tử" is renamed "Giấy chứng tử" from this day. */
export const DEATH_CERTIFICATE_FROM = '2027-03-01';
/**
 * The document a registered death yields: Trích lục khai tử, Giấy chứng tử from 01/03/2027.
 * @see DOMAIN.md §1 (Luật Hộ tịch 03/2026/QH16); specs/common.yaml `SignedDocument`
 */
export function deathDocumentKind(now) {
    return toLocalDate(now) >= DEATH_CERTIFICATE_FROM ? 'GIAY_CHUNG_TU' : 'TRICH_LUC_KHAI_TU';
}
/**
 * The register book of a year (`quyenSo`): one book per commune and year in the sandbox.
 * @see Thông tư 04/2020/TT-BTP (sổ đăng ký khai sinh, khai tử)
 */
export function registerBook(now) {
    return `01/${toLocalDate(now).slice(0, 4)}`;
}
