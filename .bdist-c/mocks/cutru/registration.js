import { defaultAdminUnits } from '../domain/admin-units/index.js';
import { namesEqual } from '../domain/identifiers/index.js';
import { register } from './membership.js';
import { isRefusalCode, preferReasonUnknown, reason, UNPROCESSABLE, upstreamUnavailable, } from './problems.js';
import { checkAddress, confirmationMatches, consentFromConfirmation, identityMismatch, } from './rules.js';
import { getConfirmation, lookupCitizen, requestConsent, } from './upstream.js';
/** The people a CT01 registers: the registrant, then the members moving in together. */
export function joinersOf(request) {
    const registrant = {
        id: request.nguoiDangKy.soDinhDanh,
        hoTen: request.nguoiDangKy.hoTen,
        ngaySinh: request.nguoiDangKy.ngaySinh,
        relationship: request.chuHo.quanHeVoiChuHo,
        pointer: '/nguoiDangKy',
    };
    const members = (request.thanhVienCungChuyen ?? []).map((m, i) => ({
        id: m.soDinhDanh,
        hoTen: m.hoTen,
        ngaySinh: m.ngaySinh,
        relationship: m.quanHeVoiChuHo,
        pointer: `/thanhVienCungChuyen/${i}`,
    }));
    return [registrant, ...members];
}
/**
 * Identifies one person in the population database. Without a usable answer the register's
 * own copy stands in (SANDBOX DEFAULT: the residence register holds the identity of everyone it
 * registered); a person unknown to both cannot be checked (503).
 */
async function identify(ctx, joiner, known, caller) {
    const answer = await lookupCitizen(ctx, joiner.id, 'DK_THUONG_TRU', caller);
    if (answer.kind === 'NOT_FOUND')
        return UNPROCESSABLE.citizenNotFound(joiner.pointer);
    if (answer.kind === 'FOUND') {
        if (answer.citizen.dead)
            return UNPROCESSABLE.citizenDeceased();
        return answer.citizen;
    }
    if (!known)
        return upstreamUnavailable('The population database');
    if (known.removed?.ground === 'CHET')
        return UNPROCESSABLE.citizenDeceased();
    return { hoTen: known.fullName, ngaySinh: known.birthDate };
}
/**
 * Finds the household (the one the declared head heads; `maHo`, when given, must be it) and
 * identifies every joiner. Problems are the 422/503 answers of the spec.
 */
export async function gatherFacts(ctx, request, caller) {
    const { residents, households } = register(ctx.store);
    const head = await residents.get(request.chuHo.soDinhDanh);
    const household = head?.permanent ? await households.get(head.permanent.householdId) : undefined;
    if (!head || !household || household.headId !== head.id) {
        return UNPROCESSABLE.householdHeadNotFound('chuHo is not the head of a registered household.');
    }
    if (request.maHo !== undefined && request.maHo !== household.id) {
        return UNPROCESSABLE.householdHeadNotFound(`chuHo is not the head of household ${request.maHo}.`);
    }
    const joiners = joinersOf(request);
    const known = await residents.getMany(joiners.map((j) => j.id));
    const registered = [];
    for (const [i, joiner] of joiners.entries()) {
        const facts = await identify(ctx, joiner, known[i], caller);
        if ('status' in facts)
            return facts;
        registered.push(facts);
    }
    return { household, head, joiners, registered };
}
/**
 * Refusal reasons that do not depend on consent: the address, the declared identities and the
 * head against the register, and an unsigned CT01. Residence conflicts are checked when the
 * registration is written (membership.ts `conflictsNow`).
 * @see rules.ts
 */
export function intakeReasons(request, facts, route) {
    const reasons = [checkAddress(request.diaChi, defaultAdminUnits())];
    for (const [i, joiner] of facts.joiners.entries()) {
        reasons.push(identityMismatch(joiner, facts.registered[i] ?? {}, joiner.pointer));
        if (joiner.relationship === 'CHU_HO') {
            const pointer = i === 0 ? '/chuHo/quanHeVoiChuHo' : `${joiner.pointer}/quanHeVoiChuHo`;
            reasons.push(reason('THONG_TIN_KHONG_KHOP_CSDL_DAN_CU', pointer, 'Hộ gia đình đã có chủ hộ'));
        }
    }
    if (!namesEqual(request.chuHo.hoTen, facts.head.fullName)) {
        reasons.push(reason('THONG_TIN_KHONG_KHOP_CSDL_DAN_CU', '/chuHo/hoTen'));
    }
    if (route === 'CT01_UNSIGNED') {
        const moTa = 'Tờ khai CT01 không có ý kiến đồng ý của chủ hộ';
        reasons.push(reason('CHU_HO_CHUA_DONG_Y', '/tepDinhKem', moTa));
    }
    return reasons.filter((r) => r !== null);
}
/**
 * Decodes `Prefer: outcome=register | refuse; reason=CODE` (default reason
 * `CHU_HO_CHUA_DONG_Y`); a reason that is no refusal code is a 400.
 * @see STYLE.md rule 9
 */
export function forcedOutcome(prefer) {
    if (prefer.outcome === 'register')
        return 'REGISTER';
    if (prefer.outcome !== 'refuse')
        return null;
    const code = prefer.reason ?? 'CHU_HO_CHUA_DONG_Y';
    if (!isRefusalCode(code))
        return preferReasonUnknown(code);
    return [reason(code)];
}
function fromConfirmation(answer) {
    const { maXacNhan, trangThai } = answer.confirmation;
    const decided = consentFromConfirmation(trangThai);
    if (decided === 'WAITING')
        return { kind: 'WAITING', confirmationId: maXacNhan };
    if (decided === 'AGREED')
        return { kind: 'AGREED', confirmationId: maXacNhan };
    return { kind: 'REFUSED', reasons: [decided], confirmationId: maXacNhan };
}
/**
 * Obtains the head's consent by the request's route: implied (the head declares, or signed the
 * CT01), checked in VNeID (`maXacNhanVneid`), or asked in VNeID now.
 * @see specs/cutru.yaml `cutruRegisterPermanentResidence` (consent modes)
 */
export async function obtainConsent(ctx, request, route, question, caller) {
    const headId = request.chuHo.soDinhDanh;
    if (route === 'VNEID_CHECK' && request.maXacNhanVneid !== undefined) {
        const answer = await getConfirmation(ctx, request.maXacNhanVneid, caller);
        if (answer.kind === 'UNAVAILABLE')
            return upstreamUnavailable('VNeID');
        if (answer.kind !== 'FOUND' ||
            !confirmationMatches(answer.confirmation, caller.dossier, headId)) {
            const detail = 'maXacNhanVneid is unknown or was not made by this head for this dossier.';
            return UNPROCESSABLE.confirmationNotFound(detail);
        }
        return fromConfirmation(answer);
    }
    if (route === 'VNEID_ASK') {
        const { hoTen, soDinhDanh, ngaySinh } = request.nguoiDangKy;
        const asked = {
            headId,
            ...question,
            registrant: { hoTen, soDinhDanh, ngaySinh },
            declarant: request.nguoiKeKhai,
        };
        const answer = await requestConsent(ctx, asked, caller);
        if (answer.kind === 'FOUND')
            return fromConfirmation(answer);
        if (answer.kind === 'UNAVAILABLE')
            return upstreamUnavailable('VNeID');
        const moTa = 'Chủ hộ không thể xác nhận trên VNeID (không có tài khoản định danh mức 2)';
        return { kind: 'REFUSED', reasons: [reason('CHU_HO_CHUA_DONG_Y', '/chuHo', moTa)] };
    }
    return { kind: 'AGREED' };
}
/**
 * Re-reads a pending VNeID consent: a usable answer decides; still waiting after `hanXuLy` is a
 * refusal ("not confirmed within the time limit"); no usable answer leaves it waiting.
 * @see specs/cutru.yaml `ResidenceRefusalSlip` example
 */
export async function recheckConsent(ctx, request, pending, caller) {
    const waiting = { kind: 'WAITING', confirmationId: pending.confirmationId };
    const answer = await getConfirmation(ctx, pending.confirmationId, caller);
    const usable = answer.kind === 'FOUND' &&
        confirmationMatches(answer.confirmation, caller.dossier, request.chuHo.soDinhDanh);
    const consent = usable ? fromConfirmation(answer) : waiting;
    if (consent.kind !== 'WAITING' || ctx.clock.now() <= pending.dueAt)
        return consent;
    const moTa = 'Chủ hộ chưa xác nhận đồng ý trên VNeID trong thời hạn';
    return {
        kind: 'REFUSED',
        reasons: [reason('CHU_HO_CHUA_DONG_Y', '/maXacNhanVneid', moTa)],
        confirmationId: pending.confirmationId,
    };
}
