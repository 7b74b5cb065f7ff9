/**
 * The linkage orchestrator: starts legs when their prerequisites are done, has them decided by the
 * sandbox's processing profile (instant, realistic, manual), applies what the agencies and the
 * province decide through the lifecycle tables of machine.ts, and keeps the clock-driven duties —
 * rechecks, retries, supplement expiry, overdue apologies. Every change goes through the dossier
 * writer, so events are numbered and stored with the state they describe.
 * @see DOMAIN.md §3, §4, §5, §7; DESIGN.md §3 ("Processing profiles"); issue 6 items 1, 2, 4
 */
import { deadline, toVnIso } from '../../mocks/domain/calendar/index.js';
import { nextSequence } from '../../mocks/kit/index.js';
import { maskIdNumbers } from '../logger.js';
import { TIMER_LABEL_PREFIXES } from '../sandboxes/clock-ops.js';
import { without } from './dossiers.js';
import { canMove, readyLegs, SETTLED } from './machine.js';
import { documents, documentsOf, dossiers } from './state.js';
import { steps } from './steps-state.js';
import { closing, HUB_OFFICER, legName, legOf, MAX_ATTEMPTS, moveLeg, outcomeStep, react, retryDelay, withLeg, } from './transitions.js';
/** When an agency gives no recheck time for a pending request. */
const RECHECK_MS = 3_600_000;
/** Timers fire just after a due time, so the due time itself is still "in time". */
const AFTER_DUE_MS = 1_000;
/** Builds the orchestrator. */
export function createOrchestrator(options) {
    const { writer } = options;
    async function load(ctx, id) {
        return dossiers(ctx.store).get(id);
    }
    function after(ctx, at, label, task) {
        const when = typeof at === 'string' ? new Date(at) : at;
        ctx.clock.schedule(when, task, label);
    }
    /** Starts a waiting leg: the move, its due time, its event, then the profile's way of deciding. */
    async function startLeg(ctx, id, ma) {
        const started = await writer.change(ctx, id, (d, now) => {
            const leg = legOf(d, ma);
            if (!canMove(leg.state.trangThai, 'start'))
                return undefined;
            const hanXuLy = deadline(ctx.calendar, now, leg.workingDays);
            const moved = moveLeg(leg, 'start', {
                thoiDiemBatDau: toVnIso(now),
                hanXuLy: toVnIso(hanXuLy),
            });
            return {
                dossier: withLeg(d, moved),
                events: [{ type: 'THU_TUC_CON_BAT_DAU', leg: ma, data: moved.state }],
            };
        });
        if (!started)
            return;
        const leg = legOf(started, ma);
        if (leg.state.trangThai !== 'DANG_XU_LY')
            return;
        watchDeadline(ctx, id, leg.state.hanXuLy);
        await decide(ctx, id, ma);
    }
    /** Has the agency decide a leg that is being processed, the way the sandbox's profile says. */
    async function decide(ctx, id, ma) {
        const settings = options.profile(ctx.id);
        if (settings.profile === 'instant')
            return runAgency(ctx, id, ma);
        const dossier = await load(ctx, id);
        if (!dossier)
            return;
        const leg = legOf(dossier, ma);
        if (settings.profile === 'manual')
            return openStep(ctx, dossier, leg);
        if (options.adapterFor(leg).keepsOwnSchedule === true)
            return runAgency(ctx, id, ma);
        const now = ctx.clock.now().getTime();
        const due = new Date(leg.state.hanXuLy ?? now).getTime();
        const fraction = settings.fractionOfLimit ?? 0.5;
        const at = new Date(now + Math.max(0, Math.round((due - now) * fraction)));
        after(ctx, at, `${TIMER_LABEL_PREFIXES.stepsDecided}lienthong.decide ${leg.state.maHoSo}`, () => runAgency(ctx, id, ma));
    }
    /** Calls the leg's agency (start, or check a pending request) and applies the outcome. */
    async function runAgency(ctx, id, ma, decision, officerReasons) {
        const dossier = await load(ctx, id);
        if (!dossier)
            return;
        const leg = legOf(dossier, ma);
        if (leg.state.trangThai !== 'DANG_XU_LY')
            return;
        const adapter = options.adapterFor(leg);
        const call = { ctx, dossier, leg, ...(decision ? { decision } : {}) };
        const outcome = leg.agencyRef !== undefined ? await adapter.check(call) : await adapter.start(call);
        // An officer's refusal carries the officer's reasons, whatever the agency wrote.
        const decided = outcome.kind === 'refused' && officerReasons !== undefined && officerReasons.length > 0
            ? { ...outcome, reasons: officerReasons }
            : outcome;
        await applyOutcome(ctx, id, ma, decided);
    }
    /** Applies an outcome and does what follows: documents, timers, the next legs, delivery. */
    async function applyOutcome(ctx, id, ma, outcome) {
        if ((outcome.kind === 'done' || outcome.kind === 'refused') && outcome.documents) {
            for (const document of outcome.documents) {
                await documents(ctx.store).put({
                    id: `${id}|${document.maGiayTo}`,
                    maHoSo: id,
                    thuTucCon: ma,
                    document,
                });
            }
        }
        const before = await load(ctx, id);
        const record = await writer.change(ctx, id, (d, now) => outcomeStep(d, ma, outcome, now, ctx));
        if (!record || !before)
            return record;
        const leg = legOf(record, ma);
        if (outcome.kind === 'pending' && leg.state.trangThai === 'DANG_XU_LY') {
            const at = outcome.recheckAt ?? new Date(ctx.clock.now().getTime() + RECHECK_MS);
            after(ctx, at, `lienthong.recheck ${leg.state.maHoSo}`, () => runAgency(ctx, id, ma));
        }
        else if (outcome.kind === 'unavailable' && leg.state.trangThai === 'DANG_XU_LY') {
            if (leg.failures >= MAX_ATTEMPTS) {
                await applyOutcome(ctx, id, ma, {
                    kind: 'error',
                    reasons: [
                        {
                            ma: 'HE_THONG_GIAN_DOAN',
                            moTa: `Hệ thống ${leg.state.heThong} không phản hồi sau ${leg.failures} lần gửi`,
                        },
                    ],
                });
                return load(ctx, id);
            }
            const at = new Date(ctx.clock.now().getTime() + retryDelay(leg.failures));
            after(ctx, at, `lienthong.retry ${leg.state.maHoSo}`, () => runAgency(ctx, id, ma));
        }
        else if (outcome.kind === 'supplement' && leg.state.trangThai === 'YEU_CAU_BO_SUNG') {
            const due = record.view.yeuCauBoSung?.hanBoSung;
            if (due !== undefined) {
                after(ctx, new Date(new Date(due).getTime() + AFTER_DUE_MS), `${TIMER_LABEL_PREFIXES.deadlinesPassed}lienthong.supplement-expiry ${id}`, () => expireSupplement(ctx, id, ma));
            }
        }
        await continueDossier(ctx, id);
        return load(ctx, id);
    }
    /** Starts the legs that became ready and delivers the results of a finished dossier. */
    async function continueDossier(ctx, id) {
        const dossier = await load(ctx, id);
        if (!dossier || dossier.stopped || dossier.withdrawn || dossier.rejected)
            return;
        for (const leg of readyLegs(dossier.legs))
            await startLeg(ctx, id, leg.state.ma);
        const current = await load(ctx, id);
        if (current && current.view.trangThai === 9 && !current.delivered)
            await deliver(ctx, current);
    }
    /**
     * Delivers the results to the citizen's VNeID wallet when they chose online delivery; the
     * dossier then has status 10. Other forms of delivery (counter, post) stay at 9.
     * @see DOMAIN.md §3 step 9, §7
     */
    async function deliver(ctx, dossier) {
        const submission = dossier.submission;
        if (submission.hinhThucNhanKetQua !== 'TRUC_TUYEN')
            return;
        const owner = submission.nguoiYeuCau.soDinhDanh;
        if (owner === undefined)
            return;
        const docs = await documentsOf(ctx.store, dossier.id);
        for (const giayTo of docs) {
            const answer = await ctx.call('vneidDeliverDocument', {
                params: { soDinhDanh: owner },
                headers: {
                    'x-officer-id': HUB_OFFICER,
                    'idempotency-key': `${dossier.id}-vneid-${giayTo.maGiayTo}`.replace(/[^A-Za-z0-9_.:-]/g, '_'),
                },
                body: { maHoSo: dossier.id, giayTo },
            });
            if (answer.status < 200 || answer.status >= 300)
                return;
        }
        await writer.change(ctx, dossier.id, (d, now) => {
            if (d.delivered || d.view.trangThai !== 9)
                return undefined;
            const next = {
                ...d,
                delivered: true,
                view: { ...d.view, ngayTra: toVnIso(now) },
            };
            const ketQua = d.legs.flatMap((l) => l.state.ketQua ?? []);
            return {
                dossier: next,
                events: [{ type: 'HO_SO_HOAN_THANH', data: { ketQua, daTraKetQua: true } }],
            };
        });
    }
    /** A supplement not answered by its due date: the leg is refused (the anchor stops the group). */
    async function expireSupplement(ctx, id, ma) {
        const record = await writer.change(ctx, id, (d, now) => {
            const leg = legOf(d, ma);
            const due = d.view.yeuCauBoSung?.hanBoSung;
            if (leg.state.trangThai !== 'YEU_CAU_BO_SUNG' || due === undefined)
                return undefined;
            if (now.getTime() <= new Date(due).getTime())
                return undefined;
            const lyDo = [
                { ma: 'HET_HAN_BO_SUNG', moTa: `Không bổ sung hồ sơ trước hạn ${due}` },
            ];
            const moved = moveLeg(leg, 'refuse', { lyDo, thoiDiemKetThuc: toVnIso(now) });
            const view = without(d.view, 'yeuCauBoSung');
            const reacted = react(withLeg({ ...d, view }, moved), moved, now);
            return {
                dossier: reacted.dossier,
                events: [
                    { type: 'THU_TUC_CON_TU_CHOI', leg: ma, data: moved.state },
                    ...(reacted.events ?? []),
                    ...(closing(reacted.dossier) ?? []),
                ],
            };
        });
        if (record)
            await continueDossier(ctx, id);
    }
    /** Keeps an eye on a due time: past it, the dossier gets an apology slip and a new date. */
    function watchDeadline(ctx, id, due) {
        if (due === undefined)
            return;
        const at = new Date(new Date(due).getTime() + AFTER_DUE_MS);
        after(ctx, at, `${TIMER_LABEL_PREFIXES.deadlinesPassed}lienthong.overdue ${id}`, () => checkOverdue(ctx, id));
    }
    /**
     * Issues the apology slip (phiếu xin lỗi và hẹn lại) when the appointment date or a leg's due
     * time passed with work left, once per due date, with a new appointment date; the dossier's
     * clock does not run while a supplement is awaited.
     * @see DOMAIN.md §7 "One-stop slips"; TT 01/2018/TT-VPCP
     */
    async function checkOverdue(ctx, id) {
        const record = await writer.change(ctx, id, (d, now) => {
            if (d.stopped || d.withdrawn || d.rejected || d.view.trangThai >= 7)
                return undefined;
            if (d.legs.some((l) => l.state.trangThai === 'YEU_CAU_BO_SUNG'))
                return undefined;
            const late = [];
            for (const leg of d.legs) {
                const due = leg.state.hanXuLy;
                if (leg.state.trangThai !== 'DANG_XU_LY' || due === undefined)
                    continue;
                if (new Date(due).getTime() >= now.getTime())
                    continue;
                late.push({
                    key: `${leg.state.ma}@${due}`,
                    reason: {
                        ma: 'THU_TUC_CON_QUA_HAN',
                        moTa: `Thủ tục ${legName(leg.state.ma)} chưa có kết quả, quá hạn xử lý ${due}`,
                    },
                });
            }
            // Legs outside the group limit (the ID card, DOMAIN.md §5) keep only their own due time.
            const outside = d.view.nhomThuTuc === 'NHOM_1' ? ctx.regime.timeLimits.group1.outsideGroupLimit : [];
            const groupOpen = d.legs.some((l) => !SETTLED.has(l.state.trangThai) && !outside.includes(l.state.ma));
            if (groupOpen && new Date(d.view.ngayHenTra).getTime() < now.getTime()) {
                late.push({
                    key: `HO_SO@${d.view.ngayHenTra}`,
                    reason: {
                        ma: 'QUA_HAN_GIAI_QUYET',
                        moTa: `Hồ sơ chưa giải quyết xong trước ngày hẹn trả ${d.view.ngayHenTra}`,
                    },
                });
            }
            const fresh = late.filter((l) => !d.overdueNotices.includes(l.key));
            if (fresh.length === 0)
                return undefined;
            const remaining = Math.max(1, ...d.legs.filter((l) => !SETTLED.has(l.state.trangThai)).map((l) => l.workingDays));
            const proposed = deadline(ctx.calendar, now, remaining);
            const current = new Date(d.view.ngayHenTra);
            const ngayHenTraMoi = toVnIso(proposed.getTime() > current.getTime() ? proposed : current);
            const phieuXinLoi = {
                ngayLap: toVnIso(now),
                ngayHenTraMoi,
                lyDo: fresh.map((l) => l.reason),
            };
            return {
                dossier: {
                    ...d,
                    overdueNotices: [...d.overdueNotices, ...fresh.map((l) => l.key)],
                    view: { ...d.view, ngayHenTra: ngayHenTraMoi, phieuXinLoi },
                },
                events: [{ type: 'HO_SO_QUA_HAN', data: phieuXinLoi }],
            };
        });
        if (record && record.view.phieuXinLoi)
            watchDeadline(ctx, id, record.view.ngayHenTra);
    }
    /** Opens a manual step for a leg (manual profile): it waits for `sandboxDecideStep`. */
    async function openStep(ctx, dossier, leg) {
        const n = await nextSequence(ctx.store, 'lienthong.steps');
        const stepId = `step-${String(n).padStart(6, '0')}`;
        const adapter = options.adapterFor(leg);
        const step = {
            stepId,
            dossierId: dossier.id,
            maHoSo: leg.state.maHoSo,
            leg: leg.state.ma,
            system: leg.state.heThong,
            operationId: adapter.operationId,
            since: toVnIso(ctx.clock.now()),
            deadline: leg.state.hanXuLy ?? dossier.view.ngayHenTra,
            summary: maskIdNumbers(adapter.summary(dossier, leg)).slice(0, 300),
            state: 'PENDING',
        };
        await steps(ctx.store).put(step);
        await writer.change(ctx, dossier.id, (d) => {
            const current = legOf(d, leg.state.ma);
            return { dossier: withLeg(d, { ...current, stepId }) };
        });
    }
    return { runAgency, applyOutcome, watchDeadline, expireSupplement, decide };
}
