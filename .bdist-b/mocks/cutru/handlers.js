import { isProblem } from '../../contracts/problems.js';
import { deadline, toVnIso } from '../domain/calendar/index.js';
import { defineOperation, officerOf } from '../kit/index.js';
import { deregister } from './deregistration.js';
import { toCitizenResidence, toHousehold } from './mapping.js';
import { register } from './membership.js';
import { settle } from './outcome.js';
import { CONFLICTS, NOT_FOUND, purposeNotPermitted, UNPROCESSABLE } from './problems.js';
import { forcedOutcome, gatherFacts, intakeReasons, joinersOf, obtainConsent, recheckConsent, } from './registration.js';
import { consentRoute, householdReadAllowed } from './rules.js';
import { COLLECTIONS, DEREGISTRATIONS, REGISTRATIONS } from './state.js';
import { lookupCitizen } from './upstream.js';
/** The account the residence system calls with when no officer forwarded the request. */
const SYSTEM_ACCOUNT = 'hethong.cutru';
/**
 * POST /cutru/v1/thuong-tru: receives a CT01 and decides it at once (instant processing):
 * DA_DANG_KY with CT08, TU_CHOI with CT06, or CHO_XAC_NHAN_CHU_HO while the head is asked.
 * @see specs/cutru.yaml `cutruRegisterPermanentResidence`
 */
export const registerPermanentResidence = defineOperation('cutruRegisterPermanentResidence', { outcomes: ['register', 'refuse'] }, async (req, ctx) => {
    const request = req.body;
    const officerId = officerOf(req.headers, SYSTEM_ACCOUNT);
    const caller = { officerId, dossier: request.maHoSo };
    const forced = forcedOutcome(req.prefer);
    if (forced !== null && isProblem(forced))
        return forced;
    const route = consentRoute(request);
    if (route === 'MODE_MISMATCH')
        return UNPROCESSABLE.consentModeMismatch();
    const registrations = ctx.store.collection(COLLECTIONS.registrations, REGISTRATIONS);
    if (await registrations.findOneBy('byDossier', request.maHoSo)) {
        return CONFLICTS.registrationExists(request.maHoSo);
    }
    const facts = await gatherFacts(ctx, request, caller);
    if (isProblem(facts))
        return facts;
    const now = ctx.clock.now();
    const cutoff = ctx.regime.timeLimits.sameDayCutoff;
    const due = deadline(ctx.calendar, now, ctx.regime.timeLimits.group1.TT, { cutoff });
    const draft = {
        request,
        officerId,
        receivedAt: toVnIso(now),
        dueAt: toVnIso(due),
        household: facts.household,
        joiners: facts.joiners,
    };
    let decision;
    if (forced === 'REGISTER')
        decision = { kind: 'REGISTER' };
    else if (forced !== null)
        decision = { kind: 'REFUSE', reasons: forced };
    else {
        const reasons = intakeReasons(request, facts, route);
        if (reasons.length > 0)
            decision = { kind: 'REFUSE', reasons };
        else {
            const text = `Đồng ý cho ${request.nguoiDangKy.hoTen} đăng ký thường trú vào hộ gia đình`;
            const consent = await obtainConsent(ctx, request, route, { text, deadline: draft.dueAt }, caller);
            if (isProblem(consent))
                return consent;
            decision =
                consent.kind === 'AGREED'
                    ? { kind: 'REGISTER', ...idOf(consent.confirmationId) }
                    : consent.kind === 'WAITING'
                        ? { kind: 'WAIT', confirmationId: consent.confirmationId }
                        : { kind: 'REFUSE', reasons: consent.reasons, ...idOf(consent.confirmationId) };
        }
    }
    const record = await settle(ctx, draft, decision);
    if (isProblem(record))
        return record;
    const id = record.registration.maDangKy;
    return {
        status: 201,
        headers: { location: `/cutru/v1/thuong-tru/${id}` },
        body: record.registration,
    };
});
function idOf(confirmationId) {
    return confirmationId !== undefined ? { confirmationId } : {};
}
/** Decides a registration still waiting for the head's VNeID answer, if it can be decided now. */
async function progress(ctx, record, officerId) {
    const { registration, request } = record;
    const confirmationId = registration.maXacNhanVneid;
    if (registration.trangThai !== 'CHO_XAC_NHAN_CHU_HO' || confirmationId === undefined)
        return record;
    const caller = { officerId, dossier: registration.maHoSo };
    const dueAt = new Date(registration.hanXuLy);
    const consent = await recheckConsent(ctx, request, { confirmationId, dueAt }, caller);
    if (consent.kind === 'WAITING')
        return record;
    const household = await register(ctx.store).households.get(registration.maHo ?? '');
    if (!household)
        return record;
    const decision = consent.kind === 'AGREED'
        ? { kind: 'REGISTER', confirmationId }
        : { kind: 'REFUSE', reasons: consent.reasons, confirmationId };
    const settled = await settle(ctx, {
        maDangKy: registration.maDangKy,
        request,
        officerId: record.officerId,
        receivedAt: registration.thoiDiemTiepNhan,
        dueAt: registration.hanXuLy,
        household,
        joiners: joinersOf(request),
    }, decision);
    return isProblem(settled) ? record : settled;
}
/**
 * GET /cutru/v1/thuong-tru/{maDangKy}: the registration and its outcome; a pending VNeID consent
 * is re-read first.
 * @see specs/cutru.yaml `cutruGetRegistration`
 */
export const getRegistration = defineOperation('cutruGetRegistration', {}, async (req, ctx) => {
    const registrations = ctx.store.collection(COLLECTIONS.registrations, REGISTRATIONS);
    const record = await registrations.get(req.params.maDangKy);
    if (!record)
        return NOT_FOUND.registration(req.params.maDangKy);
    const current = await progress(ctx, record, officerOf(req.headers, SYSTEM_ACCOUNT));
    return { status: 200, body: current.registration };
});
/**
 * POST /cutru/v1/xoa-thuong-tru: deregisters a permanent residence.
 * @see specs/cutru.yaml `cutruDeregisterPermanentResidence`
 */
export const deregisterPermanentResidence = defineOperation('cutruDeregisterPermanentResidence', { outcomes: ['deregister', 'refuse'] }, async (req, ctx) => {
    const result = await deregister(ctx, req.body, req.prefer, officerOf(req.headers, SYSTEM_ACCOUNT));
    if (isProblem(result))
        return result;
    return {
        status: 201,
        headers: { location: `/cutru/v1/xoa-thuong-tru/${result.maXoaDangKy}` },
        body: result,
    };
});
/**
 * GET /cutru/v1/xoa-thuong-tru/{maXoaDangKy}.
 * @see specs/cutru.yaml `cutruGetDeregistration`
 */
export const getDeregistration = defineOperation('cutruGetDeregistration', {}, async (req, ctx) => {
    const deregistrations = ctx.store.collection(COLLECTIONS.deregistrations, DEREGISTRATIONS);
    const record = await deregistrations.get(req.params.maXoaDangKy);
    if (!record)
        return NOT_FOUND.deregistration(req.params.maXoaDangKy);
    return { status: 200, body: record.deregistration };
});
/**
 * GET /cutru/v1/cong-dan/{soDinhDanh}/cu-tru: a citizen's residence for the purpose given. A
 * person unknown to the register but known to the population database has never registered.
 * @see specs/cutru.yaml `cutruGetResidence`; SECURITY.md §3
 */
export const getResidence = defineOperation('cutruGetResidence', {}, async (req, ctx) => {
    const { soDinhDanh } = req.params;
    const purpose = req.headers['x-muc-dich'];
    const resident = await register(ctx.store).residents.get(soDinhDanh);
    if (resident)
        return { status: 200, body: toCitizenResidence(resident, purpose) };
    const caller = {
        officerId: officerOf(req.headers, SYSTEM_ACCOUNT),
        dossier: String(req.headers['x-ma-ho-so']),
    };
    const answer = await lookupCitizen(ctx, soDinhDanh, purpose, caller);
    if (answer.kind !== 'FOUND')
        return NOT_FOUND.citizen();
    return { status: 200, body: { soDinhDanh, trangThai: 'CHUA_DANG_KY' } };
});
/**
 * GET /cutru/v1/ho-gia-dinh/{maHo}: a household and its members, for DK_THUONG_TRU only.
 * @see specs/cutru.yaml `cutruGetHousehold`; SECURITY.md GW-16
 */
export const getHousehold = defineOperation('cutruGetHousehold', {}, async (req, ctx) => {
    const purpose = req.headers['x-muc-dich'];
    if (!householdReadAllowed(purpose))
        return purposeNotPermitted(purpose);
    const { residents, households } = register(ctx.store);
    const household = await households.get(req.params.maHo);
    if (!household)
        return NOT_FOUND.household(req.params.maHo);
    const people = await residents.getMany(household.members.map((m) => m.personId));
    const byId = new Map(people.flatMap((r) => (r ? [[r.id, r]] : [])));
    const body = toHousehold(household, byId);
    return body ? { status: 200, body } : NOT_FOUND.emptyHousehold(household.id);
});
/** Every operation of the residence system. */
export const OPERATIONS = [
    registerPermanentResidence,
    getRegistration,
    deregisterPermanentResidence,
    getDeregistration,
    getResidence,
    getHousehold,
];
