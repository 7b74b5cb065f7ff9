/**
 * Pure decisions of the simulated province: whether a pushed dossier is its to handle, which
 * civil-status leg it forwards and where, what a civil-status answer means for the leg and the
 * report to the hub, the dossier status it syncs, withdrawal, and the retry policy of reports.
 * @see specs/tinh.yaml info.description ("What a provincial system must do"); DOMAIN.md §3, §4, §7
 */
import { getCommune } from '../domain/admin-units/index.js';
import { toLocalDate } from '../domain/calendar/index.js';
import { isPost2025ProvinceCode, sandboxAgencyCode } from '../domain/identifiers/index.js';
import { reason, TINH_CODES } from './problems.js';
/**
 * The civil-status leg of a group: birth (`KS`) in group 1, death (`KT`) in group 2.
 * @see DOMAIN.md §3 step 4, §4 step 3; specs/tinh.yaml `tinhReceiveDossier`
 */
export function civilLegOf(group) {
    return group === 'NHOM_1' ? 'KS' : 'KT';
}
/** The province code of a provincial agency code `000.00.00.H{nn}`, else undefined. */
export function provinceOfAgency(agencyCode) {
    const code = /\.H(\d{2})$/.exec(agencyCode)?.[1];
    return code !== undefined && isPost2025ProvinceCode(code) ? code : undefined;
}
/**
 * Checks a pushed dossier before it is recorded:
 * 1. the dossier and the e-form are of the same group, and the dossier has the civil-status leg;
 * 2. the e-form carries the evidence of the event (birth certificate or witness; death notice or
 *    replacing document) the civil-status software needs;
 * 3. the registering commune (the mother's permanent residence for a birth, the deceased's last
 *    residence for a death) exists and lies in the province of the receiving agency, else 422
 *    `KHONG_THUOC_DIA_BAN`.
 * @see specs/tinh.yaml `tinhReceiveDossier` (422 KHONG_THUOC_DIA_BAN); DOMAIN.md §3 step 4 ("the
 * competent commune is the parent's place of residence"), §4 step 3 ("the last residence of the
 * deceased"); Luật Hộ tịch 60/2014/QH13 Art. 13, 32
 */
export function checkPush(push) {
    const { hoSo, noiDung } = push;
    if (hoSo.nhomThuTuc !== noiDung.nhomThuTuc) {
        return invalid(TINH_CODES.dossierInvalid, [reason('NHOM_KHONG_KHOP', '/noiDung/nhomThuTuc')]);
    }
    const ma = civilLegOf(noiDung.nhomThuTuc);
    const leg = hoSo.thuTucCon.find((l) => l.ma === ma);
    if (leg === undefined) {
        return invalid(TINH_CODES.dossierInvalid, [reason('THIEU_THU_TUC_HO_TICH', '/hoSo/thuTucCon')]);
    }
    const hasEvidence = noiDung.nhomThuTuc === 'NHOM_1'
        ? (noiDung.giayChungSinh === undefined) !== (noiDung.nguoiLamChung === undefined)
        : (noiDung.giayBaoTu === undefined) !== (noiDung.giayToThayThe === undefined);
    if (!hasEvidence)
        return invalid(TINH_CODES.dossierInvalid, [reason('THIEU_CHUNG_CU', '/noiDung')]);
    const address = noiDung.nhomThuTuc === 'NHOM_1'
        ? noiDung.me.diaChiThuongTru
        : noiDung.nguoiChet.diaChiThuongTru;
    const pointer = noiDung.nhomThuTuc === 'NHOM_1'
        ? '/noiDung/me/diaChiThuongTru/maXa'
        : '/noiDung/nguoiChet/diaChiThuongTru/maXa';
    const commune = getCommune(address.maXa);
    if (commune === undefined) {
        return invalid(TINH_CODES.notInJurisdiction, [reason('XA_KHONG_TON_TAI', pointer)]);
    }
    const receiving = provinceOfAgency(hoSo.coQuanTiepNhan ?? leg.coQuanThucHien);
    if (receiving !== undefined && receiving !== commune.provinceCode) {
        return invalid(TINH_CODES.notInJurisdiction, [reason('KHAC_TINH', pointer)]);
    }
    const provinceCode = commune.provinceCode;
    return {
        ok: true,
        target: {
            ma,
            maHoSo: `${hoSo.maHoSo}-${ma}`,
            maDonVi: sandboxAgencyCode(provinceCode).code,
            maXaDangKy: commune.code,
            provinceCode,
        },
    };
}
function invalid(code, lyDo) {
    return { ok: false, code, lyDo };
}
/**
 * The province's own dossier id and receipt number from its yearly sequence:
 * `T{province}-{yyyy}-{MMdd}-{NNNNNN}` and `{province}-{yyyy}-{MMdd}-{NNNNNN}`.
 * @see specs/tinh.yaml `ProvinceReceipt` (examples `TH-2026-0915-000107`, `38-2026-0915-000107`)
 */
export function receiptNumbers(provinceCode, now, sequence) {
    const day = toLocalDate(now);
    const tail = `${day.slice(0, 4)}-${day.slice(5, 7)}${day.slice(8, 10)}-${String(sequence).padStart(6, '0')}`;
    return { maHoSoTinh: `T${provinceCode}-${tail}`, soBienNhan: `${provinceCode}-${tail}` };
}
/**
 * Maps a MOJ registration status to the leg: 4 registered → HOAN_THANH; 2 supplement needed →
 * YEU_CAU_BO_SUNG; 0 error → TU_CHOI (the record is final, the anchor leg is refused); 1 received
 * and 3 eligible → still processing, reported once decided.
 * @see DOMAIN.md §7 (MOJ statuses 1/2/3/4/0; leg statuses); specs/tinh.yaml item 3
 */
export function outcomeOfMojStatus(status) {
    switch (status) {
        case 4:
            return { trangThai: 'HOAN_THANH', report: 'HOAN_THANH' };
        case 2:
            return { trangThai: 'YEU_CAU_BO_SUNG', report: 'YEU_CAU_BO_SUNG' };
        case 0:
            return { trangThai: 'TU_CHOI', report: 'TU_CHOI' };
        default:
            return { trangThai: 'DANG_XU_LY', report: null };
    }
}
/**
 * How the civil-status software's HTTP answer is taken: 429 and 5xx mean it is unavailable (the
 * province tries again later); any other 4xx refuses the registration (TU_CHOI with its reasons).
 * @see specs/hotich.yaml `hotichRegisterBirth` (409, 422 problems)
 */
export function isUnavailableStatus(status) {
    return status === 429 || status >= 500;
}
/**
 * The dossier status the province syncs (DVCQG 1–10): a final status the hub announced (7–10)
 * wins; a withdrawn dossier is 7; otherwise it follows the civil-status leg — 2 until forwarded,
 * 4 while processing (and after registration, while the hub runs the other legs), 5 while a
 * supplement is awaited, 8 when the anchor leg is refused.
 * @see DOMAIN.md §7 (status table; group status rules)
 */
export function dossierStatus(record) {
    if (record.hubStatus !== undefined)
        return record.hubStatus;
    if (record.withdrawn)
        return 7;
    const byLeg = {
        CHO_XU_LY: 2,
        DANG_XU_LY: 4,
        YEU_CAU_BO_SUNG: 5,
        HOAN_THANH: 4,
        TU_CHOI: 8,
        LOI: 4,
        DA_HUY: 7,
    };
    return byLeg[record.leg.trangThai];
}
/** Group statuses an event makes final for the province: withdrawn, stopped, done, delivered. */
export const FINAL_HUB_STATUSES = [7, 8, 9, 10];
/**
 * Withdrawal is allowed only before the civil-status step completes: not once the birth or death
 * is registered, nor after the dossier ended (refused, withdrawn, stopped).
 * @see DOMAIN.md §3 "Withdrawal … allowed only before step 4 completes"; specs/tinh.yaml
 * `tinhReceiveWithdrawal` (409 REGISTRATION_ALREADY_DONE)
 */
export function withdrawalBlock(record) {
    if (record.leg.trangThai === 'HOAN_THANH')
        return 'REGISTERED';
    if (record.withdrawn || record.leg.trangThai === 'TU_CHOI' || record.hubStatus !== undefined) {
        return 'CLOSED';
    }
    return null;
}
/**
 * Retry policy of a leg-result report the hub did not acknowledge (any non-2xx answer): the same
 * request (same `Idempotency-Key`, same body) is sent again by a clock timer after 5, 10, 20 and
 * 40 minutes, and also whenever the hub pushes something about the dossier (event, supplement,
 * withdrawal); after 5 attempts it is FAILED and left to the hub's reconciliation
 * (`tinhGetDossierStatus` shows `daBaoCao: false`). Progress updates are best effort: recorded,
 * never retried (the next step supersedes them).
 * @see specs/tinh.yaml items 1, 3, 6; specs/common.yaml `IdempotencyKey`
 */
export const REPORT_RETRY = { maxAttempts: 5, firstDelayMs: 5 * 60_000 };
/** Delay before the next attempt after `attempts` failed ones (5, 10, 20, 40 minutes). */
export function retryDelayMs(attempts) {
    return REPORT_RETRY.firstDelayMs * 2 ** Math.max(0, attempts - 1);
}
/**
 * Retry policy of forwarding to an unavailable civil-status software: every 30 minutes, at most
 * 4 attempts in all; then the leg is LOI (visible in the status query), nothing is reported.
 * @see specs/tinh.yaml item 2 ("forward the civil-status step the same working day")
 */
export const FORWARD_RETRY = { maxAttempts: 4, delayMs: 30 * 60_000 };
/** Outcomes a `Prefer` header may force on a pushed dossier or supplement. */
export const CIVIL_OUTCOMES = ['register', 'pending', 'supplement', 'error', 'refuse'];
/**
 * The `Prefer` header forwarded to the civil-status software when the hub forces a civil-status
 * outcome (`outcome=supplement; reason=…`, `outcome=error; maLoi=…`), else none.
 * @see specs/tinh.yaml ("The hub may send Prefer, which only the simulated province honours")
 */
export function forwardedPrefer(prefer) {
    const { outcome } = prefer;
    if (outcome === undefined || !CIVIL_OUTCOMES.includes(outcome)) {
        return undefined;
    }
    const parts = [`outcome=${outcome}`];
    if (prefer.reason !== undefined)
        parts.push(`reason=${prefer.reason}`);
    const maLoi = prefer.extra.maloi;
    if (maLoi !== undefined)
        parts.push(`maLoi=${maLoi}`);
    return parts.join('; ');
}
/** The leg status once a withdrawal is accepted. */
export function withdrawnLeg(leg) {
    return { ...leg, trangThai: 'DA_HUY' };
}
