import { err, ok } from '../../contracts/result.js';
const TOKEN = /^[A-Za-z][A-Za-z0-9_-]*$/;
const VALUE = /^[A-Za-z0-9_.:-]+$/;
/**
 * Parses `Prefer` into a {@link Preference}. Values may be quoted. A malformed header, a
 * repeated name, a non-numeric or out-of-range `code`, or an outcome the operation does not know
 * is an error (answered as a 400 problem), never silently ignored (STYLE.md rule 9).
 */
export function parsePrefer(header, allowedOutcomes) {
    if (header === undefined || header === '')
        return ok({ extra: {} });
    if (typeof header !== 'string')
        return err({ detail: 'Prefer must be a single header' });
    const pairs = new Map();
    for (const part of header.split(/[;,]/)) {
        const trimmed = part.trim();
        if (trimmed === '')
            continue;
        const [rawName = '', ...rest] = trimmed.split('=');
        const name = rawName.trim().toLowerCase();
        const value = rest
            .join('=')
            .trim()
            .replace(/^"(.*)"$/, '$1');
        if (!TOKEN.test(name) || rest.length === 0 || !VALUE.test(value)) {
            return err({ detail: `Prefer: "${trimmed}" is not a name=value preference` });
        }
        if (pairs.has(name))
            return err({ detail: `Prefer: "${name}" is given twice` });
        pairs.set(name, value);
    }
    const outcome = pairs.get('outcome');
    if (outcome !== undefined && !allowedOutcomes.includes(outcome)) {
        const known = allowedOutcomes.length > 0 ? allowedOutcomes.join(', ') : 'none';
        return err({ detail: `Prefer: outcome "${outcome}" is not known here (known: ${known})` });
    }
    const rawCode = pairs.get('code');
    let code;
    if (rawCode !== undefined) {
        code = Number(rawCode);
        if (!Number.isInteger(code) || code < 400 || code > 599) {
            return err({ detail: `Prefer: code must be an HTTP error status 400–599, got "${rawCode}"` });
        }
    }
    const reason = pairs.get('reason');
    const extra = Object.fromEntries([...pairs].filter(([name]) => !['outcome', 'reason', 'code'].includes(name)));
    return ok({
        ...(outcome !== undefined ? { outcome } : {}),
        ...(reason !== undefined ? { reason } : {}),
        ...(code !== undefined ? { code } : {}),
        extra,
    });
}
