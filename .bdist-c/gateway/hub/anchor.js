/**
 * The civil-status leg (KS or KT) and the province: the hub starts it by pushing the dossier to
 * the province (retried on the sandbox clock while the province cannot be reached), reads the
 * province's report as a leg outcome, and passes supplements, withdrawals and events on.
 * @see specs/tinh.yaml items 1–5; specs/lienthong.yaml `lienthongReportLegResult`; DOMAIN.md §3
 * steps 3–6, §4 steps 2–3
 */
import { deadline, toVnIso } from '../../mocks/domain/calendar/index.js';
import { maskIdNumbers } from '../logger.js';
import { viewOf } from './dossiers.js';
import { anchorOf, SETTLED } from './machine.js';
import { legName, MAX_ATTEMPTS, moveLeg, retryDelay, withLeg } from './transitions.js';
import { dossiers } from './state.js';
/** The `Prefer` a submission passes on to the simulated province (it forces the civil outcome). */
export function forwardedPrefer(prefer) {
    if (prefer.outcome === undefined)
        return undefined;
    const parts = [`outcome=${prefer.outcome}`];
    if (prefer.reason !== undefined)
        parts.push(`reason=${prefer.reason}`);
    for (const [name, value] of Object.entries(prefer.extra))
        parts.push(`${name}=${value}`);
    return parts.join('; ');
}
/** What a report means for the leg. */
export function outcomeOfReport(report) {
    switch (report.ketQua) {
        case 'HOAN_THANH':
            return {
                kind: 'done',
                documents: report.giayTo,
                agencyRef: report.maDangKy,
                ...(report.soDinhDanh !== undefined ? { soDinhDanh: report.soDinhDanh } : {}),
            };
        case 'YEU_CAU_BO_SUNG':
            return {
                kind: 'supplement',
                reasons: report.lyDo,
                noiDung: report.noiDungBoSung,
                ...(report.maDangKy !== undefined ? { agencyRef: report.maDangKy } : {}),
            };
        case 'TU_CHOI':
            return {
                kind: 'refused',
                reasons: report.lyDo,
                ...(report.maDangKy !== undefined ? { agencyRef: report.maDangKy } : {}),
            };
    }
}
function reasonsOf(result) {
    const body = result.answer.body;
    if (body?.lyDo && body.lyDo.length > 0)
        return body.lyDo;
    return [
        {
            ma: /^[A-Z][A-Z0-9_]{1,63}$/.test(body?.code ?? '')
                ? body?.code
                : 'TINH_TU_CHOI_TIEP_NHAN',
            moTa: `Hệ thống một cửa của tỉnh không tiếp nhận hồ sơ (${result.answer.status})`,
        },
    ];
}
/** Builds the anchor flows over an orchestrator. */
export function createAnchorFlows(deps) {
    const { writer, orchestrator, province } = deps;
    /** Starts the civil-status leg and pushes the dossier to the province. */
    async function start(ctx, id, prefer) {
        const started = await writer.change(ctx, id, (d, now) => {
            const leg = anchorOf(d);
            if (leg.state.trangThai !== 'CHO_XU_LY')
                return undefined;
            const moved = moveLeg(leg, 'start', {
                thoiDiemBatDau: toVnIso(now),
                hanXuLy: toVnIso(deadline(ctx.calendar, now, leg.workingDays)),
            });
            return {
                dossier: withLeg(d, moved),
                events: [{ type: 'THU_TUC_CON_BAT_DAU', leg: moved.state.ma, data: moved.state }],
            };
        });
        if (!started)
            return;
        orchestrator.watchDeadline(ctx, id, anchorOf(started).state.hanXuLy);
        orchestrator.watchDeadline(ctx, id, started.view.ngayHenTra);
        await push(ctx, id, 1, prefer);
    }
    /** One attempt to push the dossier; a failure is retried with back-off on the sandbox clock. */
    async function push(ctx, id, attempt, prefer) {
        const d = await dossiers(ctx.store).get(id);
        if (!d || anchorOf(d).state.trangThai !== 'DANG_XU_LY')
            return;
        const legs = d.legs.map((l) => l.state.ma).join(', ');
        const result = await province.push(ctx, {
            operationId: 'tinhReceiveDossier',
            maHoSo: id,
            body: { hoSo: viewOf(d), noiDung: d.submission },
            headers: {
                'idempotency-key': `${id}-tiep-nhan`,
                ...(prefer !== undefined ? { prefer } : {}),
            },
            summary: maskIdNumbers(`Hồ sơ ${d.view.nhomThuTuc === 'NHOM_1' ? 'nhóm 1' : 'nhóm 2'} (${legs})`),
            clientId: d.clientId,
            attempt,
        });
        if (result.kind === 'failed') {
            if (attempt >= MAX_ATTEMPTS)
                return;
            const at = new Date(ctx.clock.now().getTime() + retryDelay(attempt));
            ctx.clock.schedule(at, () => push(ctx, id, attempt + 1, prefer), `lienthong.push ${id}`);
            return;
        }
        // 409: the province already holds the dossier (an earlier attempt got through).
        if (result.kind === 'refused' && result.answer.status !== 409)
            await reject(ctx, id, result);
    }
    /** The province would not take the dossier: status 3, every leg cancelled. */
    async function reject(ctx, id, result) {
        const lyDo = reasonsOf(result);
        await writer.change(ctx, id, (d, now) => {
            if (d.rejected)
                return undefined;
            let next = { ...d, rejected: true, view: { ...d.view, lyDo } };
            for (const leg of next.legs) {
                if (SETTLED.has(leg.state.trangThai))
                    continue;
                next = withLeg(next, moveLeg(leg, 'cancel', { lyDo, thoiDiemKetThuc: toVnIso(now) }));
            }
            return { dossier: next, events: [{ type: 'HO_SO_DUNG_XU_LY', data: { lyDo } }] };
        });
    }
    /** Passes a completed supplement of the civil-status leg to the province. */
    async function pushSupplement(ctx, d, ma, boSung, key) {
        const result = await province.push(ctx, {
            operationId: 'tinhReceiveSupplement',
            maHoSo: d.id,
            params: { maHoSo: d.id },
            body: {
                thuTucCon: ma,
                boSung,
                thoiDiemTiepNhan: toVnIso(ctx.clock.now()),
                ngayHenTraMoi: d.view.ngayHenTra,
            },
            headers: { 'idempotency-key': `${d.id}-bo-sung-${key}`.slice(0, 200) },
            summary: `Bổ sung hồ sơ, thủ tục ${legName(ma)}`,
            attempt: 1,
            clientId: d.clientId,
        });
        if (result.kind !== 'accepted') {
            await orchestrator.applyOutcome(ctx, d.id, ma, {
                kind: 'unavailable',
                reasons: [{ ma: 'TINH_KHONG_NHAN_BO_SUNG', moTa: 'Tỉnh chưa nhận hồ sơ bổ sung' }],
            });
        }
    }
    /** Tells the province the citizen withdrew the dossier (best effort). */
    async function pushWithdrawal(ctx, d, rut) {
        await province.push(ctx, {
            operationId: 'tinhReceiveWithdrawal',
            maHoSo: d.id,
            params: { maHoSo: d.id },
            body: { rut, thoiDiem: toVnIso(ctx.clock.now()) },
            headers: { 'idempotency-key': `${d.id}-rut` },
            summary: 'Công dân rút hồ sơ',
            attempt: 1,
            clientId: d.clientId,
        });
    }
    /** Passes a dossier event to the province, signed over the exact bytes sent. */
    async function notifyEvent(ctx, stored) {
        const raw = JSON.stringify(stored.event);
        await province.push(ctx, {
            operationId: 'tinhReceiveEvent',
            maHoSo: stored.maHoSo,
            body: stored.event,
            headers: {
                'x-lienthong-signature': ctx.keys.signDetached(raw),
                'x-lienthong-event-id': stored.event.maSuKien,
            },
            summary: `Sự kiện ${stored.event.loaiSuKien} số ${stored.event.soThuTu}`,
            attempt: 1,
            clientId: stored.clientId,
        });
    }
    return { start, pushSupplement, pushWithdrawal, notifyEvent };
}
