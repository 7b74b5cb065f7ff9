import { toVnIso } from '../domain/calendar/index.js';
import { conflict, defineOperation, nextSequence, notFound } from '../kit/index.js';
import { getConfirmation, requestConfirmation } from './confirmations.js';
import { VNEID_CODES } from './problems.js';
import { CITIZENS, VNEID_COLLECTIONS, WALLET } from './state.js';
/**
 * Account state on the wire. `WIRE.vneidStatus` holds the same values typed `string`, so the
 * table is restated against the spec's enum.
 * @see mocks/domain/population/wire-vocabulary.ts
 */
const ACCOUNT_STATE = {
    ACTIVE: 'HOAT_DONG',
    NOT_ACTIVATED: 'CHUA_KICH_HOAT',
    LOCKED: 'BI_KHOA',
};
/**
 * The level and state of a citizen's e-ID account (level 0: no account).
 * @see specs/vneid.yaml `vneidGetAccount`; NĐ 69/2024/NĐ-CP
 */
export const getAccount = defineOperation('vneidGetAccount', {}, async (req, ctx) => {
    const profile = await ctx.store
        .collection(VNEID_COLLECTIONS.citizens, CITIZENS)
        .get(req.params.soDinhDanh);
    if (!profile)
        return notFound(VNEID_CODES.citizenNotFound, 'No citizen has this ID number.');
    return {
        status: 200,
        body: {
            soDinhDanh: profile.soDinhDanh,
            mucDoDinhDanh: profile.level,
            trangThai: ACCOUNT_STATE[profile.status],
        },
    };
});
/**
 * Puts a result document in a citizen's wallet and returns a receipt; the same document
 * (`maGiayTo`) is delivered to a wallet once.
 * @see specs/vneid.yaml `vneidDeliverDocument`; DOMAIN.md §3 step 9 (results land in VNeID)
 */
export const deliverDocument = defineOperation('vneidDeliverDocument', {}, async (req, ctx) => {
    const { soDinhDanh } = req.params;
    const citizen = await ctx.store
        .collection(VNEID_COLLECTIONS.citizens, CITIZENS)
        .get(soDinhDanh);
    if (!citizen)
        return notFound(VNEID_CODES.citizenNotFound, 'No citizen has this ID number.');
    const wallet = ctx.store.collection(VNEID_COLLECTIONS.wallet, WALLET);
    const id = `${soDinhDanh}|${req.body.giayTo.maGiayTo}`;
    const detail = 'This document is already in the citizen’s wallet.';
    if (await wallet.get(id))
        return conflict(VNEID_CODES.documentAlreadyDelivered, detail);
    const number = await nextSequence(ctx.store, 'vneid.wallet');
    const entry = {
        id,
        maBienNhan: `KHO-${String(number).padStart(6, '0')}`,
        soDinhDanh,
        maHoSo: req.body.maHoSo,
        thoiDiemNhan: toVnIso(ctx.clock.now()),
        giayTo: req.body.giayTo,
    };
    const inserted = await wallet.insert(entry);
    if (!inserted.ok)
        return conflict(VNEID_CODES.documentAlreadyDelivered, detail);
    const { maBienNhan, thoiDiemNhan } = entry;
    return {
        status: 201,
        body: { maBienNhan, soDinhDanh, maGiayTo: req.body.giayTo.maGiayTo, thoiDiemNhan },
    };
});
/** Every operation of the mock, keyed by `operationId`. */
export const VNEID_OPERATIONS = [
    getAccount,
    requestConfirmation,
    getConfirmation,
    deliverDocument,
];
