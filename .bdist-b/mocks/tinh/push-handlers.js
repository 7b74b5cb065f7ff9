import { toVnIso } from '../domain/calendar/index.js';
import { conflict, defineOperation } from '../kit/index.js';
import { checkRegistration, forwardSupplement } from './civil-status.js';
import { logIncoming, retryPending, sendProgress } from './hub.js';
import { keyOf, recall, remember, replayed } from './idempotency.js';
import { eventIdMismatch, signatureInvalid, keyReused, TINH_CODES, unknownDossier, } from './problems.js';
import { CIVIL_OUTCOMES, FINAL_HUB_STATUSES, forwardedPrefer, withdrawalBlock, withdrawnLeg, } from './rules.js';
import { dossiers, events } from './state.js';
function ack(record, ctx) {
    return {
        status: 202,
        body: {
            maHoSo: record.id,
            maHoSoTinh: record.maHoSoTinh,
            thoiDiemNhan: toVnIso(ctx.clock.now()),
        },
    };
}
/**
 * Receives a supplement of the civil-status leg: 404 unknown dossier; 409 when the leg named is
 * not the province's, or the leg is not waiting for a supplement; else 202, and the supplement is
 * passed to the civil-status software and the new outcome reported. `Prefer: outcome=…` is passed
 * on to the civil-status software.
 * @see specs/tinh.yaml `tinhReceiveSupplement`; DOMAIN.md §3 "Supplement"
 */
export const receiveSupplement = defineOperation('tinhReceiveSupplement', { outcomes: [...CIVIL_OUTCOMES] }, async (req, ctx) => {
    const { maHoSo } = req.params;
    const seen = await recall(ctx, 'tinhReceiveSupplement', keyOf(req.headers), {
        maHoSo,
        body: req.body,
    });
    if (seen.kind === 'reused')
        return keyReused();
    if (seen.kind === 'replay')
        return replayed(seen);
    const record = await dossiers(ctx.store).get(maHoSo);
    if (!record)
        return unknownDossier();
    await retryPending(ctx, maHoSo);
    const answer = req.body.thuTucCon !== record.leg.ma
        ? conflict(TINH_CODES.legMismatch, `The province handles leg ${record.leg.ma} only.`)
        : record.leg.trangThai !== 'YEU_CAU_BO_SUNG' || record.withdrawn
            ? conflict(TINH_CODES.notAwaitingSupplement, `The leg is ${record.leg.trangThai}, not waiting for a supplement.`)
            : ack(record, ctx);
    await remember(ctx, seen, answer);
    await logIncoming(ctx, maHoSo, 'tinhReceiveSupplement', answer.status, req.body);
    if (answer.status !== 202)
        return answer;
    await sendProgress(ctx, record, {
        maHoSo: record.leg.maHoSo,
        at: ctx.clock.now(),
        noiDung: `Tiếp nhận hồ sơ bổ sung: ${req.body.boSung.noiDung}`.slice(0, 1000),
        trangThai: 4,
    });
    await forwardSupplement(ctx, record, req.body.boSung, forwardedPrefer(req.prefer));
    return answer;
});
/**
 * Receives a withdrawal: allowed only before the civil-status step completes. A registration due
 * meanwhile is read first; once registered it is 409 `REGISTRATION_ALREADY_DONE` (the
 * registration stands and its report is sent again if unacknowledged); a dossier already ended is
 * 409 `HO_SO_DA_KET_THUC`. Otherwise 202: status 7, the leg cancelled, progress synced.
 * `Prefer: outcome=refuse` forces the 409 without changing anything.
 * @see specs/tinh.yaml `tinhReceiveWithdrawal`; DOMAIN.md §3 "Withdrawal"
 */
export const receiveWithdrawal = defineOperation('tinhReceiveWithdrawal', { outcomes: ['accept', 'refuse'] }, async (req, ctx) => {
    const { maHoSo } = req.params;
    const seen = await recall(ctx, 'tinhReceiveWithdrawal', keyOf(req.headers), {
        maHoSo,
        body: req.body,
    });
    if (seen.kind === 'reused')
        return keyReused();
    if (seen.kind === 'replay')
        return replayed(seen);
    const stored = await dossiers(ctx.store).get(maHoSo);
    if (!stored)
        return unknownDossier();
    await retryPending(ctx, maHoSo);
    if (stored.leg.trangThai === 'DANG_XU_LY')
        await checkRegistration(ctx, maHoSo);
    const record = (await dossiers(ctx.store).get(maHoSo)) ?? stored;
    const block = req.prefer.outcome === 'refuse' ? 'REGISTERED' : withdrawalBlock(record);
    const answer = block === 'REGISTERED'
        ? conflict(TINH_CODES.registrationDone, 'The civil-status registration is already done.')
        : block === 'CLOSED'
            ? conflict(TINH_CODES.dossierClosed, 'The dossier has already ended.')
            : ack(record, ctx);
    await remember(ctx, seen, answer);
    await logIncoming(ctx, maHoSo, 'tinhReceiveWithdrawal', answer.status, req.body);
    if (answer.status !== 202)
        return answer;
    const withdrawn = {
        ...record,
        withdrawn: true,
        leg: withdrawnLeg(record.leg),
        thoiDiemCapNhat: toVnIso(ctx.clock.now()),
    };
    await dossiers(ctx.store).put(withdrawn);
    await sendProgress(ctx, withdrawn, {
        maHoSo,
        at: ctx.clock.now(),
        noiDung: `Công dân rút hồ sơ: ${req.body.rut.lyDo}`.slice(0, 1000),
        trangThai: 7,
    });
    return answer;
});
/**
 * Receives a hub event, once per `maSuKien`: a redelivery is answered 204 without effect; an event
 * for a dossier the province does not hold is still accepted and logged. For a held dossier the
 * province notes the sequence (a gap in `soThuTu` is flagged), takes a final group status (7–10)
 * from withdrawal, stop and completion events, and retries its unacknowledged reports.
 * The signature (`X-Lienthong-Signature`, detached JWS) is verified over the event as the hub
 * serialises it (`JSON.stringify` of the body in its key order — the bytes the hub signed and
 * sent); a signature that does not verify is a 401 `SIGNATURE_INVALID`.
 * @see specs/tinh.yaml `tinhReceiveEvent`; specs/lienthong.yaml `DossierEvent`
 */
export const receiveEvent = defineOperation('tinhReceiveEvent', {}, async (req, ctx) => {
    const event = req.body;
    if (req.headers['x-lienthong-event-id'] !== event.maSuKien)
        return eventIdMismatch();
    const signature = String(req.headers['x-lienthong-signature']);
    if (!ctx.keys.verifyDetached(signature, JSON.stringify(event)))
        return signatureInvalid();
    const record = await dossiers(ctx.store).get(event.maHoSo);
    const inserted = await events(ctx.store).insert({
        id: event.maSuKien,
        maHoSo: event.maHoSo,
        loaiSuKien: event.loaiSuKien,
        soThuTu: event.soThuTu,
        trangThaiHoSo: event.trangThaiHoSo,
        receivedAt: toVnIso(ctx.clock.now()),
        known: record !== undefined,
        gap: record !== undefined && event.soThuTu > record.lastEventSeq + 1,
    });
    await logIncoming(ctx, event.maHoSo, 'tinhReceiveEvent', 204, event);
    if (!inserted.ok || record === undefined)
        return { status: 204, body: undefined };
    await dossiers(ctx.store).update(record.id, (d) => applyEvent(d, event, toVnIso(ctx.clock.now())));
    await retryPending(ctx, record.id);
    return { status: 204, body: undefined };
});
const CLOSING_EVENTS = ['HO_SO_DA_RUT', 'HO_SO_DUNG_XU_LY', 'HO_SO_HOAN_THANH'];
function applyEvent(record, event, at) {
    const lastEventSeq = Math.max(record.lastEventSeq, event.soThuTu);
    const closes = CLOSING_EVENTS.includes(event.loaiSuKien) && FINAL_HUB_STATUSES.includes(event.trangThaiHoSo);
    if (!closes)
        return { ...record, lastEventSeq };
    const withdrawn = event.loaiSuKien === 'HO_SO_DA_RUT' && record.leg.trangThai !== 'HOAN_THANH';
    return {
        ...record,
        lastEventSeq,
        hubStatus: event.trangThaiHoSo,
        withdrawn: record.withdrawn || withdrawn,
        leg: withdrawn ? withdrawnLeg(record.leg) : record.leg,
        thoiDiemCapNhat: at,
    };
}
/** The push operations of the province. */
export const PUSH_OPERATIONS = [receiveSupplement, receiveWithdrawal, receiveEvent];
