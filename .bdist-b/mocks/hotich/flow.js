import { toVnIso } from '../domain/calendar/index.js';
import { businessRule, conflict } from '../kit/index.js';
import { forcedDecision, isProblem, newRegistrationId, refusalProblem, statusFields, withoutStatus, } from './lifecycle.js';
import { MOJ_ERRORS, REASONS, reason, upstreamUnavailable } from './problems.js';
import { checkRegisteringAgency, isSupplementExpired, registrationTiming } from './rules.js';
import { registrations } from './state.js';
function callerOf(officerId, maHoSo) {
    return { officerId, maHoSo };
}
/** Applies a decision to a record: a status, or the registration itself when it is due. */
async function apply(ctx, kind, record, decision) {
    const now = ctx.clock.now();
    const timing = registrationTiming(ctx.calendar, now, ctx.regime.timeLimits.sameDayCutoff, kind.limit(ctx));
    const view = { ...withoutStatus(record.view), thoiDiemCapNhat: toVnIso(now) };
    const put = (status, dueAt, d) => ({
        ...record,
        dueAt,
        view: {
            ...view,
            ...statusFields(ctx, status, d?.lyDo ?? [], d?.kind === 'error' ? d.maLoi : undefined),
        },
    });
    switch (decision.kind) {
        case 'register':
            return kind.register(ctx, record);
        case 'eligible':
            return timing.immediate ? kind.register(ctx, record) : put(3, toVnIso(timing.dueAt));
        case 'pending':
            return put(1, toVnIso(timing.hanXuLy));
        case 'supplement':
            return put(2, null, decision);
        case 'error':
            return put(0, null, decision);
        case 'refuse':
            return put(0, null, { kind: 'error', maLoi: MOJ_ERRORS.DATA_INCORRECT, lyDo: decision.lyDo });
        case 'unavailable':
            return record;
    }
}
/**
 * Receives a registration request: `Prefer` or the rules decide; a refusal is a 409/422 problem
 * and nothing is stored; otherwise the registration is stored in its status (4 at once when
 * eligible and received on a working day up to the cut-off).
 * @see DOMAIN.md §5; specs/hotich.yaml `hotichRegisterBirth`, `hotichRegisterDeath`
 */
export async function intake(ctx, kind, request, officerId, prefer) {
    const forced = forcedDecision(prefer, kind.defaults);
    if (isProblem(forced))
        return forced;
    const decision = forced ?? (await kind.evaluate(ctx, callerOf(officerId, request.maHoSo), request));
    if (decision.kind === 'refuse')
        return refusalProblem(decision);
    if (decision.kind === 'unavailable')
        return upstreamUnavailable(decision.system);
    const now = ctx.clock.now();
    const province = checkRegisteringAgency(request.maDonVi, request.maXaDangKy).provinceCode;
    const id = await newRegistrationId(ctx, kind.prefix, province);
    const timing = registrationTiming(ctx.calendar, now, ctx.regime.timeLimits.sameDayCutoff, kind.limit(ctx));
    const draft = kind.build({
        id,
        request,
        officerId,
        subject: decision.kind === 'eligible' ? decision.subject : null,
        receivedAt: toVnIso(now),
        hanXuLy: toVnIso(timing.hanXuLy),
        now: toVnIso(now),
    });
    const record = await apply(ctx, kind, draft, decision);
    const inserted = await registrations(ctx.store).insert(record);
    if (!inserted.ok)
        throw new Error(`hotich: registration ${id} could not be stored (${inserted.error.code})`);
    return record;
}
/**
 * Brings a stored registration up to the clock: a supplement not received in time ends in
 * status 0 (200 RECORD_UNCOMPLETE); a registration due for decision is decided (status 1 is
 * examined again, status 3 registered). Saved when it changed.
 * @see DOMAIN.md §3 "Supplement" (rejected after 7 WD), §5
 */
export async function refresh(ctx, kind, record) {
    const now = ctx.clock.now();
    let next = record;
    const { trangThai, hanBoSung } = record.view;
    if (trangThai === 2 && hanBoSung !== undefined && isSupplementExpired(hanBoSung, now)) {
        const lyDo = [reason(REASONS.supplementExpired, 'Quá hạn nộp hồ sơ bổ sung')];
        next = expire(ctx, record, lyDo);
    }
    else if ((trangThai === 1 || trangThai === 3) &&
        record.dueAt !== null &&
        now.getTime() >= Date.parse(record.dueAt)) {
        const decision = trangThai === 3
            ? { kind: 'register' }
            : await kind.evaluate(ctx, callerOf(record.officerId, record.view.maHoSo), record.request, record.id);
        const subject = decision.kind === 'eligible' ? decision.subject : undefined;
        const examined = subject !== undefined && record.kind === 'KHAI_SINH'
            ? { ...record, childKey: subject }
            : record;
        next = await apply(ctx, kind, examined, subject !== undefined ? { kind: 'register' } : decision);
    }
    if (next === record)
        return record;
    await registrations(ctx.store).put(next);
    return next;
}
function expire(ctx, record, lyDo) {
    const view = { ...withoutStatus(record.view), thoiDiemCapNhat: toVnIso(ctx.clock.now()) };
    return {
        ...record,
        dueAt: null,
        view: { ...view, ...statusFields(ctx, 0, lyDo, MOJ_ERRORS.RECORD_UNCOMPLETE) },
    };
}
/**
 * Answers a registration in status 2 with a supplement: 409 unless in status 2, 422 after the
 * deadline; the merged dossier is examined again from now (a complete one is registered the
 * same working day).
 * @see specs/hotich.yaml `hotichSupplementBirth`, `hotichSupplementDeath`; DOMAIN.md §3
 */
export async function supplement(ctx, kind, stored, body, prefer) {
    const record = await refresh(ctx, kind, stored);
    if (record.view.trangThai !== 2) {
        const expired = record.view.lyDo?.some((r) => r.ma === REASONS.supplementExpired) ?? false;
        if (expired)
            return businessRule(REASONS.supplementExpired, 'The supplement deadline has passed.');
        return conflict(REASONS.notInSupplement, `The registration is in status ${record.view.trangThai}, not 2.`);
    }
    const forced = forcedDecision(prefer, kind.defaults);
    if (isProblem(forced))
        return forced;
    const request = kind.merge(record.request, body);
    const decision = forced ??
        (await kind.evaluate(ctx, callerOf(record.officerId, request.maHoSo), request, record.id));
    if (decision.kind === 'refuse')
        return refusalProblem(decision);
    if (decision.kind === 'unavailable')
        return upstreamUnavailable(decision.system);
    const now = ctx.clock.now();
    const timing = registrationTiming(ctx.calendar, now, ctx.regime.timeLimits.sameDayCutoff, kind.limit(ctx));
    const rebuilt = kind.build({
        id: record.id,
        request,
        officerId: record.officerId,
        subject: decision.kind === 'eligible' ? decision.subject : null,
        receivedAt: record.view.thoiDiemTiepNhan,
        hanXuLy: toVnIso(timing.hanXuLy),
        now: toVnIso(now),
    });
    const next = await apply(ctx, kind, rebuilt, decision);
    await registrations(ctx.store).put(next);
    return next;
}
