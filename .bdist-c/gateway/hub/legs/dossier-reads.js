/**
 * What the adapters read from a dossier besides its e-form: the results of the civil-status leg
 * (the child's ID number, the signed birth certificate or death extract, the registration id)
 * and the masked one-line names the summaries use.
 * @see DOMAIN.md §3 "Order between steps" (later legs need the certificate and the ID number)
 */
import { maskIdNumbers } from '../../logger.js';
import { documentsOf } from '../state.js';
/** A civil-status registration id of hotich (`KT-38-2026-000045`). @see specs/hotich.yaml */
const DEATH_REGISTRATION_ID = /^KT-\d{2}-\d{4}-\d{6}$/;
/** The Mẫu số 01 of a group-1 dossier, or `undefined` for a group-2 one. */
export function group1Of(dossier) {
    const s = dossier.submission;
    return s.nhomThuTuc === 'NHOM_1' ? s : undefined;
}
/** The Mẫu số 02 of a group-2 dossier, or `undefined` for a group-1 one. */
export function group2Of(dossier) {
    const s = dossier.submission;
    return s.nhomThuTuc === 'NHOM_2' ? s : undefined;
}
/** A leg of the dossier by its code. */
export function legOf(dossier, code) {
    return dossier.legs.find((l) => l.state.ma === code);
}
/** The child's personal ID number, issued when the birth was registered (leg KS). */
export function childIdOf(dossier) {
    return legOf(dossier, 'KS')?.state.soDinhDanh;
}
/**
 * The death registration id (`maDangKyKhaiTu`): the KT leg's agency reference, as the province
 * reported it (`LegCompletedReport.maDangKy`).
 */
export function deathRegistrationOf(dossier) {
    const ref = legOf(dossier, 'KT')?.agencyRef;
    return ref !== undefined && DEATH_REGISTRATION_ID.test(ref) ? ref : undefined;
}
/** The signed document of a kind a leg of the dossier produced (the latest one). */
export async function documentOf(call, leg, kinds) {
    const found = await documentsOf(call.ctx.store, call.dossier.id, leg);
    return found.filter((d) => kinds.includes(d.loaiGiayTo)).at(-1);
}
/** The signed birth certificate (Giấy khai sinh) of leg KS. */
export function birthCertificateOf(call) {
    return documentOf(call, 'KS', ['GIAY_KHAI_SINH']);
}
/** The signed death extract of leg KT (Trích lục khai tử, Giấy chứng tử from 01/03/2027). */
export function deathExtractOf(call) {
    return documentOf(call, 'KT', ['TRICH_LUC_KHAI_TU', 'GIAY_CHUNG_TU']);
}
/**
 * The civil date (+07:00) of an ISO instant with an offset: the date part when the instant is
 * already written in +07:00 (as every instant of the sandbox is), else converted.
 */
export function vnDateOf(instant) {
    if (instant.endsWith('+07:00'))
        return instant.slice(0, 10);
    const shifted = new Date(Date.parse(instant) + 7 * 3_600_000);
    return shifted.toISOString().slice(0, 10);
}
/** A person as a summary shows them: the name and a masked ID number. */
export function maskedPerson(hoTen, soDinhDanh) {
    return soDinhDanh === undefined ? hoTen : `${hoTen} (${maskIdNumbers(soDinhDanh)})`;
}
/** A summary line: ID numbers masked wherever they appear (SECURITY.md GW-20). */
export function summaryLine(text) {
    return maskIdNumbers(text);
}
