import { err, ok } from '../../../contracts/result.js';
import { AGENCY_CODE_PATTERN } from './agency-code.js';
import { calendarDate, formatCalendarDate, pad, parseCalendarDate } from './calendar-date.js';
import { InvalidIdentifierInputError, identifierError } from './errors.js';
import { rememberRecent } from '../remember.js';
/**
 * The legs and what each one is.
 * @see DOMAIN.md §6.5; GLOSSARY.md
 */
export const DOSSIER_LEGS = {
    KS: 'birth registration',
    TT: 'permanent residence registration',
    BHYT: 'BHYT card for a child under 6',
    CC: 'ID card (căn cước)',
    KT: 'death registration',
    XTT: 'deregistration of permanent residence',
    MT: 'funeral allowance',
    TU: 'survivor benefits',
};
/**
 * SANDBOX DEFAULT template.
 * @see DOMAIN.md §6.5, §11 #7; specs/common.yaml#/components/schemas/DossierCode
 */
export const SANDBOX_DOSSIER_CODE_TEMPLATE = '{agency}-{yyMMdd}-{seq4}';
const TOKEN = /\{([^{}]*)\}/g;
const TOKEN_PATTERNS = {
    agency: `(?<agency>${AGENCY_CODE_PATTERN})`,
    yyMMdd: String.raw `(?<date>\d{6})`,
    yyyyMMdd: String.raw `(?<date>\d{8})`,
};
const LEG_SEPARATOR = '-';
/**
 * Compiles a template once (STYLE.md rule 8). Tokens: `{agency}` (a QCVN 102 agency code),
 * `{yyMMdd}` or `{yyyyMMdd}`, `{seqN}` (N = 1–9 zero-padded digits), each exactly once; the
 * rest is literal. Throws {@link InvalidIdentifierInputError} on a bad template.
 * @see DOMAIN.md §6.5, §11 #7
 */
export function createDossierCodeFormat(template = SANDBOX_DOSSIER_CODE_TEMPLATE) {
    const tokens = [...template.matchAll(TOKEN)].map((m) => m[1] ?? '');
    const seqToken = tokens.find((t) => /^seq[1-9]$/.test(t));
    const dateToken = tokens.find((t) => t === 'yyMMdd' || t === 'yyyyMMdd');
    const known = tokens.every((t) => t in TOKEN_PATTERNS || /^seq[1-9]$/.test(t));
    const literals = template.replace(TOKEN, '');
    if (!known ||
        tokens.length !== 3 ||
        !tokens.includes('agency') ||
        !seqToken ||
        !dateToken ||
        /[{}]/.test(literals)) {
        throw new InvalidIdentifierInputError('INVALID_TEMPLATE', 'a dossier template needs {agency}, {yyMMdd} or {yyyyMMdd}, and {seqN}, each once');
    }
    const seqDigits = Number(seqToken.slice(3));
    const body = template
        .split(TOKEN)
        .map((part, i) => (i % 2 === 1 ? tokenPattern(part, seqDigits) : escapeRegExp(part)))
        .join('');
    return Object.freeze({
        template,
        pattern: new RegExp(`^${body}(?:${LEG_SEPARATOR}(?<leg>[A-Z]+))?$`),
        dateDigits: dateToken === 'yyMMdd' ? 6 : 8,
        seqDigits,
        render: (values) => template.replace(TOKEN, (_m, t) => t === 'agency' ? values.agency : t === dateToken ? values.date : values.seq),
    });
}
/**
 * The SANDBOX DEFAULT format, `{agency}-{yyMMdd}-{seq4}`.
 * @see DOMAIN.md §6.5
 */
export const SANDBOX_DOSSIER_CODE_FORMAT = createDossierCodeFormat();
/**
 * Reads a dossier code: template match, known leg, a real date, sequence from 1.
 * @see DOMAIN.md §6.5
 */
export function parseDossierCode(value, format = SANDBOX_DOSSIER_CODE_FORMAT) {
    return format === SANDBOX_DOSSIER_CODE_FORMAT ? parseDefault(value) : parseWith(value, format);
}
// Every query carries a dossier code, and the same few come back call after call.
// Frozen: callers share the remembered answers.
const parseDefault = rememberRecent((value) => {
    const parsed = parseWith(value, SANDBOX_DOSSIER_CODE_FORMAT);
    Object.freeze(parsed.ok ? parsed.value : parsed.error);
    return Object.freeze(parsed);
});
function parseWith(value, format) {
    const groups = format.pattern.exec(value)?.groups;
    if (!groups)
        return err(identifierError('DOSSIER_CODE_FORMAT', `Expected ${format.template}`));
    const { agency = '', date = '', seq = '', leg } = groups;
    if (leg !== undefined && !isDossierLeg(leg)) {
        return err(identifierError('DOSSIER_CODE_UNKNOWN_LEG'));
    }
    const year = format.dateDigits === 6 ? 2000 + Number(date.slice(0, 2)) : Number(date.slice(0, 4));
    const rest = date.slice(format.dateDigits - 4);
    const day = calendarDate(year, Number(rest.slice(0, 2)), Number(rest.slice(2)));
    if (!day)
        return err(identifierError('DOSSIER_CODE_INVALID_DATE'));
    if (Number(seq) === 0)
        return err(identifierError('DOSSIER_CODE_SEQUENCE_ZERO'));
    const groupCode = leg === undefined ? value : value.slice(0, -(leg.length + 1));
    const parts = { agency, date: formatCalendarDate(day), seq: Number(seq), groupCode };
    return ok(leg === undefined ? parts : { ...parts, leg });
}
/**
 * Checks a dossier code and, when given, its leg and the group it belongs to.
 * @see DOMAIN.md §6.5
 */
export function validateDossierCode(value, expected = {}, format = SANDBOX_DOSSIER_CODE_FORMAT) {
    const parsed = parseDossierCode(value, format);
    if (!parsed.ok)
        return parsed;
    if (expected.leg !== undefined && expected.leg !== parsed.value.leg) {
        return err(identifierError('DOSSIER_CODE_LEG_MISMATCH'));
    }
    if (expected.groupCode !== undefined && expected.groupCode !== parsed.value.groupCode) {
        return err(identifierError('DOSSIER_CODE_GROUP_MISMATCH'));
    }
    return parsed;
}
/**
 * Composes a dossier code (a group code, or a leg code when `leg` is given); throws
 * {@link InvalidIdentifierInputError} on parts that cannot form a valid code.
 * @see DOMAIN.md §6.5
 */
export function generateDossierCode(parts, format = SANDBOX_DOSSIER_CODE_FORMAT) {
    const day = parseCalendarDate(parts.date);
    const maxSeq = 10 ** format.seqDigits - 1;
    if (!day || (format.dateDigits === 6 && (day.year < 2000 || day.year > 2099))) {
        throw new InvalidIdentifierInputError('INVALID_DATE', 'date must be a yyyy-MM-dd day');
    }
    if (!Number.isInteger(parts.seq) || parts.seq < 1 || parts.seq > maxSeq) {
        throw new InvalidIdentifierInputError('OUT_OF_RANGE', `seq must be within 1–${maxSeq}`);
    }
    const date = `${pad(day.year, 4)}${pad(day.month, 2)}${pad(day.day, 2)}`.slice(-format.dateDigits);
    const group = format.render({
        agency: parts.agency,
        date,
        seq: pad(parts.seq, format.seqDigits),
    });
    const value = parts.leg === undefined ? group : `${group}${LEG_SEPARATOR}${parts.leg}`;
    const parsed = parseDossierCode(value, format);
    if (!parsed.ok)
        throw new InvalidIdentifierInputError('INVALID_FORMAT', parsed.error.detail);
    return value;
}
/**
 * Whether a string is one of the leg suffixes.
 * @see DOSSIER_LEGS
 */
export function isDossierLeg(value) {
    return Object.hasOwn(DOSSIER_LEGS, value);
}
function tokenPattern(token, seqDigits) {
    return TOKEN_PATTERNS[token] ?? String.raw `(?<seq>\d{${seqDigits}})`;
}
function escapeRegExp(literal) {
    return literal.replace(/[.*+?^${}()|[\]\\]/g, String.raw `\$&`);
}
