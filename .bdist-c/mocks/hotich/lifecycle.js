/**
 * The MOJ status model shared by births and deaths: what a decision does to a registration
 * (status, reasons, MOJ error, deadlines), forced outcomes from `Prefer`, registration ids.
 * @see DOMAIN.md §7 (statuses 1/2/3/4/0, error codes); specs/hotich.yaml
 */
import { problem } from '../../contracts/problems.js';
import { toLocalDate, toVnIso } from '../domain/calendar/index.js';
import { businessRule, conflict, MOCK_PROBLEMS, nextSequence, } from '../kit/index.js';
import { MOJ_ERROR_CODES, MOJ_ERRORS, REASONS, reason } from './problems.js';
import { STATUS_TEXT, supplementDeadline } from './rules.js';
/** Outcomes `Prefer` may force on a registration. @see specs/hotich.yaml `hotichRegisterBirth` */
export const REGISTER_OUTCOMES = [
    'register',
    'pending',
    'supplement',
    'error',
    'refuse',
    'duplicate',
];
/** Outcomes `Prefer` may force on a supplement (all but `duplicate`). */
export const SUPPLEMENT_OUTCOMES = REGISTER_OUTCOMES.filter((o) => o !== 'duplicate');
const REASON_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;
/**
 * The decision a `Prefer: outcome=…` forces, `undefined` without one, or a 400 problem for a
 * reason or `maLoi` the contract cannot carry.
 * @see specs/hotich.yaml (`outcome=supplement; reason=…`, `outcome=error; maLoi=…`); STYLE.md rule 9
 */
export function forcedDecision(prefer, defaults) {
    const { outcome } = prefer;
    if (outcome === undefined)
        return undefined;
    const code = prefer.reason ?? (outcome === 'duplicate' ? defaults.duplicate : defaults.refuse);
    if (!REASON_CODE.test(code)) {
        return problem(MOCK_PROBLEMS.preferInvalid, `Prefer: reason must be a SCREAMING_SNAKE code`);
    }
    const lyDo = [reason(code, 'Kết quả mô phỏng theo yêu cầu (Prefer)')];
    switch (outcome) {
        case 'register':
            return { kind: 'register' };
        case 'pending':
            return { kind: 'pending' };
        case 'supplement':
            return {
                kind: 'supplement',
                lyDo: prefer.reason === undefined ? [reason(REASONS.forced, 'Bổ sung hồ sơ (mô phỏng)')] : lyDo,
            };
        case 'refuse':
            return { kind: 'refuse', status: 422, code, lyDo };
        case 'duplicate':
            return { kind: 'refuse', status: 409, code, lyDo };
        default: {
            const maLoi = Number(prefer.extra.maloi ?? MOJ_ERRORS.DATA_INCORRECT);
            if (!MOJ_ERROR_CODES.includes(maLoi)) {
                return problem(MOCK_PROBLEMS.preferInvalid, `Prefer: maLoi must be one of ${MOJ_ERROR_CODES.join(', ')}`);
            }
            return {
                kind: 'error',
                maLoi: maLoi,
                lyDo: [reason(REASONS.forced, 'Lỗi mô phỏng theo yêu cầu (Prefer)')],
            };
        }
    }
}
/** Whether a result is a problem (a decision or a record has no `type`). */
export function isProblem(value) {
    return value !== undefined && 'type' in value && 'title' in value;
}
/** The problem a refusal answers with. */
export function refusalProblem(decision) {
    const detail = `Registration refused: ${decision.lyDo.map((r) => r.ma).join(', ')}.`;
    return decision.status === 409
        ? conflict(decision.code, detail, decision.lyDo)
        : businessRule(decision.code, detail, decision.lyDo);
}
/**
 * Status fields for a registration put in status 0 (with its MOJ error), 1, 2 (with the
 * supplement deadline, 7 working days) or 3.
 * @see DOMAIN.md §3 "Supplement", §7
 */
export function statusFields(ctx, status, lyDo = [], maLoi) {
    const base = { trangThai: status, trangThaiMoTa: STATUS_TEXT[status] };
    if (status === 0)
        return { ...base, maLoi: maLoi ?? MOJ_ERRORS.DATA_INCORRECT, lyDo: [...lyDo] };
    if (status === 2) {
        const days = ctx.regime.timeLimits.supplement.workingDays;
        const due = supplementDeadline(ctx.calendar, ctx.clock.now(), days);
        return { ...base, lyDo: [...lyDo], hanBoSung: toVnIso(due) };
    }
    return lyDo.length > 0 ? { ...base, lyDo: [...lyDo] } : base;
}
/** Removes the status-specific fields of a view before new ones are applied. */
export function withoutStatus(view) {
    const statusKeys = new Set(['maLoi', 'lyDo', 'hanBoSung']);
    return Object.fromEntries(Object.entries(view).filter(([key]) => !statusKeys.has(key)));
}
/**
 * A new registration id `{KS|KT}-{province}-{year}-{NNNNNN}` from the sandbox sequence of that
 * kind, province and year.
 * @see specs/hotich.yaml `RegistrationId`
 */
export async function newRegistrationId(ctx, kind, province) {
    const year = toLocalDate(ctx.clock.now()).slice(0, 4);
    const n = await nextSequence(ctx.store, `hotich.${kind}.${province}.${year}`);
    return `${kind}-${province}-${year}-${String(n).padStart(6, '0')}`;
}
/**
 * The next entry number (`soDangKy`) in a commune's register of a kind for this year.
 * @see Thông tư 04/2020/TT-BTP (sổ đăng ký hộ tịch)
 */
export async function nextEntryNumber(ctx, kind, commune) {
    const year = toLocalDate(ctx.clock.now()).slice(0, 4);
    return String(await nextSequence(ctx.store, `hotich.so${kind}.${commune}.${year}`));
}
