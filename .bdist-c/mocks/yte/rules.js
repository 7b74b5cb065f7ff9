import { nameKey, namesEqual } from '../domain/identifiers/index.js';
/** Days within which a birth outside a facility must be declared. @see DOMAIN.md §8 (GCS) */
export const OUT_OF_FACILITY_DECLARATION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Why a birth certificate cannot be issued as asked, before the mother is checked: a time of
 * birth in the future, a birth order beyond the number of babies, a facility birth certified by
 * another facility, a birth outside a facility declared after 30 days.
 * @see specs/yte.yaml `yteIssueBirthCertificate`; DOMAIN.md §8 "GCS, Mẫu 01" (births outside
 * a facility: declare within 30 days); TT 22/2025/TT-BYT
 */
export function birthRequestReasons(req, now) {
    const reasons = [];
    const born = Date.parse(req.thoiDiemSinh);
    if (born > now.getTime())
        reasons.push('THOI_DIEM_SINH_TRONG_TUONG_LAI');
    if ((req.thuTuCon ?? 1) > req.soCon)
        reasons.push('THU_TU_CON_VUOT_SO_CON');
    if (req.noiSinh.loaiNoi === 'CO_SO_KCB') {
        if (req.noiSinh.maCoSoKcb !== req.maCoSoKcb)
            reasons.push('NOI_SINH_KHAC_CO_SO_CAP');
    }
    else if (now.getTime() - born > OUT_OF_FACILITY_DECLARATION_DAYS * DAY_MS) {
        reasons.push('QUA_HAN_KHAI_BAO_SINH_NGOAI_CO_SO');
    }
    return reasons;
}
/**
 * Why a death notice cannot be issued as asked: a death in the future, a death before the
 * admission, an admission time that contradicts "died on the way to emergency care" (present
 * when the person died on the way, missing otherwise).
 * @see specs/yte.yaml `yteIssueDeathNotice`; DOMAIN.md §8 "GBT, Mẫu 05"; TT 25/2025/TT-BYT
 */
export function deathRequestReasons(req, now) {
    const reasons = [];
    const died = Date.parse(req.thoiDiemChet);
    if (died > now.getTime())
        reasons.push('THOI_DIEM_CHET_TRONG_TUONG_LAI');
    if (req.chetTrenDuongCapCuu === (req.thoiDiemVaoVien !== undefined)) {
        reasons.push('THOI_DIEM_VAO_VIEN_KHONG_PHU_HOP');
    }
    else if (req.thoiDiemVaoVien !== undefined && Date.parse(req.thoiDiemVaoVien) > died) {
        reasons.push('THOI_DIEM_CHET_TRUOC_VAO_VIEN');
    }
    return reasons;
}
/**
 * Whether the person on a certificate is the person in the register: same name (up to case and
 * tone placement, since medical forms write names in CAPITALS) and same date of birth.
 * @see DOMAIN.md §8 (names in CAPITALS); mocks/domain/identifiers `namesEqual`
 */
export function matchesRegister(declared, entry) {
    return (typeof entry.hoTen === 'string' &&
        namesEqual(entry.hoTen, declared.hoTen) &&
        entry.ngaySinh === declared.ngaySinh);
}
/**
 * The key of the mother on a certificate: her ID number, else her other identity document.
 * @see specs/yte.yaml `MotherDetails` (exactly one of `soDinhDanh`, `giayToKhac`)
 */
export function motherKey(mother) {
    if (mother.soDinhDanh !== undefined)
        return mother.soDinhDanh;
    const doc = mother.giayToKhac;
    return doc === undefined ? nameKey(mother.hoTen) : `${doc.loai}:${doc.so}`;
}
/**
 * The key that identifies one baby at its facility: a facility certifies a baby once (same
 * mother, time of birth and birth order); twins get one certificate each.
 * @see specs/yte.yaml `yteIssueBirthCertificate` (409 `GIAY_CHUNG_SINH_TRUNG_LAP`); DOMAIN.md §6.3
 */
export function babyKey(facilityCode, mother, birthTime, birthOrder) {
    return [facilityCode, motherKey(mother), String(Date.parse(birthTime)), birthOrder].join('|');
}
/**
 * The key of the deceased: the ID number, else the identity document, else name and date of
 * birth. One notice per person.
 * @see specs/yte.yaml `yteIssueDeathNotice` (409 `GIAY_BAO_TU_TRUNG_LAP`)
 */
export function deceasedKey(person) {
    if (person.soDinhDanh !== undefined)
        return person.soDinhDanh;
    const doc = person.giayToTuyThan;
    if (doc !== undefined)
        return `${doc.loai}:${doc.so}`;
    return `${nameKey(person.hoTen)}|${person.ngaySinh}`;
}
/**
 * The year of a certificate code (`YY`): the year of the event in Vietnamese time, as the
 * population numbers its certificates.
 * @see DOMAIN.md §6.3; mocks/domain/population/certificates.ts
 */
export function certificateYear(eventTime) {
    return Number(eventTime.slice(0, 4));
}
