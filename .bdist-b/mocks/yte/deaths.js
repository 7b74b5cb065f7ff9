import { problem } from '../../contracts/problems.js';
import { toVnIso } from '../domain/calendar/index.js';
import { generateDeathNoticeCode } from '../domain/identifiers/index.js';
import { conflict, defineOperation, MOCK_PROBLEMS, notFound, signDocument, } from '../kit/index.js';
import { deathDocumentDraft } from './mapping.js';
import { YTE_CODES } from './problems.js';
import { certificateYear, deathRequestReasons, deceasedKey } from './rules.js';
import { DEATH_NOTICES, FACILITIES, YTE_COLLECTIONS } from './state.js';
import { checkInRegister, forcedReason, issuingAgencyCode, nextCertificateNumber, refusal, } from './support.js';
const notices = (ctx) => ctx.store.collection(YTE_COLLECTIONS.deathNotices, DEATH_NOTICES);
const DECEASED_REASONS = {
    NOT_FOUND: 'NGUOI_CHET_KHONG_CO_TRONG_CSDL_DAN_CU',
    MISMATCH: 'THONG_TIN_NGUOI_CHET_KHONG_KHOP',
    UNVERIFIED: 'KHONG_XAC_MINH_DUOC_NGUOI_CHET',
};
function signed(ctx, stored) {
    const draft = deathDocumentDraft(stored.content, issuingAgencyCode(stored.content.maCoSoKcb));
    return stored.giayTo ?? signDocument(ctx, draft, new Date(stored.content.ngayCap));
}
/**
 * Issues a signed GBT. The facility must be in the catalogue; the times must pass
 * {@link deathRequestReasons}; a deceased identified by an ID number must be in the register
 * under the same name and date of birth; a person gets one notice. `Prefer: outcome=issue` skips
 * the checks (not the facility), `outcome=refuse; reason=…` and `outcome=duplicate` force the
 * refusals.
 * @see specs/yte.yaml `yteIssueDeathNotice`; DOMAIN.md §8 "GBT, Mẫu 05"; TT 25/2025/TT-BYT
 */
export const issueDeathNotice = defineOperation('yteIssueDeathNotice', { outcomes: ['issue', 'refuse', 'duplicate'] }, async (req, ctx) => {
    const body = req.body;
    const { outcome } = req.prefer;
    const facilities = ctx.store.collection(YTE_COLLECTIONS.facilities, FACILITIES);
    const facility = await facilities.get(body.maCoSoKcb);
    if (!facility) {
        return refusal(['CO_SO_KCB_KHONG_TON_TAI'], `No facility has the code ${body.maCoSoKcb}.`);
    }
    if (outcome === 'refuse') {
        const reason = forcedReason(req.prefer.reason);
        if (reason === undefined) {
            return problem(MOCK_PROBLEMS.preferInvalid, 'Prefer: reason must be a reason code');
        }
        return refusal([reason], 'Refused as forced by Prefer.');
    }
    if (outcome === 'duplicate')
        return duplicate('Forced by Prefer: outcome=duplicate.');
    const key = deceasedKey(body.nguoiChet);
    if (outcome !== 'issue') {
        const refused = await refusalOf(body, key, String(req.headers['x-officer-id']), ctx);
        if (refused)
            return refused;
    }
    const stored = await issue(body, key, facility.tenCoSo, ctx);
    return {
        status: 201,
        headers: { location: `/yte/v1/giay-bao-tu/${stored.code}` },
        body: { ...stored.content, giayTo: signed(ctx, stored) },
    };
});
async function refusalOf(body, key, officer, ctx) {
    const reasons = deathRequestReasons(body, ctx.clock.now());
    if (reasons.length > 0)
        return refusal(reasons, 'The death notice request breaks a rule.');
    const [existing] = await notices(ctx).findBy('byPerson', key);
    if (existing)
        return duplicate(`A death notice already exists for this person (${existing.code}).`);
    const { soDinhDanh, hoTen, ngaySinh } = body.nguoiChet;
    if (soDinhDanh === undefined)
        return undefined;
    const check = await checkInRegister(ctx, {
        officer,
        purpose: 'KHAI_TU',
        facilityCode: body.maCoSoKcb,
        person: { soDinhDanh, hoTen, ngaySinh },
    });
    if (check === 'UNAVAILABLE') {
        const detail = 'The population database could not confirm the deceased; try again later.';
        return problem(MOCK_PROBLEMS.serviceUnavailable, detail);
    }
    const reason = DECEASED_REASONS[check];
    const detail = 'The deceased does not match the population database.';
    return reason === undefined ? undefined : refusal([reason], detail);
}
function duplicate(detail) {
    return conflict(YTE_CODES.deathNoticeDuplicate, detail, [
        { ma: YTE_CODES.deathNoticeDuplicate, moTa: 'Đã có giấy báo tử cho người này' },
    ]);
}
async function issue(body, key, tenCoSo, ctx) {
    const year = certificateYear(body.thoiDiemChet);
    for (;;) {
        const sequence = await nextCertificateNumber(ctx, 'GBT', body.maCoSoKcb, year);
        const code = generateDeathNoticeCode({ sequence, facilityCode: body.maCoSoKcb, year });
        const content = {
            ...body,
            maGiayBaoTu: code,
            tenCoSo,
            ngayCap: toVnIso(ctx.clock.now()),
        };
        const agency = issuingAgencyCode(body.maCoSoKcb);
        const giayTo = signDocument(ctx, deathDocumentDraft(content, agency));
        const inserted = await notices(ctx).insert({ code, personKey: key, content, giayTo });
        if (inserted.ok)
            return inserted.value.doc;
        // A code taken by a notice added outside the sequence: take the next number.
    }
}
/**
 * Reads a GBT by code: the population's notices and those issued in the sandbox.
 * @see specs/yte.yaml `yteGetDeathNotice`
 */
export const getDeathNotice = defineOperation('yteGetDeathNotice', {}, async (req, ctx) => {
    const code = req.params.maGiayBaoTu;
    const stored = await notices(ctx).get(code);
    if (!stored) {
        return notFound(YTE_CODES.deathNoticeNotFound, `No death notice has the code ${code}.`);
    }
    return { status: 200, body: { ...stored.content, giayTo: signed(ctx, stored) } };
});
