/**
 * The MOJ shared catalogues (`danhMuc`): 1 nationality, 2 country, 3 ethnicity, 4 registration
 * place, 5 identity-document type, as code-ordered tables paged by code.
 * @see DOMAIN.md §7 (`danhMuc`, loaiDanhMuc 1–5); specs/hotich.yaml `hotichGetCatalogue`
 */
import { Buffer } from 'node:buffer';
import { defaultAdminUnits } from '../domain/admin-units/index.js';
import { ETHNICITY_NAMES } from '../domain/population/index.js';
/** Countries (ISO 3166-1 alpha-2), also the nationalities the sandbox knows. */
const COUNTRIES = [
    { ma: 'CN', ten: 'Trung Quốc' },
    { ma: 'FR', ten: 'Pháp' },
    { ma: 'JP', ten: 'Nhật Bản' },
    { ma: 'KH', ten: 'Campuchia' },
    { ma: 'KR', ten: 'Hàn Quốc' },
    { ma: 'LA', ten: 'Lào' },
    { ma: 'TH', ten: 'Thái Lan' },
    { ma: 'TW', ten: 'Đài Loan (Trung Quốc)' },
    { ma: 'US', ten: 'Hoa Kỳ' },
    { ma: 'VN', ten: 'Việt Nam' },
];
/** Identity documents of the civil-status forms. */
const ID_DOCUMENTS = [
    { ma: 'CC', ten: 'Thẻ căn cước' },
    { ma: 'CCCD', ten: 'Thẻ căn cước công dân' },
    { ma: 'CMND', ten: 'Chứng minh nhân dân' },
    { ma: 'GXNCC', ten: 'Giấy chứng nhận căn cước' },
    { ma: 'HO_CHIEU', ten: 'Hộ chiếu' },
    { ma: 'KHAC', ten: 'Giấy tờ tùy thân khác' },
];
function buildTables() {
    const ethnicities = Object.entries(ETHNICITY_NAMES)
        .map(([ma, ten]) => ({ ma, ten }))
        .sort((a, b) => (a.ma < b.ma ? -1 : 1));
    const places = defaultAdminUnits()
        .communes.map((c) => ({ ma: c.code, ten: c.name }))
        .sort((a, b) => (a.ma < b.ma ? -1 : 1));
    const nationalities = COUNTRIES.map((c) => ({
        ma: c.ma,
        ten: c.ma === 'VN' ? 'Việt Nam' : c.ten,
    }));
    return { 1: nationalities, 2: COUNTRIES, 3: ethnicities, 4: places, 5: ID_DOCUMENTS };
}
let tables;
/**
 * A page of a catalogue after the code the cursor names (`{"k": code}` in base64url, as the
 * spec's example cursor), in code order. Registration places are the communes of the post-2025
 * catalogue; ethnicities are the population's table (GSO codes, "01" Kinh).
 * @see specs/hotich.yaml `Catalogue`; DOMAIN.md §6.6
 */
export function cataloguePage(kind, limit, cursor) {
    tables ??= buildTables();
    const entries = tables[kind];
    let start = 0;
    if (cursor !== undefined) {
        const after = decode(cursor);
        if (after === undefined)
            return undefined;
        start = entries.findIndex((e) => e.ma > after);
        if (start < 0)
            start = entries.length;
    }
    const danhSach = entries.slice(start, start + limit);
    const last = danhSach.at(-1);
    const more = start + limit < entries.length && last !== undefined;
    return { danhSach, conTroTiep: more ? encode(last.ma) : null };
}
function encode(code) {
    return Buffer.from(JSON.stringify({ k: code }), 'utf8').toString('base64url');
}
function decode(cursor) {
    try {
        const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        const k = value?.k;
        return typeof k === 'string' ? k : undefined;
    }
    catch {
        return undefined;
    }
}
