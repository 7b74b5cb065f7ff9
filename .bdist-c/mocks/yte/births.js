import { problem } from '../../contracts/problems.js';
import { generateBirthCertificateCode } from '../domain/identifiers/index.js';
import { toVnIso } from '../domain/calendar/index.js';
import { conflict, defineOperation, MOCK_PROBLEMS, notFound, signDocument, } from '../kit/index.js';
import { birthDocumentDraft } from './mapping.js';
import { YTE_CODES } from './problems.js';
import { babyKey, birthRequestReasons, certificateYear } from './rules.js';
import { BIRTH_CERTIFICATES, FACILITIES, YTE_COLLECTIONS, } from './state.js';
import { checkInRegister, forcedReason, issuingAgencyCode, nextCertificateNumber, refusal, } from './support.js';
const births = (ctx) => ctx.store.collection(YTE_COLLECTIONS.birthCertificates, BIRTH_CERTIFICATES);
/** The signed document of a certificate; one loaded from the population is signed now, dated when it was issued. */
function signed(ctx, stored) {
    const draft = birthDocumentDraft(stored.content, issuingAgencyCode(stored.content.maCoSoKcb));
    return stored.giayTo ?? signDocument(ctx, draft, new Date(stored.content.ngayCap));
}
const MOTHER_REASONS = {
    NOT_FOUND: 'ME_KHONG_CO_TRONG_CSDL_DAN_CU',
    MISMATCH: 'THONG_TIN_ME_KHONG_KHOP',
    UNVERIFIED: 'KHONG_XAC_MINH_DUOC_ME',
};
/**
 * Issues a signed GCS. The facility must be in the catalogue; the request must pass the rules
 * of {@link birthRequestReasons}; a mother with an ID number must be in the register under the
 * same name and date of birth; a baby is certified once. `Prefer: outcome=issue` skips the
 * checks (not the facility), `outcome=refuse; reason=…` and `outcome=duplicate` force the
 * refusals.
 * @see specs/yte.yaml `yteIssueBirthCertificate`; DOMAIN.md §6.3, §8 "GCS, Mẫu 01"
 */
export const issueBirthCertificate = defineOperation('yteIssueBirthCertificate', { outcomes: ['issue', 'refuse', 'duplicate'] }, async (req, ctx) => {
    const body = req.body;
    const { outcome } = req.prefer;
    const facility = await ctx.store
        .collection(YTE_COLLECTIONS.facilities, FACILITIES)
        .get(body.maCoSoKcb);
    if (!facility) {
        return refusal(['CO_SO_KCB_KHONG_TON_TAI'], `No facility has the code ${body.maCoSoKcb}.`);
    }
    const key = babyKey(body.maCoSoKcb, body.me, body.thoiDiemSinh, body.thuTuCon ?? 1);
    if (outcome === 'refuse') {
        const reason = forcedReason(req.prefer.reason);
        if (reason === undefined) {
            return problem(MOCK_PROBLEMS.preferInvalid, 'Prefer: reason must be a reason code');
        }
        return refusal([reason], 'Refused as forced by Prefer.');
    }
    if (outcome === 'duplicate')
        return duplicate('Forced by Prefer: outcome=duplicate.');
    if (outcome !== 'issue') {
        const refused = await refusalOf(body, key, String(req.headers['x-officer-id']), ctx);
        if (refused)
            return refused;
    }
    const stored = await issue(body, key, facility.tenCoSo, ctx);
    return {
        status: 201,
        headers: { location: `/yte/v1/giay-chung-sinh/${stored.code}` },
        body: { ...stored.content, giayTo: signed(ctx, stored) },
    };
});
async function refusalOf(body, key, officer, ctx) {
    const reasons = birthRequestReasons(body, ctx.clock.now());
    if (reasons.length > 0)
        return refusal(reasons, 'The birth certificate request breaks a rule.');
    const [existing] = await births(ctx).findBy('byBaby', key);
    if (existing)
        return duplicate(`The facility already certified this baby (${existing.code}).`);
    const { soDinhDanh } = body.me;
    if (soDinhDanh === undefined)
        return undefined;
    const check = await checkInRegister(ctx, {
        officer,
        purpose: 'KHAI_SINH',
        facilityCode: body.maCoSoKcb,
        person: { soDinhDanh, hoTen: body.me.hoTen, ngaySinh: body.me.ngaySinh },
    });
    if (check === 'UNAVAILABLE') {
        return problem(MOCK_PROBLEMS.serviceUnavailable, 'The population database could not confirm the mother; try again later.');
    }
    const reason = MOTHER_REASONS[check];
    return reason === undefined
        ? undefined
        : refusal([reason], 'The mother does not match the population database.');
}
function duplicate(detail) {
    return conflict(YTE_CODES.birthCertificateDuplicate, detail, [
        { ma: YTE_CODES.birthCertificateDuplicate, moTa: 'Cơ sở đã cấp giấy chứng sinh cho trẻ này' },
    ]);
}
async function issue(body, key, tenCoSo, ctx) {
    const year = certificateYear(body.thoiDiemSinh);
    for (;;) {
        const sequence = await nextCertificateNumber(ctx, 'GCS', body.maCoSoKcb, year);
        const code = generateBirthCertificateCode({ sequence, facilityCode: body.maCoSoKcb, year });
        const content = {
            ...body,
            maGiayChungSinh: code,
            tenCoSo,
            thuTuCon: body.thuTuCon ?? 1,
            ngayCap: toVnIso(ctx.clock.now()),
        };
        const giayTo = signDocument(ctx, birthDocumentDraft(content, issuingAgencyCode(body.maCoSoKcb)));
        const inserted = await births(ctx).insert({ code, babyKey: key, content, giayTo });
        if (inserted.ok)
            return inserted.value.doc;
        // A code taken by a certificate added outside the sequence: take the next number.
    }
}
/**
 * Reads a GCS by code: the population's certificates (pending ones of expecting mothers and
 * those already used for a registration) and those issued in the sandbox.
 * @see specs/yte.yaml `yteGetBirthCertificate`
 */
export const getBirthCertificate = defineOperation('yteGetBirthCertificate', {}, async (req, ctx) => {
    const code = req.params.maGiayChungSinh;
    const stored = await births(ctx).get(code);
    if (!stored)
        return notFound(YTE_CODES.birthCertificateNotFound, `No birth certificate has the code ${code}.`);
    return { status: 200, body: { ...stored.content, giayTo: signed(ctx, stored) } };
});
