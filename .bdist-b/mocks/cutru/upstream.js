import { lookupCitizen as lookupInRegister, } from '../kit/index.js';
function headers(caller) {
    return { 'x-officer-id': caller.officerId };
}
/**
 * Looks a citizen up in the population database for a purpose (`DK_THUONG_TRU`,
 * `XOA_THUONG_TRU`). An answer about another person than the one asked says nothing of them.
 * @see mocks/kit/citizens.ts `lookupCitizen`; SECURITY.md §3
 */
export async function lookupCitizen(ctx, soDinhDanh, purpose, caller) {
    const answer = await lookupInRegister(ctx, {
        soDinhDanh,
        purpose,
        maHoSo: caller.dossier,
        officer: caller.officerId,
    });
    if (answer.kind === 'unknown')
        return { kind: 'NOT_FOUND' };
    if (answer.kind === 'unavailable')
        return { kind: 'UNAVAILABLE' };
    const record = answer.citizen;
    const citizen = {
        id: soDinhDanh,
        ...(record.hoTen !== undefined ? { hoTen: record.hoTen } : {}),
        ...(record.ngaySinh !== undefined ? { ngaySinh: record.ngaySinh } : {}),
        ...(record.gioiTinh !== undefined ? { gioiTinh: record.gioiTinh } : {}),
        dead: record.meta.trangThaiSong === 'DA_CHET',
        deathDate: typeof record.ngayMat === 'string' ? record.ngayMat : null,
    };
    return { kind: 'FOUND', citizen };
}
/**
 * Reads a confirmation the household head answered (or not) in VNeID.
 * @see specs/vneid.yaml `vneidGetConfirmation`
 */
export async function getConfirmation(ctx, maXacNhan, caller) {
    const output = await ctx.call('vneidGetConfirmation', {
        params: { maXacNhan },
        headers: headers(caller),
    });
    if (output.status === 404)
        return { kind: 'NOT_FOUND' };
    if (output.status !== 200)
        return { kind: 'UNAVAILABLE' };
    const confirmation = output.body;
    if (confirmation.maXacNhan !== maXacNhan)
        return { kind: 'UNAVAILABLE' };
    return { kind: 'FOUND', confirmation };
}
/**
 * Asks the household head in VNeID to consent (`DONG_Y_CHU_HO`), naming the registrant and the
 * declarant so the head (and the simulated citizen) knows whom it is about even when VNeID has no
 * profile of the registrant yet (a newborn). A 404/422 (no account, not level 2…) means the head
 * cannot consent there.
 * @see specs/vneid.yaml `vneidRequestConfirmation`
 */
export async function requestConsent(ctx, question, caller) {
    const output = await ctx.call('vneidRequestConfirmation', {
        headers: headers(caller),
        body: {
            loaiXacNhan: 'DONG_Y_CHU_HO',
            soDinhDanhNguoiXacNhan: question.headId,
            maHoSo: caller.dossier,
            noiDung: question.text,
            hanXacNhan: question.deadline,
            nguoiLienQuan: question.registrant,
            nguoiDeNghi: question.declarant,
        },
    });
    if (output.status === 404 || output.status === 422) {
        const code = output.body?.code;
        return { kind: 'REJECTED', code: typeof code === 'string' ? code : String(output.status) };
    }
    if (output.status !== 201)
        return { kind: 'UNAVAILABLE' };
    const confirmation = output.body;
    const asked = confirmation.maHoSo === caller.dossier &&
        confirmation.soDinhDanhNguoiXacNhan === question.headId;
    return asked ? { kind: 'FOUND', confirmation } : { kind: 'UNAVAILABLE' };
}
