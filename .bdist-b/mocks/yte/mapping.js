import { toVnIso } from '../domain/calendar/index.js';
import { parseDeathNoticeCode } from '../domain/identifiers/index.js';
import {} from '../domain/population/index.js';
import { babyKey, deceasedKey } from './rules.js';
/**
 * Sex on the wire. `WIRE.sex` holds the same values but is typed `string`, so the table is
 * restated against the spec's enum.
 * @see mocks/domain/population/wire-vocabulary.ts
 */
const SEX = { MALE: 'NAM', FEMALE: 'NU' };
/** Insurance placeholder when the mother has neither a BHXH code nor a BHYT card. @see DOMAIN.md §8 */
export const NO_INSURANCE_NUMBER = '0000000000';
/** Sandbox default: a seeded death at a facility was admitted this long before it. */
const SEEDED_ADMISSION_LEAD_MS = 3 * 60 * 60 * 1000;
/** A catalogue facility in wire form. @see specs/yte.yaml `HealthFacility` */
export function facilityOf(f) {
    return {
        maCoSoKcb: f.code,
        tenCoSo: f.name,
        maTinh: f.provinceCode,
        maXa: f.communeCode,
        capCoSo: f.level,
    };
}
function addressOf(person) {
    const a = person.permanentAddress ?? person.currentAddress;
    return { chiTiet: a.detail, maXa: a.communeCode, maTinh: a.provinceCode };
}
/** Names are written in CAPITALS on medical forms. @see DOMAIN.md §8 */
function capitals(name) {
    return name.toLocaleUpperCase('vi');
}
/**
 * The mother as a facility writes her on the GCS: name in capitals, ID number, residence, her
 * BHXH code or `0000000000`.
 * @see DOMAIN.md §8 "GCS, Mẫu 01"
 */
export function motherDetailsOf(mother, population) {
    return {
        hoTen: capitals(mother.fullName),
        ngaySinh: mother.birthDate,
        danToc: mother.ethnicity,
        soDinhDanh: mother.id,
        diaChiThuongTru: addressOf(mother),
        maSoBhxh: population.insuranceByPerson.get(mother.id)?.bhxhCode ?? NO_INSURANCE_NUMBER,
    };
}
/**
 * A population birth certificate as yte stores it (signed when read).
 * @see specs/yte.yaml `BirthCertificate`
 */
export function birthCertificateOf(c, population) {
    const mother = population.byId.get(c.motherId);
    const facility = population.facilityByCode.get(c.facilityCode);
    if (!mother || !facility)
        throw new Error(`birth certificate ${c.code}: broken population link`);
    const me = motherDetailsOf(mother, population);
    return {
        code: c.code,
        babyKey: babyKey(c.facilityCode, me, c.birthTime, 1),
        content: {
            maGiayChungSinh: c.code,
            maCoSoKcb: c.facilityCode,
            tenCoSo: facility.name,
            me,
            thoiDiemSinh: c.birthTime,
            noiSinh: { loaiNoi: 'CO_SO_KCB', maCoSoKcb: c.facilityCode, tenCoSo: facility.name },
            soCon: 1,
            thuTuCon: 1,
            gioiTinh: SEX[c.sex],
            canNang: c.weightGrams,
            tenDuKien: c.intendedName,
            ghiChu: { sinhMo: c.caesarean, duoi32Tuan: false, diTat: false },
            nguoiDoDe: { hoTen: c.attendant },
            ngayCap: c.issuedAt,
        },
        giayTo: null,
    };
}
function deceasedOf(person) {
    return {
        hoTen: capitals(person.fullName),
        ngaySinh: person.birthDate,
        gioiTinh: SEX[person.sex],
        danToc: person.ethnicity,
        quocTich: person.nationality,
        diaChiThuongTru: addressOf(person),
        soDinhDanh: person.id,
        ...(person.legacyIdNumber !== null
            ? { giayToTuyThan: { loai: 'CMND', so: person.legacyIdNumber } }
            : {}),
    };
}
/**
 * A population death notice as yte stores it: a death in hospital (admitted three hours before,
 * a sandbox default), cause "không rõ", book number `{sequence}/{year}`.
 * @see specs/yte.yaml `DeathNotice`
 */
export function deathNoticeOf(n, population) {
    const person = population.byId.get(n.personId);
    const facility = population.facilityByCode.get(n.facilityCode);
    const parsed = parseDeathNoticeCode(n.code);
    if (!person || !facility || !parsed.ok)
        throw new Error(`death notice ${n.code}: broken link`);
    const nguoiChet = deceasedOf(person);
    const admitted = new Date(Date.parse(n.deathTime) - SEEDED_ADMISSION_LEAD_MS);
    return {
        code: n.code,
        personKey: deceasedKey(nguoiChet),
        content: {
            maGiayBaoTu: n.code,
            maCoSoKcb: n.facilityCode,
            tenCoSo: facility.name,
            nguoiChet,
            thoiDiemVaoVien: toVnIso(admitted),
            thoiDiemChet: n.deathTime,
            nguyenNhanChet: 'không rõ',
            chetTrenDuongCapCuu: false,
            soSo: `${parsed.value.sequence}/${parsed.value.year}`,
            ngayCap: n.issuedAt,
        },
        giayTo: null,
    };
}
/**
 * What the signed GCS says: its code, the facility, the mother and the baby.
 * @see specs/yte.yaml `BirthCertificate.giayTo`; DOMAIN.md §8 (BHXH stream `MA_GCS`)
 */
export function birthDocumentDraft(content, coQuanCap) {
    const { me } = content;
    return {
        maGiayTo: content.maGiayChungSinh,
        loaiGiayTo: 'GIAY_CHUNG_SINH',
        coQuanCap,
        noiDung: {
            maGiayChungSinh: content.maGiayChungSinh,
            maCoSoKcb: content.maCoSoKcb,
            hoTenMe: me.hoTen,
            ngaySinhMe: me.ngaySinh,
            ...(me.soDinhDanh !== undefined ? { soDinhDanhMe: me.soDinhDanh } : {}),
            thoiDiemSinh: content.thoiDiemSinh,
            gioiTinh: content.gioiTinh,
            soCon: content.soCon,
            thuTuCon: content.thuTuCon ?? 1,
            ...(content.tenDuKien !== undefined ? { tenDuKien: content.tenDuKien } : {}),
        },
    };
}
/**
 * What the signed GBT says: its code, the facility, the deceased and the death.
 * @see specs/yte.yaml `DeathNotice.giayTo`; DOMAIN.md §8 (BHXH stream `MA_GBT`)
 */
export function deathDocumentDraft(content, coQuanCap) {
    const { nguoiChet } = content;
    return {
        maGiayTo: content.maGiayBaoTu,
        loaiGiayTo: 'GIAY_BAO_TU',
        coQuanCap,
        noiDung: {
            maGiayBaoTu: content.maGiayBaoTu,
            maCoSoKcb: content.maCoSoKcb,
            hoTen: nguoiChet.hoTen,
            ngaySinh: nguoiChet.ngaySinh,
            ...(nguoiChet.soDinhDanh !== undefined ? { soDinhDanh: nguoiChet.soDinhDanh } : {}),
            thoiDiemChet: content.thoiDiemChet,
            nguyenNhanChet: content.nguyenNhanChet,
        },
    };
}
