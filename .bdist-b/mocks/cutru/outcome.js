import { err, ok } from '../../contracts/result.js';
import { toLocalDate } from '../domain/calendar/index.js';
import { nextSequence } from '../kit/index.js';
import { refusalSlip, resultNotice } from './mapping.js';
import { conflictsNow, joinHousehold, register } from './membership.js';
import { CONFLICTS } from './problems.js';
import { COLLECTIONS, REGISTRATIONS, } from './state.js';
function pad6(n) {
    return String(n).padStart(6, '0');
}
async function decide(tx, ctx, draft, decision, base) {
    const today = toLocalDate(ctx.clock.now());
    const hoTen = draft.request.nguoiDangKy.hoTen;
    let settled = decision;
    if (settled.kind === 'REGISTER') {
        const conflicts = await conflictsNow(tx, draft.joiners, draft.household.id);
        if (conflicts.length > 0)
            settled = { ...settled, kind: 'REFUSE', reasons: conflicts };
    }
    if (settled.kind === 'WAIT')
        return { ...base, trangThai: 'CHO_XAC_NHAN_CHU_HO' };
    if (settled.kind === 'REFUSE') {
        const slip = await refusalSlip(tx, ctx, {
            hoTen,
            address: draft.household.address,
            lyDo: settled.reasons,
        });
        return { ...base, trangThai: 'TU_CHOI', phieuTuChoi: slip };
    }
    const { residents, households } = register(tx);
    const current = (await households.get(draft.household.id)) ?? draft.household;
    const household = await joinHousehold(tx, current, draft.joiners, today);
    const head = await residents.get(household.headId ?? '');
    const headName = head?.fullName ?? draft.request.chuHo.hoTen;
    const notice = await resultNotice(tx, ctx, { hoTen, headName, household });
    return { ...base, trangThai: 'DA_DANG_KY', ngayDangKy: today, thongBaoKetQua: notice };
}
/**
 * Decides and stores a registration atomically; a second registration of the same dossier
 * (a race with another request) is a 409.
 * @see specs/cutru.yaml `cutruRegisterPermanentResidence` (409 REGISTRATION_EXISTS)
 */
export async function settle(ctx, draft, decision) {
    const written = await ctx.store.transaction(async (tx) => {
        const registrations = tx.collection(COLLECTIONS.registrations, REGISTRATIONS);
        const year = draft.receivedAt.slice(0, 4);
        const maDangKy = draft.maDangKy ?? `TT-${year}-${pad6(await nextSequence(tx, `cutru.TT.${year}`))}`;
        const confirmationId = decision.confirmationId ?? draft.request.maXacNhanVneid;
        const base = {
            maDangKy,
            maHoSo: draft.request.maHoSo,
            soDinhDanh: draft.request.nguoiDangKy.soDinhDanh,
            trangThai: 'DANG_XU_LY',
            thoiDiemTiepNhan: draft.receivedAt,
            hanXuLy: draft.dueAt,
            maHo: draft.household.id,
            ...(confirmationId !== undefined ? { maXacNhanVneid: confirmationId } : {}),
        };
        const registration = await decide(tx, ctx, draft, decision, base);
        const record = {
            registration,
            request: draft.request,
            officerId: draft.officerId,
        };
        const saved = draft.maDangKy === undefined
            ? await registrations.insert(record)
            : await registrations.put(record);
        return saved.ok ? ok(record) : err(saved.error);
    });
    return written.ok ? written.value : CONFLICTS.registrationExists(draft.request.maHoSo);
}
