import { problem } from '../../contracts/problems.js';
import { toVnIso } from '../domain/calendar/index.js';
import { conflict, defineOperation, notFound, officerOf } from '../kit/index.js';
import { cataloguePage } from './catalogues.js';
import { refresh, intake, supplement } from './flow.js';
import { BIRTH, DEATH } from './kinds.js';
import { isProblem, REGISTER_OUTCOMES, SUPPLEMENT_OUTCOMES } from './lifecycle.js';
import { summaryOf } from './mapping.js';
import { SYSTEM_ACCOUNT } from './peers.js';
import { INVALID_CURSOR, REASONS } from './problems.js';
import { groupCodeOf } from './rules.js';
import { registrations } from './state.js';
const UNKNOWN_REGISTRATION = 'DANG_KY_KHONG_TON_TAI';
async function loadBirth(ctx, id) {
    const record = await registrations(ctx.store).get(id);
    return record?.kind === 'KHAI_SINH' ? refresh(ctx, BIRTH, record) : undefined;
}
async function loadDeath(ctx, id) {
    const record = await registrations(ctx.store).get(id);
    return record?.kind === 'KHAI_TU' ? refresh(ctx, DEATH, record) : undefined;
}
const missing = (id) => notFound(UNKNOWN_REGISTRATION, `No registration has the id ${id}.`);
/** Health of the software. @see specs/hotich.yaml `hotichGetHealth` */
export const getHealth = defineOperation('hotichGetHealth', {}, async (_req, ctx) => ({
    status: 200,
    body: { trangThai: 'HOAT_DONG', thoiDiem: toVnIso(ctx.clock.now()), phienBan: '1.0.0' },
}));
/** Registers a birth. @see specs/hotich.yaml `hotichRegisterBirth`; DOMAIN.md §3 steps 4–6 */
export const registerBirth = defineOperation('hotichRegisterBirth', { outcomes: REGISTER_OUTCOMES }, async (req, ctx) => {
    const result = await intake(ctx, BIRTH, req.body, officerOf(req.headers, SYSTEM_ACCOUNT), req.prefer);
    if (isProblem(result))
        return result;
    return {
        status: 201,
        body: result.view,
        headers: { location: `/hotich/v1/khai-sinh/${result.id}` },
    };
});
/** A birth registration, decided by the clock when due. @see specs/hotich.yaml `hotichGetBirth` */
export const getBirth = defineOperation('hotichGetBirth', {}, async (req, ctx) => {
    const record = await loadBirth(ctx, req.params.maDangKy);
    return record ? { status: 200, body: record.view } : missing(req.params.maDangKy);
});
/** Supplements a birth registration in status 2. @see specs/hotich.yaml `hotichSupplementBirth` */
export const supplementBirth = defineOperation('hotichSupplementBirth', { outcomes: SUPPLEMENT_OUTCOMES }, async (req, ctx) => {
    const stored = await registrations(ctx.store).get(req.params.maDangKy);
    if (stored?.kind !== 'KHAI_SINH')
        return missing(req.params.maDangKy);
    const result = await supplement(ctx, BIRTH, stored, req.body, req.prefer);
    return isProblem(result) ? result : { status: 200, body: result.view };
});
/** The signed Giấy khai sinh, once registered. @see specs/hotich.yaml `hotichGetBirthCertificateCopy` */
export const getBirthCertificateCopy = defineOperation('hotichGetBirthCertificateCopy', {}, async (req, ctx) => {
    const record = await loadBirth(ctx, req.params.maDangKy);
    if (!record)
        return missing(req.params.maDangKy);
    const document = record.view.giayKhaiSinh;
    if (record.view.trangThai !== 4 || document === undefined) {
        return conflict(REASONS.notRegistered, `The birth is in status ${record.view.trangThai}, not registered.`);
    }
    return { status: 200, body: document };
});
/** The registrations of a dossier (group or leg code). @see specs/hotich.yaml `hotichFindRegistrations` */
export const findRegistrations = defineOperation('hotichFindRegistrations', {}, async (req, ctx) => {
    const { maHoSo, loai, conTro, soLuong } = req.query;
    const group = groupCodeOf(maHoSo);
    const page = await registrations(ctx.store).list({
        index: 'byGroup',
        key: group,
        limit: soLuong ?? 20,
        ...(conTro !== undefined ? { cursor: conTro } : {}),
        filter: (r) => (group === maHoSo || r.view.maHoSo === maHoSo) && (loai === undefined || r.kind === loai),
    });
    if (!page.ok)
        return problem(INVALID_CURSOR, 'conTro was not issued by this listing.');
    const danhSach = [];
    for (const item of page.value.items) {
        const current = item.kind === 'KHAI_SINH'
            ? await refresh(ctx, BIRTH, item)
            : await refresh(ctx, DEATH, item);
        danhSach.push(summaryOf(current));
    }
    return { status: 200, body: { danhSach, conTroTiep: page.value.nextCursor } };
});
/** Registers a death. @see specs/hotich.yaml `hotichRegisterDeath`; DOMAIN.md §4 step 3 */
export const registerDeath = defineOperation('hotichRegisterDeath', { outcomes: REGISTER_OUTCOMES }, async (req, ctx) => {
    const result = await intake(ctx, DEATH, req.body, officerOf(req.headers, SYSTEM_ACCOUNT), req.prefer);
    if (isProblem(result))
        return result;
    return {
        status: 201,
        body: result.view,
        headers: { location: `/hotich/v1/khai-tu/${result.id}` },
    };
});
/** A death registration, decided by the clock when due. @see specs/hotich.yaml `hotichGetDeath` */
export const getDeath = defineOperation('hotichGetDeath', {}, async (req, ctx) => {
    const record = await loadDeath(ctx, req.params.maDangKy);
    return record ? { status: 200, body: record.view } : missing(req.params.maDangKy);
});
/** Supplements a death registration in status 2. @see specs/hotich.yaml `hotichSupplementDeath` */
export const supplementDeath = defineOperation('hotichSupplementDeath', { outcomes: SUPPLEMENT_OUTCOMES }, async (req, ctx) => {
    const stored = await registrations(ctx.store).get(req.params.maDangKy);
    if (stored?.kind !== 'KHAI_TU')
        return missing(req.params.maDangKy);
    const result = await supplement(ctx, DEATH, stored, req.body, req.prefer);
    return isProblem(result) ? result : { status: 200, body: result.view };
});
/** The signed death extract, once registered. @see specs/hotich.yaml `hotichGetDeathExtract` */
export const getDeathExtract = defineOperation('hotichGetDeathExtract', {}, async (req, ctx) => {
    const record = await loadDeath(ctx, req.params.maDangKy);
    if (!record)
        return missing(req.params.maDangKy);
    const document = record.view.trichLucKhaiTu;
    if (record.view.trangThai !== 4 || document === undefined) {
        return conflict(REASONS.notRegistered, `The death is in status ${record.view.trangThai}, not registered.`);
    }
    return { status: 200, body: document };
});
/** A page of a MOJ catalogue. @see specs/hotich.yaml `hotichGetCatalogue`; DOMAIN.md §7 */
export const getCatalogue = defineOperation('hotichGetCatalogue', {}, async (req) => {
    const kind = req.params.loaiDanhMuc;
    const page = cataloguePage(kind, req.query.soLuong ?? 20, req.query.conTro);
    if (!page)
        return problem(INVALID_CURSOR, 'conTro was not issued by this catalogue.');
    return {
        status: 200,
        body: { loaiDanhMuc: kind, danhSach: [...page.danhSach], conTroTiep: page.conTroTiep },
    };
});
/** Every operation of the system. */
export const HOTICH_OPERATIONS = [
    getHealth,
    registerBirth,
    getBirth,
    supplementBirth,
    getBirthCertificateCopy,
    findRegistrations,
    registerDeath,
    getDeath,
    supplementDeath,
    getDeathExtract,
    getCatalogue,
];
