/**
 * Content negotiation for the one operation that answers in two media types.
 * @see RFC 9110 §12.5.1 (Accept); specs/sandbox.yaml sandboxGetAccountInventory
 */
/**
 * True when `Accept` ranks `text/csv` above `application/json`. JSON wins ties and is the answer
 * without an `Accept` header, so `*\/*` and unparseable values keep the default.
 * @see RFC 9110 §12.5.1
 */
export function prefersCsv(accept) {
    if (typeof accept !== 'string')
        return false;
    const ranges = parseAccept(accept);
    return quality(ranges, 'text/csv') > quality(ranges, 'application/json');
}
/** The quality of `type` under the most specific range that matches it (0 when none does). */
function quality(ranges, type) {
    const [major] = type.split('/');
    const candidates = [type, `${major}/*`, '*/*'];
    for (const candidate of candidates) {
        const match = ranges.find((r) => r.type === candidate);
        if (match)
            return match.q;
    }
    return 0;
}
function parseAccept(accept) {
    return accept.split(',').flatMap((part) => {
        const [type = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
        if (!type.includes('/'))
            return [];
        const qParam = params.find((p) => p.startsWith('q='));
        const q = qParam === undefined ? 1 : Number(qParam.slice(2));
        return Number.isFinite(q) ? [{ type, q }] : [];
    });
}
