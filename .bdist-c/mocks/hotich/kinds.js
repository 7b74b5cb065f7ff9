import { evaluateBirth, registerBirth, registeredChild } from './birth.js';
import { evaluateDeath, registerDeath } from './death.js';
import { STATUS_TEXT } from './rules.js';
import { groupCodeOf } from './rules.js';
import { REASONS } from './problems.js';
/**
 * Birth registration (leg KS): same working day.
 * @see DOMAIN.md §3 step 4, §5
 */
export const BIRTH = {
    prefix: 'KS',
    limit: (ctx) => ctx.regime.timeLimits.group1.KS,
    defaults: { refuse: REASONS.motherUnknown, duplicate: REASONS.birthDuplicate },
    evaluate: evaluateBirth,
    register: registerBirth,
    build: (d) => ({
        kind: 'KHAI_SINH',
        id: d.id,
        groupCode: groupCodeOf(d.request.maHoSo),
        officerId: d.officerId,
        dueAt: null,
        childKey: d.subject,
        request: d.request,
        view: {
            maDangKy: d.id,
            maHoSo: d.request.maHoSo,
            maDonVi: d.request.maDonVi,
            maXaDangKy: d.request.maXaDangKy,
            trangThai: 1,
            trangThaiMoTa: STATUS_TEXT[1],
            thoiDiemTiepNhan: d.receivedAt,
            hanXuLy: d.hanXuLy,
            treEm: registeredChild(d.request.treEm),
            me: d.request.me,
            ...(d.request.cha ? { cha: d.request.cha } : {}),
            thoiDiemCapNhat: d.now,
        },
    }),
    merge: (request, supplement) => {
        const merged = { ...request, ...supplement };
        // The description and the attachments belong to the supplement, not to the request.
        delete merged.noiDung;
        delete merged.tepDinhKem;
        const blocks = supplement;
        // The evidence is a medical certificate or a witness statement, never both.
        if (blocks.giayChungSinh !== undefined)
            delete merged.nguoiLamChung;
        if (blocks.nguoiLamChung !== undefined)
            delete merged.giayChungSinh;
        return merged;
    },
};
/**
 * Death registration (leg KT): same working day (sandbox default).
 * @see DOMAIN.md §4 step 3, §5 (group 2 defaults)
 */
export const DEATH = {
    prefix: 'KT',
    limit: (ctx) => ctx.regime.timeLimits.group2.KT,
    defaults: { refuse: REASONS.deceasedUnknown, duplicate: REASONS.deathDuplicate },
    evaluate: evaluateDeath,
    register: registerDeath,
    build: (d) => ({
        kind: 'KHAI_TU',
        id: d.id,
        groupCode: groupCodeOf(d.request.maHoSo),
        officerId: d.officerId,
        dueAt: null,
        personId: d.request.nguoiChet.soDinhDanh,
        request: d.request,
        view: {
            maDangKy: d.id,
            maHoSo: d.request.maHoSo,
            maDonVi: d.request.maDonVi,
            maXaDangKy: d.request.maXaDangKy,
            trangThai: 1,
            trangThaiMoTa: STATUS_TEXT[1],
            thoiDiemTiepNhan: d.receivedAt,
            hanXuLy: d.hanXuLy,
            nguoiChet: d.request.nguoiChet,
            thoiDiemChet: d.request.thoiDiemChet,
            thoiDiemCapNhat: d.now,
        },
    }),
    merge: (request, supplement) => {
        const merged = { ...request, ...supplement };
        // The description and the attachments belong to the supplement, not to the request.
        delete merged.noiDung;
        delete merged.tepDinhKem;
        const blocks = supplement;
        // The evidence is a death notice or a replacing document, never both.
        if (blocks.giayBaoTu !== undefined)
            delete merged.giayToThayThe;
        if (blocks.giayToThayThe !== undefined)
            delete merged.giayBaoTu;
        return merged;
    },
};
