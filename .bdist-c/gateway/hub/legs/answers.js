/**
 * The account the hub calls agencies with (a system account, like `hethong.cutru` of the
 * residence system; matches `OfficerId` `^[a-z0-9][a-z0-9._-]{2,63}$`).
 * @see specs/common.yaml `OfficerId`
 */
export const HUB_OFFICER_ID = 'hethong.lienthong';
/** A reason code as the wire allows it (`Reason.ma`). @see specs/common.yaml `Reason` */
const REASON_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;
/** `Reason.moTa` is at most 1,000 characters; a leg keeps at most 20 reasons. */
const MAX_TEXT = 1000;
const MAX_REASONS = 20;
/**
 * The `Prefer` value for a forced decision: `outcome=<refuse>; reason=<CODE>` or
 * `outcome=<approve>`; nothing without a decision, or to approve at an agency that decides in
 * favour only by its own rules.
 */
export function preferFor(decision, outcomes) {
    if (decision === undefined)
        return undefined;
    if (decision.kind === 'approve') {
        return outcomes.approve === undefined ? undefined : `outcome=${outcomes.approve}`;
    }
    const reason = decision.reason !== undefined ? `; reason=${decision.reason}` : '';
    return `outcome=${outcomes.refuse}${reason}`;
}
/** The headers of a call to an agency: the hub's officer account and, if any, `Prefer`. */
export function agencyHeaders(prefer) {
    return { 'x-officer-id': HUB_OFFICER_ID, ...(prefer !== undefined ? { prefer } : {}) };
}
/** Calls an agency operation with the hub's headers (and `Prefer`, when given). */
export function callAgency(call, operationId, request, prefer) {
    return call.ctx.call(operationId, { ...request, headers: agencyHeaders(prefer) });
}
/** A reason, its text cut to what the wire allows. */
export function reasonOf(ma, moTa, truong) {
    const text = moTa.trim() === '' ? ma : moTa.trim().slice(0, MAX_TEXT);
    return { ma, moTa: text, ...(truong !== undefined ? { truong } : {}) };
}
/** The well-formed reasons of an agency's `lyDo` list (at most 20). */
export function reasonsOf(lyDo) {
    if (!Array.isArray(lyDo))
        return [];
    return lyDo
        .filter((r) => typeof r === 'object' &&
        r !== null &&
        typeof r.ma === 'string' &&
        REASON_CODE.test(r.ma) &&
        typeof r.moTa === 'string')
        .slice(0, MAX_REASONS)
        .map((r) => reasonOf(r.ma, r.moTa, typeof r.truong === 'string' ? r.truong : undefined));
}
/**
 * One reason made from a problem: its stable `code` (else `fallback`), its Vietnamese title and
 * English detail, and the pointer of its first violation.
 */
export function reasonFromProblem(body, fallback) {
    const p = (typeof body === 'object' && body !== null ? body : {});
    const ma = typeof p.code === 'string' && REASON_CODE.test(p.code) ? p.code : fallback;
    const parts = [p.title, p.detail].filter((s) => typeof s === 'string' && s !== '');
    const first = Array.isArray(p.errors) ? p.errors[0] : undefined;
    const pointer = first?.pointer;
    return reasonOf(ma, parts.join(': '), typeof pointer === 'string' ? pointer : undefined);
}
/** Whether an answer means "try again later": no answer, 429 or any 5xx. */
export function isUnavailable(answer) {
    return answer.dropConnection === true || answer.status === 429 || answer.status >= 500;
}
/**
 * Reads the answers every agency gives alike; `undefined` for a 1xx–3xx answer, which only the
 * adapter can read.
 * - no answer (dropped connection), 429, 5xx → `unavailable`;
 * - 409/422 with business reasons (`lyDo`) → `refused` with them (BHXH, xahoi, dancu refuse so);
 * - any other 4xx (a contract or state problem: our bug, or a fault) → `error`.
 * @see specs/common.yaml `Problem.lyDo`; mocks/kit/problems.ts `businessRule`
 */
export const readCommonAnswer = (answer) => {
    if (answer.dropConnection === true) {
        return {
            kind: 'unavailable',
            reasons: [reasonOf('MAT_KET_NOI', 'Mất kết nối tới hệ thống giải quyết, chưa có trả lời')],
        };
    }
    if (isUnavailable(answer)) {
        return {
            kind: 'unavailable',
            reasons: [reasonFromProblem(answer.body, 'HE_THONG_KHONG_PHUC_VU')],
        };
    }
    if (answer.status < 400)
        return undefined;
    const lyDo = reasonsOf(answer.body?.lyDo);
    if ((answer.status === 409 || answer.status === 422) && lyDo.length > 0) {
        return { kind: 'refused', reasons: lyDo };
    }
    return { kind: 'error', reasons: [reasonFromProblem(answer.body, 'LOI_HE_THONG_GIAI_QUYET')] };
};
/** An `error` outcome for data the hub lacks to build the agency's request. */
export function missingData(ma, moTa, truong) {
    return { kind: 'error', reasons: [reasonOf(ma, moTa, truong)] };
}
/** An ISO instant as a `Date`, or `undefined` for a missing or unreadable one. */
export function instantOf(value) {
    if (typeof value !== 'string')
        return undefined;
    const at = new Date(value);
    return Number.isNaN(at.getTime()) ? undefined : at;
}
