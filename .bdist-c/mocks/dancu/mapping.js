import { getCommune, getProvince } from '../domain/admin-units/index.js';
import { WIRE } from '../domain/population/wire-vocabulary.js';
// The population's WIRE tables widen their values to `string`; the spec enums narrow them back.
const SEX = WIRE.sex;
const MARITAL = WIRE.maritalStatus;
const RELATIONSHIP = WIRE.relationship;
/**
 * A commune-level place on the wire, with display names from the unit catalogue.
 * @see specs/dancu.yaml Locality; DOMAIN.md §6.6
 */
export function wireLocality(place) {
    const tenXa = getCommune(place.communeCode)?.name;
    const tenTinh = getProvince(place.provinceCode)?.name;
    return {
        maXa: place.communeCode,
        maTinh: place.provinceCode,
        ...(tenXa !== undefined ? { tenXa } : {}),
        ...(tenTinh !== undefined ? { tenTinh } : {}),
    };
}
/**
 * An address on the wire, with display names.
 * @see specs/common.yaml Address
 */
export function wireAddress(address) {
    return { chiTiet: address.detail, ...wireLocality(address) };
}
/**
 * A domain address from the wire (display names dropped: codes are what matter).
 * @see specs/common.yaml Address
 */
export function domainAddress(address) {
    return { detail: address.chiTiet, communeCode: address.maXa, provinceCode: address.maTinh };
}
/**
 * A related person as `{hoTen, soDinhDanh}`.
 * @see specs/common.yaml PersonRef
 */
export function personRef(person) {
    return person === undefined ? null : { hoTen: person.fullName, soDinhDanh: person.id };
}
function nullable(value, map) {
    return value === null ? null : map(value);
}
/** How each basic field is read from the citizen and their relatives. */
const FIELD_VALUES = {
    soDinhDanh: (c) => c.id,
    soCmnd: (c) => c.legacyIdNumber,
    hoTen: (c) => c.fullName,
    ngaySinh: (c) => c.birthDate,
    gioiTinh: (c) => SEX[c.sex],
    noiDangKyKhaiSinh: (c) => nullable(c.birthRegistration, wireLocality),
    queQuan: (c) => nullable(c.hometown, wireLocality),
    danToc: (c) => c.ethnicity,
    tonGiao: (c) => c.religion,
    quocTich: (c) => c.nationality,
    tinhTrangHonNhan: (c) => MARITAL[c.maritalStatus],
    diaChiThuongTru: (c) => nullable(c.permanentAddress, wireAddress),
    diaChiTamTru: (c) => nullable(c.temporaryAddress, wireAddress),
    noiOHienTai: (c) => nullable(c.currentAddress, wireAddress),
    nhomMau: (c) => c.bloodGroup,
    cha: (_, r) => personRef(r.father),
    me: (_, r) => personRef(r.mother),
    voChong: (_, r) => personRef(r.spouse),
    chuHo: (c, { head }) => head === undefined || c.relationshipToHead === null
        ? null
        : {
            hoTen: head.fullName,
            soDinhDanh: head.id,
            quanHeVoiChuHo: RELATIONSHIP[c.relationshipToHead],
        },
    ngayMat: (c) => c.death?.date ?? null,
};
/** The fields whose values come from the citizen's relatives. */
const RELATIVE_FIELDS = new Set(['cha', 'me', 'voChong', 'chuHo']);
/**
 * Whether any of `fields` names a relative (so the relatives must be read for the answer).
 * @see specs/dancu.yaml CitizenRecord (cha, me, voChong, chuHo)
 */
export function needsRelatives(fields) {
    return fields.some((field) => RELATIVE_FIELDS.has(field));
}
/**
 * The wire value of one basic field (`null`: the register holds no value).
 * @see specs/dancu.yaml CitizenRecord; SECURITY.md §3
 */
export function fieldValue(field, citizen, relatives) {
    return FIELD_VALUES[field](citizen, relatives);
}
/**
 * A household member on the wire.
 * @see specs/dancu.yaml HouseholdMember
 */
export function householdMember(member) {
    return {
        hoTen: member.fullName,
        soDinhDanh: member.id,
        quanHeVoiChuHo: RELATIONSHIP[member.relationshipToHead ?? 'CHILD_IN_LAW'],
        ngaySinh: member.birthDate,
    };
}
/**
 * The record of one answer: only `fields`, with `meta` naming them and the life status.
 * `relatives` may be empty when no field names a relative (see {@link needsRelatives}).
 * @see specs/dancu.yaml CitizenRecord, CitizenRecordMeta
 */
export function citizenRecord(citizen, relatives, fields, purpose) {
    // Only the answered fields are computed, in the order given; `meta` comes last.
    const record = {};
    for (const field of fields)
        record[field] = fieldValue(field, citizen, relatives);
    record.meta = {
        mucDich: purpose,
        truongTraVe: [...fields],
        trangThaiSong: citizen.death === null ? 'CON_SONG' : 'DA_CHET',
    };
    return record;
}
