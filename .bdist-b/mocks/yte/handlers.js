import { problem } from '../../contracts/problems.js';
import { defineOperation } from '../kit/index.js';
import { getBirthCertificate, issueBirthCertificate } from './births.js';
import { getDeathNotice, issueDeathNotice } from './deaths.js';
import { INVALID_CURSOR } from './problems.js';
import { FACILITIES, YTE_COLLECTIONS } from './state.js';
/** Page size when `soLuong` is absent. @see specs/common.yaml `PageSize` */
export const DEFAULT_PAGE_SIZE = 20;
/**
 * One page of the facility catalogue, optionally for one province, in code order.
 * @see specs/yte.yaml `yteListFacilities`
 */
export const listFacilities = defineOperation('yteListFacilities', {}, async (req, ctx) => {
    const { maTinh, conTro, soLuong } = req.query;
    const facilities = ctx.store.collection(YTE_COLLECTIONS.facilities, FACILITIES);
    const page = await facilities.list({
        limit: soLuong ?? DEFAULT_PAGE_SIZE,
        ...(conTro !== undefined ? { cursor: conTro } : {}),
        ...(maTinh !== undefined ? { index: 'byProvince', key: maTinh } : {}),
    });
    if (!page.ok)
        return problem(INVALID_CURSOR, 'conTro is not a cursor of this listing.');
    return {
        status: 200,
        body: { danhSach: [...page.value.items], conTroTiep: page.value.nextCursor },
    };
});
/** Every operation of the mock, keyed by `operationId`. */
export const YTE_OPERATIONS = [
    listFacilities,
    issueBirthCertificate,
    getBirthCertificate,
    issueDeathNotice,
    getDeathNotice,
];
