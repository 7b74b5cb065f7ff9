/** The account the software uses when no officer forwarded the request. */
export const SYSTEM_ACCOUNT = 'hethong.hotich';
function answerOf(output, success) {
    if (output.status === success)
        return { kind: 'ok', value: output.body };
    if (output.status >= 500 || output.status === 429 || output.status < 400) {
        return { kind: 'unavailable', status: output.status };
    }
    const body = output.body;
    const code = typeof body?.code === 'string' ? body.code : undefined;
    return { kind: 'problem', status: output.status, code };
}
function citizenHeaders(caller, purpose) {
    return { 'x-officer-id': caller.officerId, 'x-muc-dich': purpose, 'x-ma-ho-so': caller.maHoSo };
}
/**
 * Looks a citizen up in the population database for a purpose (`KHAI_SINH` for the mother,
 * `KHAI_TU` for the deceased).
 * @see specs/dancu.yaml `dancuLookupCitizen`
 */
export async function lookupCitizen(ctx, caller, soDinhDanh, purpose) {
    const output = await ctx.call('dancuLookupCitizen', {
        headers: citizenHeaders(caller, purpose),
        body: { soDinhDanh },
    });
    return answerOf(output, 200);
}
/**
 * Fetches a medical birth certificate from the health system.
 * @see specs/yte.yaml `yteGetBirthCertificate`
 */
export async function fetchBirthCertificate(ctx, caller, code) {
    const output = await ctx.call('yteGetBirthCertificate', {
        params: { maGiayChungSinh: code },
        headers: citizenHeaders(caller, 'KHAI_SINH'),
    });
    return answerOf(output, 200);
}
/**
 * Fetches a medical death notice from the health system.
 * @see specs/yte.yaml `yteGetDeathNotice`
 */
export async function fetchDeathNotice(ctx, caller, code) {
    const output = await ctx.call('yteGetDeathNotice', {
        params: { maGiayBaoTu: code },
        headers: citizenHeaders(caller, 'KHAI_TU'),
    });
    return answerOf(output, 200);
}
/**
 * Asks the population database for the child's personal ID number. A second request for the
 * same registration (409 after a lost answer) reads the issuance back instead.
 * @see specs/dancu.yaml `dancuIssuePersonalId`, `dancuGetPersonalIdIssuance`; DOMAIN.md §3 step 5
 */
export async function issuePersonalId(ctx, caller, request) {
    const output = await ctx.call('dancuIssuePersonalId', {
        headers: { 'x-officer-id': caller.officerId },
        body: request,
    });
    const answer = answerOf(output, 201);
    if (answer.kind !== 'problem' || answer.status !== 409)
        return answer;
    const again = await ctx.call('dancuGetPersonalIdIssuance', {
        headers: citizenHeaders(caller, 'KHAI_SINH'),
        body: { maDangKyKhaiSinh: request.maDangKyKhaiSinh },
    });
    return answerOf(again, 200);
}
/**
 * Records the death in the population database. `ALREADY_DECEASED` (409) counts as done: the
 * register already says what this registration asks it to say.
 * @see specs/dancu.yaml `dancuRecordDeath`; DOMAIN.md §4 step 3
 */
export async function recordDeath(ctx, caller, request) {
    const output = await ctx.call('dancuRecordDeath', {
        headers: { 'x-officer-id': caller.officerId },
        body: request,
    });
    if (output.status === 409)
        return { kind: 'ok', value: undefined };
    const answer = answerOf(output, 200);
    return answer.kind === 'ok' ? { kind: 'ok', value: undefined } : answer;
}
