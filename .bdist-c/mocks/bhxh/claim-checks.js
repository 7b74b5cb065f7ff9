import { err, ok } from '../../contracts/result.js';
import { businessRule, lookupCitizen, upstreamUnavailable, } from '../kit/index.js';
import { reason } from './problems.js';
import { hasBothSurvivorKinds, isBhxhBeneficiary } from './rules.js';
import { missingAgreements } from './survivor-rules.js';
const SURVIVOR_KINDS = ['TU_TUAT_1LAN', 'TU_TUAT_HANGTHANG'];
/**
 * The survivor leg must be offered (`group2.tuTuatEnabled`) and ask for one allowance only.
 * @see DOMAIN.md §11 #20; Luật BHXH 41/2024/QH15 Art. 86, 88
 */
export function checkKinds(request, settings) {
    const survivor = request.cheDo.some((k) => SURVIVOR_KINDS.includes(k));
    if (survivor && !settings.group2.tuTuatEnabled) {
        return businessRule('SURVIVOR_BENEFITS_DISABLED', 'Survivor benefits are not offered.', [
            reason('TU_TUAT_KHONG_AP_DUNG', '/body/cheDo'),
        ]);
    }
    if (hasBothSurvivorKinds(request.cheDo)) {
        return businessRule('SURVIVOR_KINDS_EXCLUSIVE', 'Ask for one survivor allowance only.', [
            reason('CHE_DO_TU_TUAT_TRUNG', '/body/cheDo'),
        ]);
    }
    return null;
}
/**
 * The deceased must be known to BHXH, match the BHXH code given, and have an insurance record
 * (else 422 `KHONG_THUOC_DOI_TUONG`: the hub routes the leg elsewhere).
 * @see specs/bhxh.yaml bhxhClaimDeathBenefits; DOMAIN.md §4 "SANDBOX DEFAULT routing"
 */
export function checkDeceased(request, participant) {
    if (!participant) {
        return fail('DECEASED_UNKNOWN', 'The deceased is not known to BHXH.', [
            reason('NGUOI_CHET_KHONG_XAC_DINH', '/body/nguoiChet/soDinhDanh'),
        ]);
    }
    const given = request.nguoiChet.maSoBhxh;
    if (given !== undefined && given !== participant.record?.bhxhCode) {
        return fail('BHXH_CODE_MISMATCH', 'The BHXH code is not the deceased’s.', [
            reason('MA_SO_BHXH_KHONG_KHOP', '/body/nguoiChet/maSoBhxh'),
        ]);
    }
    if (!isBhxhBeneficiary(participant.record)) {
        return fail('KHONG_THUOC_DOI_TUONG', 'The deceased has no insurance record.', [
            reason('KHONG_THUOC_DOI_TUONG', '/body/nguoiChet/soDinhDanh'),
        ]);
    }
    return ok({ maTinh: participant.maTinh, record: participant.record });
}
function fail(code, detail, lyDo) {
    return err(businessRule(code, detail, lyDo));
}
/**
 * Survivor claims need the relatives list; the one-time allowance also a representative who is
 * one of them, agreed by every adult relative (VNeID `DONG_Y` or Form 09-HSB).
 * @see DOMAIN.md §4 "BHXH dossier"; QĐ 1449/QĐ-BHXH
 */
export function checkRelatives(request, today) {
    const relatives = request.thanNhan ?? [];
    const survivor = request.cheDo.some((k) => SURVIVOR_KINDS.includes(k));
    if (survivor && relatives.length === 0) {
        return businessRule('RELATIVES_MISSING', 'Survivor benefits need the relatives list.', [
            reason('THIEU_DANH_SACH_THAN_NHAN', '/body/thanNhan'),
        ]);
    }
    if (!request.cheDo.includes('TU_TUAT_1LAN'))
        return null;
    const representative = request.nguoiDaiDienNhan;
    if (!representative) {
        return businessRule('REPRESENTATIVE_MISSING', 'The one-time allowance needs a representative.', [reason('THIEU_NGUOI_DAI_DIEN', '/body/nguoiDaiDienNhan')]);
    }
    if (!relatives.some((r) => r.soDinhDanh === representative.soDinhDanh)) {
        return businessRule('REPRESENTATIVE_NOT_RELATIVE', 'The representative is not a relative.', [
            reason('NGUOI_DAI_DIEN_KHONG_THUOC_THAN_NHAN', '/body/nguoiDaiDienNhan'),
        ]);
    }
    const missing = missingAgreements(relatives, today);
    if (missing.length > 0) {
        return businessRule('THIEU_THOA_THUAN_THAN_NHAN', `${missing.length} adult relative(s) have not agreed on the representative.`, missing.map((i) => reason('THIEU_THOA_THUAN_THAN_NHAN', `/body/thanNhan/${i}/xacNhanVneid`)));
    }
    return null;
}
/**
 * The death must be recorded in the population database (a living person gets no benefit):
 * checked with `dancuLookupCitizen`, purpose `MAI_TANG_TU_TUAT`.
 * @see DOMAIN.md §4 step 3–4; SECURITY.md §3
 */
export async function checkRecordedDead(ctx, request, officer) {
    const answer = await lookupCitizen(ctx, {
        soDinhDanh: request.nguoiChet.soDinhDanh,
        purpose: 'MAI_TANG_TU_TUAT',
        maHoSo: request.maHoSo,
        officer,
    });
    if (answer.kind === 'unavailable') {
        return upstreamUnavailable(`The population database answered ${answer.status}.`);
    }
    if (answer.kind === 'unknown') {
        return businessRule('DECEASED_UNKNOWN', 'The deceased is not in the population database.', [
            reason('NGUOI_CHET_KHONG_XAC_DINH', '/body/nguoiChet/soDinhDanh'),
        ]);
    }
    if (answer.citizen.meta.trangThaiSong !== 'DA_CHET') {
        return businessRule('DECEASED_NOT_RECORDED', 'The population database shows this person alive.', [reason('CHUA_GHI_NHAN_DA_CHET', '/body/nguoiChet/soDinhDanh')]);
    }
    return null;
}
