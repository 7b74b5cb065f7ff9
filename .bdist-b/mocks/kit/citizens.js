/**
 * The officer a request names (`X-Officer-Id`), else the system's own account
 * (`hethong.<system>`) that calls when no officer forwarded the request.
 * @see specs/common.yaml `OfficerId`; SECURITY.md §1 (named accounts)
 */
export function officerOf(headers, systemAccount) {
    const officer = headers['x-officer-id'];
    return typeof officer === 'string' && officer !== '' ? officer : systemAccount;
}
/**
 * Looks a person up in the population database. A 404, or an answer about someone else than the
 * person asked (it says nothing of them), is `unknown`; any other failure is `unavailable`, with
 * the status so callers can tell an outage (429, 5xx) from a refusal.
 * @see specs/dancu.yaml `dancuLookupCitizen`
 */
export async function lookupCitizen(ctx, query) {
    const answer = await ctx.call('dancuLookupCitizen', {
        headers: {
            'x-officer-id': query.officer,
            'x-muc-dich': query.purpose,
            'x-ma-ho-so': query.maHoSo,
        },
        body: {
            soDinhDanh: query.soDinhDanh,
            ...(query.fields !== undefined ? { truong: [...query.fields] } : {}),
        },
    });
    if (answer.status === 404)
        return { kind: 'unknown' };
    if (answer.status !== 200)
        return { kind: 'unavailable', status: answer.status };
    const citizen = answer.body;
    return citizen.soDinhDanh === query.soDinhDanh ? { kind: 'found', citizen } : { kind: 'unknown' };
}
