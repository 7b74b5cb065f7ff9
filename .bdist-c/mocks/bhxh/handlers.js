import { toLocalDate } from '../domain/calendar/index.js';
import { defineOperation, nextSequence, notFound } from '../kit/index.js';
import { getCard, issueChildCard } from './card-handlers.js';
import { claimDeathBenefits, getClaim } from './claim-handlers.js';
import { toInsuranceRecord } from './mapping.js';
import { plannedPayments, toPaymentRecord } from './payments.js';
import { purposeNotPermitted } from '../kit/index.js';
import { cursorInvalid } from './problems.js';
import { pad } from './rules.js';
import { CLAIMS, COLLECTIONS, PARTICIPANTS, PAYMENTS } from './state.js';
/**
 * Purposes that may read an insurance record: routing the benefit leg of group 2 and the BHYT
 * leg of group 1.
 * @see SECURITY.md §3 (purpose binding); DOMAIN.md §4 step 4
 */
export const RECORD_PURPOSES = ['MAI_TANG_TU_TUAT', 'CAP_THE_BHYT'];
/**
 * A person's insurance record; someone known who never took part is `CHUA_THAM_GIA`.
 * @see specs/bhxh.yaml bhxhGetInsuranceRecord
 */
export const getInsuranceRecord = defineOperation('bhxhGetInsuranceRecord', {}, async (req, ctx) => {
    const purpose = req.headers['x-muc-dich'];
    if (typeof purpose !== 'string' || !RECORD_PURPOSES.includes(purpose)) {
        return purposeNotPermitted(`Purpose ${String(purpose)} may not read insurance records.`);
    }
    const participants = ctx.store.collection(COLLECTIONS.participants, PARTICIPANTS);
    const participant = await participants.get(req.params.soDinhDanh);
    if (!participant)
        return notFound('CITIZEN_NOT_FOUND', 'No citizen has this ID number.');
    return { status: 200, body: toInsuranceRecord(participant) };
});
/**
 * The payments of a claim, oldest first, numbered as they fall due on the sandbox clock.
 * @see specs/bhxh.yaml bhxhGetClaimPayments
 */
export const getClaimPayments = defineOperation('bhxhGetClaimPayments', {}, async (req, ctx) => {
    const { maHoSoHuong } = req.params;
    const stored = await ctx.store.collection(COLLECTIONS.claims, CLAIMS).get(maHoSoHuong);
    if (!stored)
        return notFound('CLAIM_NOT_FOUND', 'No benefit claim has this code.');
    const now = ctx.clock.now();
    const planned = plannedPayments(stored, toLocalDate(now), ctx.calendar);
    const maTinh = maHoSoHuong.slice(3, 5);
    await ctx.store.transaction(async (tx) => {
        const payments = tx.collection(COLLECTIONS.payments, PAYMENTS);
        for (const plan of planned) {
            if (await payments.get(plan.id))
                continue;
            const year = plan.kyChiTra.slice(0, 4);
            const seq = await nextSequence(tx, `bhxh.payments.${maTinh}.${year}`);
            const payment = { ...plan, maChiTra: `CT-${maTinh}-${year}-${pad(seq, 6)}` };
            await payments.insert(payment);
        }
    });
    const page = await ctx.store.collection(COLLECTIONS.payments, PAYMENTS).list({
        limit: req.query.soLuong ?? 20,
        index: 'byClaim',
        key: maHoSoHuong,
        ...(req.query.conTro !== undefined ? { cursor: req.query.conTro } : {}),
    });
    if (!page.ok)
        return cursorInvalid();
    return {
        status: 200,
        body: {
            danhSach: page.value.items.map((p) => toPaymentRecord(p, stored.taiKhoanNganHang, now)),
            conTroTiep: page.value.nextCursor,
        },
    };
});
/**
 * Every BHXH operation, keyed by `operationId`.
 * @see MockSystem.operations
 */
export const BHXH_OPERATIONS = [
    issueChildCard,
    getCard,
    getInsuranceRecord,
    claimDeathBenefits,
    getClaim,
    getClaimPayments,
];
