import { toLocalDate, toVnIso } from '../domain/calendar/index.js';
import { conflict, defineOperation, nextSequence, } from '../kit/index.js';
import { forwardLeg } from './civil-status.js';
import { logIncoming, sendProgress } from './hub.js';
import { keyOf, recall, remember, replayed } from './idempotency.js';
import { statusView } from './mapping.js';
import { keyReused, notAcceptable, TINH_CODES, TINH_REASONS, unknownDossier } from './problems.js';
import { checkPush, CIVIL_OUTCOMES, forwardedPrefer, receiptNumbers } from './rules.js';
import { dossiers } from './state.js';
/** Health of the provincial system. @see specs/tinh.yaml `tinhGetHealth` */
export const getHealth = defineOperation('tinhGetHealth', {}, async (_req, ctx) => ({
    status: 200,
    body: { trangThai: 'HOAT_DONG', thoiDiem: toVnIso(ctx.clock.now()), phienBan: '1.0.0' },
}));
async function receive(req, ctx) {
    const push = req.body;
    if (req.prefer.outcome === 'reject') {
        const ma = req.prefer.reason ?? TINH_CODES.notInJurisdiction;
        const lyDo = [{ ma, moTa: TINH_REASONS.MO_PHONG_THEO_YEU_CAU }];
        return { answer: notAcceptable(TINH_CODES.notInJurisdiction, lyDo) };
    }
    const checked = checkPush(push);
    if (!checked.ok)
        return { answer: notAcceptable(checked.code, checked.lyDo) };
    const { target } = checked;
    if (await dossiers(ctx.store).get(push.hoSo.maHoSo)) {
        const detail = 'The province already holds this dossier (received with another key).';
        return { answer: conflict(TINH_CODES.dossierDuplicate, detail) };
    }
    const now = ctx.clock.now();
    const year = toLocalDate(now).slice(0, 4);
    const n = await nextSequence(ctx.store, `tinh.dossiers.${target.provinceCode}.${year}`);
    const numbers = receiptNumbers(target.provinceCode, now, n);
    const record = {
        id: push.hoSo.maHoSo,
        ...numbers,
        thoiDiemNhan: toVnIso(now),
        provinceCode: target.provinceCode,
        push,
        leg: {
            ma: target.ma,
            maHoSo: target.maHoSo,
            trangThai: 'CHO_XU_LY',
            maDonVi: target.maDonVi,
            maXaDangKy: target.maXaDangKy,
            daBaoCao: false,
            forwardFailures: 0,
        },
        withdrawn: false,
        lastEventSeq: 0,
        reports: 0,
        thoiDiemCapNhat: toVnIso(now),
    };
    const inserted = await dossiers(ctx.store).insert(record);
    if (!inserted.ok) {
        return { answer: conflict(TINH_CODES.dossierDuplicate, 'The dossier was received already.') };
    }
    const body = { maHoSo: record.id, ...numbers, thoiDiemNhan: record.thoiDiemNhan };
    return { answer: { status: 202, body }, record };
}
/**
 * Receives a linked dossier: checked (422 outside the province or incoherent, 409 when already
 * held), recorded with the province's id and receipt number, acknowledged 202; the civil-status
 * leg is then forwarded before the handler returns, and its outcome reported to the hub.
 * `Prefer: outcome=reject` forces the 422; `outcome=register|pending|supplement|error|refuse`
 * is passed on to the civil-status software.
 * @see specs/tinh.yaml `tinhReceiveDossier` and items 1–3
 */
export const receiveDossier = defineOperation('tinhReceiveDossier', { outcomes: ['accept', 'reject', ...CIVIL_OUTCOMES] }, async (req, ctx) => {
    const seen = await recall(ctx, 'tinhReceiveDossier', keyOf(req.headers), req.body);
    if (seen.kind === 'reused')
        return keyReused();
    if (seen.kind === 'replay')
        return replayed(seen);
    const { answer, record } = await receive(req, ctx);
    await remember(ctx, seen, answer);
    await logIncoming(ctx, req.body.hoSo.maHoSo, 'tinhReceiveDossier', answer.status, req.body);
    if (record === undefined)
        return answer;
    await sendProgress(ctx, record, {
        maHoSo: record.id,
        at: ctx.clock.now(),
        noiDung: `Tiếp nhận hồ sơ liên thông, số biên nhận ${record.soBienNhan}`,
        trangThai: 2,
        batDau: ctx.clock.now(),
    });
    await forwardLeg(ctx, record, forwardedPrefer(req.prefer));
    return answer;
});
/**
 * The province's view of a dossier: its ids, status, and the civil-status leg (registration id,
 * due time, whether the outcome was acknowledged by the hub). 404 for a dossier never received.
 * @see specs/tinh.yaml `tinhGetDossierStatus`
 */
export const getDossierStatus = defineOperation('tinhGetDossierStatus', {}, async (req, ctx) => {
    const record = await dossiers(ctx.store).get(req.params.maHoSo);
    return record ? { status: 200, body: statusView(record) } : unknownDossier();
});
/** The dossier operations of the province. */
export const DOSSIER_OPERATIONS = [getHealth, receiveDossier, getDossierStatus];
