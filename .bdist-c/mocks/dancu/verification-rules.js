import { namesEqual, normalizeName } from '../domain/identifiers/index.js';
import { CITIZEN_FIELDS } from './access-rules.js';
/**
 * The declared fields, in the order of the 20 basic fields.
 * @see SECURITY.md §3
 */
export function declaredFields(request) {
    return CITIZEN_FIELDS.filter((field) => request[field] !== undefined);
}
const samePlace = (a, b) => a.maXa === b.maXa && a.maTinh === b.maTinh;
/** Street details compared up to case and spacing: clerks type them differently. */
const sameDetail = (a, b) => normalizeName(a).toLocaleLowerCase('vi') === normalizeName(b).toLocaleLowerCase('vi');
const samePerson = (declared, held) => namesEqual(declared.hoTen, held.hoTen) &&
    (declared.soDinhDanh === undefined || declared.soDinhDanh === held.soDinhDanh);
/**
 * Whether one declared value matches the register's (`null`: the register holds none, which
 * never matches a declared value). Names match up to case, spacing and tone placement; places
 * by their codes; addresses by codes and detail; people by name and, when declared, ID number.
 * @see SECURITY.md §2 GW-08; mocks/domain/identifiers/vietnamese-name.ts
 */
export function fieldMatches(field, declared, held) {
    if (held === null || held === undefined)
        return false;
    switch (field) {
        case 'hoTen':
            return namesEqual(declared, held);
        case 'noiDangKyKhaiSinh':
        case 'queQuan':
            return samePlace(declared, held);
        case 'diaChiThuongTru':
        case 'diaChiTamTru':
        case 'noiOHienTai': {
            const [d, h] = [declared, held];
            return samePlace(d, h) && sameDetail(d.chiTiet, h.chiTiet);
        }
        case 'cha':
        case 'me':
        case 'voChong':
            return samePerson(declared, held);
        case 'chuHo': {
            const [d, h] = [declared, held];
            return samePerson(d, h) && d.quanHeVoiChuHo === h.quanHeVoiChuHo;
        }
        default:
            return declared === held;
    }
}
/**
 * Field-by-field verification: `KHOP` when every declared field matches, else `KHONG_KHOP`;
 * a mismatch echoes what was declared (`giaTriKhaiBao`), never the register's value.
 * @see specs/dancu.yaml dancuVerifyCitizen, FieldVerification
 */
export function verifyFields(request, register) {
    const chiTiet = declaredFields(request).map((truong) => {
        const declared = request[truong];
        return fieldMatches(truong, declared, register[truong])
            ? { truong, ketQua: 'KHOP' }
            : { truong, ketQua: 'KHONG_KHOP', giaTriKhaiBao: declared };
    });
    const allMatch = chiTiet.every((item) => item.ketQua === 'KHOP');
    return { ketQua: allMatch ? 'KHOP' : 'KHONG_KHOP', chiTiet };
}
