import { err, ok } from '../../../contracts/result.js';
import { pad } from './calendar-date.js';
import { InvalidIdentifierInputError, identifierError } from './errors.js';
/**
 * The kinds and their form codes: the TT 66/2023/TT-BCA form numbers where a form exists, and
 * `XTT` (the deregistration leg code) for the deregistration notice, whose form is not known.
 * @see DOMAIN.md §3 step 8a, §4 step 5, §11 #18; GLOSSARY.md (CT01 / CT06 / CT08); TT 66/2023/TT-BCA
 */
export const RESIDENCE_NOTICE_KINDS = {
    RESULT_NOTICE: { formCode: 'CT08', title: 'residence registration result notice (CT08)' },
    REFUSAL_SLIP: { formCode: 'CT06', title: 'residence registration refusal slip (CT06)' },
    DEREGISTRATION_NOTICE: { formCode: 'XTT', title: 'permanent-residence deregistration notice' },
};
const RESIDENCE_NOTICE = /^(?<form>[A-Z][A-Z0-9]{1,5})-(?<maXa>\d{5})-(?<year>\d{4})-(?<seq>\d{6})$/;
const KIND_BY_FORM = new Map(Object.entries(RESIDENCE_NOTICE_KINDS).map(([kind, info]) => [
    info.formCode,
    kind,
]));
/**
 * Reads a residence notice number (SANDBOX DEFAULT format).
 * @see DOMAIN.md §3 step 8a, §4 step 5
 */
export function parseResidenceNoticeNumber(value) {
    const groups = RESIDENCE_NOTICE.exec(value)?.groups;
    if (!groups)
        return err(identifierError('RESIDENCE_NOTICE_FORMAT'));
    const { form = '', maXa = '', year = '', seq = '' } = groups;
    const kind = KIND_BY_FORM.get(form);
    if (!kind) {
        return err(identifierError('RESIDENCE_NOTICE_UNKNOWN_FORM', 'Expected CT08, CT06 or XTT'));
    }
    if (Number(seq) === 0)
        return err(identifierError('RESIDENCE_NOTICE_SEQUENCE_ZERO'));
    return ok({ kind, formCode: form, maXa, year: Number(year), seq: Number(seq) });
}
/**
 * Checks a residence notice number and, when given, its kind.
 * @see DOMAIN.md §3 step 8a, §4 step 5
 */
export function validateResidenceNoticeNumber(value, expected = {}) {
    const parsed = parseResidenceNoticeNumber(value);
    if (!parsed.ok)
        return parsed;
    if (expected.kind !== undefined && expected.kind !== parsed.value.kind) {
        return err(identifierError('RESIDENCE_NOTICE_KIND_MISMATCH', `Expected a ${RESIDENCE_NOTICE_KINDS[expected.kind].formCode} number`));
    }
    return parsed;
}
/**
 * Composes a residence notice number; throws {@link InvalidIdentifierInputError} on bad parts.
 * @see DOMAIN.md §3 step 8a, §4 step 5
 */
export function generateResidenceNoticeNumber(input) {
    const { kind, maXa, year, seq } = input;
    if (!/^\d{5}$/.test(maXa)) {
        throw new InvalidIdentifierInputError('INVALID_FORMAT', 'maXa must be 5 digits');
    }
    if (!Number.isInteger(year) || year < 1000 || year > 9999) {
        throw new InvalidIdentifierInputError('OUT_OF_RANGE', 'year must have 4 digits');
    }
    if (!Number.isInteger(seq) || seq < 1 || seq > 999_999) {
        throw new InvalidIdentifierInputError('OUT_OF_RANGE', 'seq must be within 1–999999');
    }
    return `${RESIDENCE_NOTICE_KINDS[kind].formCode}-${maXa}-${year}-${pad(seq, 6)}`;
}
