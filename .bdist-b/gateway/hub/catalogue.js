import { packageVersion } from '../../contracts/package-root.js';
import { problem, problemType, } from '../../contracts/problems.js';
import { toLocalDate, toVnIso } from '../../mocks/domain/calendar/index.js';
import { PROCEDURES } from '../../mocks/domain/regimes/index.js';
import { defineOperation, notFound } from '../../mocks/kit/index.js';
import { pageOf } from '../control-plane/paging.js';
import { catalogue } from './catalogue-entries.js';
/**
 * Problems of the catalogue.
 * - `PROCEDURE_NOT_FOUND` (404): the code is not one of the four group codes (aliases, legacy
 *   and standalone codes are not linked procedures; the detail names the alias target).
 * - `INVALID_CURSOR` (400): `conTro` is malformed or comes from another listing.
 */
export const CATALOGUE_PROBLEMS = {
    invalidCursor: {
        type: problemType('invalid-cursor'),
        title: 'Con trỏ trang không hợp lệ',
        status: 400,
        code: 'INVALID_CURSOR',
    },
};
const PROCEDURE_NOT_FOUND = 'PROCEDURE_NOT_FOUND';
/** The evaluation date: `ngay`, else today on the sandbox clock. */
function evaluationDate(ngay, now) {
    return ngay ?? toLocalDate(now);
}
/** Why a code is not in the catalogue, naming the group code an alias stands for. */
function unknownProcedure(code) {
    const entry = PROCEDURES.find((p) => p.code === code);
    const why = entry?.kind === 'ALIAS'
        ? `; it is registered as an alias of ${entry.aliasOf} (DOMAIN.md §11 #16), use that code`
        : entry !== undefined
            ? `; it is a ${entry.kind.toLowerCase().replace('_', ' ')} code`
            : '';
    return notFound(PROCEDURE_NOT_FOUND, `${code} is not a linked procedure${why}.`);
}
/** A provincial suffix (`3.000722.H38`) names the national procedure. */
const PROVINCIAL_SUFFIX = /\.[A-Z]\d{2}$/;
/** The package version, read on the first health call. */
let version;
const list = defineOperation('lienthongListProcedures', {}, async (req, ctx) => {
    const q = req.query;
    const date = evaluationDate(q.ngay, ctx.clock.now());
    const shown = catalogue(ctx.regime, date).filter((p) => q.nhomThuTuc === undefined || p.nhomThuTuc === q.nhomThuTuc);
    const page = pageOf(shown, {
        listing: `lienthong.procedures|${q.nhomThuTuc ?? '*'}`,
        idOf: (p) => p.maTTHC,
        limit: q.soLuong ?? 20,
        ...(q.conTro !== undefined ? { cursor: q.conTro } : {}),
    });
    if (!page.ok)
        return problem(CATALOGUE_PROBLEMS.invalidCursor, page.error);
    return {
        status: 200,
        body: { ngayApDung: date, danhSach: page.value.items, conTroTiep: page.value.nextCursor },
    };
});
const get = defineOperation('lienthongGetProcedure', {}, async (req, ctx) => {
    const code = req.params.maTTHC.replace(PROVINCIAL_SUFFIX, '');
    const date = evaluationDate(req.query.ngay, ctx.clock.now());
    const found = catalogue(ctx.regime, date).find((p) => p.maTTHC === code);
    return found ? { status: 200, body: found } : unknownProcedure(code);
});
const health = defineOperation('lienthongGetHealth', {}, async (_req, ctx) => {
    version ??= packageVersion();
    return {
        status: 200,
        body: { trangThai: 'HOAT_DONG', thoiDiem: toVnIso(ctx.clock.now()), phienBan: version },
    };
});
/**
 * The catalogue's operations and the hub's health, keyed by `operationId`.
 * @see specs/lienthong.yaml `lienthongListProcedures`, `lienthongGetProcedure`, `lienthongGetHealth`
 */
export const CATALOGUE_OPERATIONS = [list, get, health];
