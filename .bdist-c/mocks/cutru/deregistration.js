import { err, ok } from '../../contracts/result.js';
import { deadline, toLocalDate, toVnIso } from '../domain/calendar/index.js';
import { nextSequence } from '../kit/index.js';
import { deregistrationNotice } from './mapping.js';
import { leaveHousehold, register } from './membership.js';
import { CONFLICTS, isRefusalCode, preferReasonUnknown, reason, UNPROCESSABLE, upstreamUnavailable, } from './problems.js';
import { deathCheck } from './rules.js';
import { COLLECTIONS, DEREGISTRATIONS } from './state.js';
import { lookupCitizen } from './upstream.js';
/**
 * Decodes `Prefer: outcome=deregister | refuse; reason=CODE` (default reason
 * `THONG_TIN_KHONG_KHOP_CSDL_DAN_CU`).
 * @see STYLE.md rule 9
 */
function forcedDecision(prefer) {
    if (prefer.outcome === 'deregister')
        return { kind: 'REMOVE' };
    if (prefer.outcome !== 'refuse')
        return null;
    const code = prefer.reason ?? 'THONG_TIN_KHONG_KHOP_CSDL_DAN_CU';
    return isRefusalCode(code)
        ? { kind: 'REFUSE', reasons: [reason(code)] }
        : preferReasonUnknown(code);
}
/** The register's state of the person: registered, or the 409/422 the spec names. */
async function registeredResident(ctx, request, caller) {
    const resident = await register(ctx.store).residents.get(request.soDinhDanh);
    if (resident?.permanent)
        return resident;
    if (resident?.removed)
        return CONFLICTS.alreadyDeregistered();
    if (resident)
        return CONFLICTS.notRegistered();
    const answer = await lookupCitizen(ctx, request.soDinhDanh, 'XOA_THUONG_TRU', caller);
    if (answer.kind === 'NOT_FOUND')
        return UNPROCESSABLE.citizenNotFound('/soDinhDanh');
    if (answer.kind === 'UNAVAILABLE')
        return upstreamUnavailable('The population database');
    return CONFLICTS.notRegistered();
}
/**
 * The decision by the ground: a death must be recorded in the population database (and the
 * declared date must match it); another ground needs its description.
 * @see rules.ts `deathCheck`
 */
async function decideByGround(ctx, request, caller) {
    if (request.lyDo === 'KHAC') {
        const described = (request.moTaLyDo ?? '').trim() !== '';
        return described ? { kind: 'REMOVE' } : UNPROCESSABLE.groundDescriptionRequired();
    }
    if (request.maDangKyKhaiTu === undefined) {
        return UNPROCESSABLE.deathNotRecorded('lyDo CHET needs maDangKyKhaiTu.');
    }
    const answer = await lookupCitizen(ctx, request.soDinhDanh, 'XOA_THUONG_TRU', caller);
    if (answer.kind === 'NOT_FOUND')
        return UNPROCESSABLE.citizenNotFound('/soDinhDanh');
    if (answer.kind === 'UNAVAILABLE')
        return upstreamUnavailable('The population database');
    const checked = deathCheck(answer.citizen, request.ngayMat);
    if (checked === 'NOT_RECORDED') {
        return UNPROCESSABLE.deathNotRecorded('The population database does not record this death.');
    }
    return checked === 'OK' ? { kind: 'REMOVE' } : { kind: 'REFUSE', reasons: [checked] };
}
/**
 * Receives a deregistration and decides it at once (instant processing): the residence is
 * removed (the person leaves the household, notice issued) or the request refused.
 * @see specs/cutru.yaml `cutruDeregisterPermanentResidence`
 */
export async function deregister(ctx, request, prefer, officerId) {
    const forced = forcedDecision(prefer);
    if (forced !== null && 'status' in forced)
        return forced;
    const deregistrations = ctx.store.collection(COLLECTIONS.deregistrations, DEREGISTRATIONS);
    if (await deregistrations.findOneBy('byDossier', request.maHoSo)) {
        return CONFLICTS.deregistrationExists(request.maHoSo);
    }
    const caller = { officerId, dossier: request.maHoSo };
    const resident = await registeredResident(ctx, request, caller);
    if ('status' in resident)
        return resident;
    const decision = forced ?? (await decideByGround(ctx, request, caller));
    if ('status' in decision)
        return decision;
    const now = ctx.clock.now();
    const cutoff = ctx.regime.timeLimits.sameDayCutoff;
    const due = deadline(ctx.calendar, now, ctx.regime.timeLimits.group2.XTT, { cutoff });
    const written = await ctx.store.transaction(async (tx) => {
        const today = toLocalDate(now);
        const year = today.slice(0, 4);
        const seq = await nextSequence(tx, `cutru.XTT.${year}`);
        const base = {
            maXoaDangKy: `XTT-${year}-${String(seq).padStart(6, '0')}`,
            maHoSo: request.maHoSo,
            soDinhDanh: request.soDinhDanh,
            trangThai: 'TU_CHOI',
            thoiDiemTiepNhan: toVnIso(now),
            hanXuLy: toVnIso(due),
            lyDo: [],
        };
        let deregistration = base;
        if (decision.kind === 'REFUSE') {
            deregistration = { ...base, lyDo: decision.reasons.map((r) => ({ ...r })) };
        }
        else {
            const fresh = await register(tx).residents.get(resident.id);
            if (!fresh?.permanent)
                return err('ALREADY_DEREGISTERED');
            await leaveHousehold(tx, fresh, request.lyDo, today);
            const thongBao = await deregistrationNotice(tx, ctx, {
                hoTen: fresh.fullName,
                address: fresh.permanent.address,
                death: request.lyDo === 'CHET',
            });
            deregistration = { ...base, trangThai: 'DA_XOA', ngayXoa: today, thongBao };
        }
        const saved = await tx.collection(COLLECTIONS.deregistrations, DEREGISTRATIONS).insert({
            deregistration,
        });
        return saved.ok ? ok(deregistration) : err('DEREGISTRATION_EXISTS');
    });
    if (written.ok)
        return written.value;
    return written.error === 'ALREADY_DEREGISTERED'
        ? CONFLICTS.alreadyDeregistered()
        : CONFLICTS.deregistrationExists(request.maHoSo);
}
