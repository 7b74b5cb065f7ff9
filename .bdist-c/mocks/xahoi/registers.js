/**
 * The system account xahoi calls with when no officer is known.
 * @see SECURITY.md §1 (named accounts)
 */
export const SYSTEM_OFFICER = 'hethong.xahoi';
/**
 * The officer a request names (`X-Officer-Id`), else the xahoi system account.
 * @see specs/common.yaml `OfficerId`
 */
export function officerOf(headers) {
    const officer = headers['x-officer-id'];
    return typeof officer === 'string' && officer !== '' ? officer : SYSTEM_OFFICER;
}
/**
 * Looks a person up in dancu. A 404, or an answer about someone else (a contract example from
 * a register without behaviour), is `unknown`; any other failure is `unavailable`.
 * @see specs/dancu.yaml dancuLookupCitizen
 */
export async function lookUpCitizen(ctx, query) {
    const answer = await ctx.call('dancuLookupCitizen', {
        headers: {
            'x-officer-id': query.officer,
            'x-muc-dich': query.purpose,
            'x-ma-ho-so': query.maHoSo,
        },
        body: { soDinhDanh: query.soDinhDanh },
    });
    if (answer.status === 404)
        return { kind: 'unknown' };
    if (answer.status !== 200)
        return { kind: 'unavailable', status: answer.status };
    const citizen = answer.body;
    return citizen.soDinhDanh === query.soDinhDanh ? { kind: 'found', citizen } : { kind: 'unknown' };
}
