/**
 * The pure steps of the lifecycle: moving one leg by the table of machine.ts, what follows a
 * settled leg (REACTIONS), the events that close a dossier, and how an agency's outcome changes a
 * dossier. The orchestrator runs them through the dossier writer.
 * @see gateway/hub/machine.ts; docs/decisions/0007-hub-orchestration.md §2, §3
 */
import { deadline, toVnIso } from '../../mocks/domain/calendar/index.js';
import { dependentsOf, nextStatus, reactionsTo, SETTLED } from './machine.js';
/** How often an unreachable agency or province is tried before the hub gives up on the leg. */
export const MAX_ATTEMPTS = 8;
/** First retry delay (virtual time); doubles per attempt, at most 6 hours. */
const RETRY_BASE_MS = 60_000;
const RETRY_CAP_MS = 6 * 3_600_000;
/** The account the hub's own calls carry. */
export const HUB_OFFICER = 'hethong.lienthong';
/** The delay before retry number `attempt` (1-based). */
export function retryDelay(attempt) {
    return Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
}
/** A leg of a dossier by code. */
export function legOf(dossier, ma) {
    const leg = dossier.legs.find((l) => l.state.ma === ma);
    if (!leg)
        throw new Error(`dossier ${dossier.id} has no leg ${ma}`);
    return leg;
}
/** The dossier with one leg replaced. */
export function withLeg(dossier, leg) {
    return {
        ...dossier,
        legs: dossier.legs.map((l) => (l.state.ma === leg.state.ma ? leg : l)),
    };
}
/** Moves a leg by the table, with the extra state the move carries. */
export function moveLeg(leg, event, extra = {}) {
    return {
        ...leg,
        state: { ...leg.state, ...extra, trangThai: nextStatus(leg.state.trangThai, event) },
    };
}
/** Result kinds a dossier lists; a death certificate (from 01/03/2027) lists as the extract. */
const RESULT_KINDS = {
    GIAY_KHAI_SINH: 'GIAY_KHAI_SINH',
    TRICH_LUC_KHAI_SINH: 'TRICH_LUC_KHAI_SINH',
    TRICH_LUC_KHAI_TU: 'TRICH_LUC_KHAI_TU',
    GIAY_CHUNG_TU: 'TRICH_LUC_KHAI_TU',
    THONG_BAO_KET_QUA_CU_TRU: 'THONG_BAO_KET_QUA_CU_TRU',
    PHIEU_TU_CHOI_CU_TRU: 'PHIEU_TU_CHOI_CU_TRU',
    THONG_BAO_XOA_THUONG_TRU: 'THONG_BAO_XOA_THUONG_TRU',
    THE_BHYT: 'THE_BHYT',
    QUYET_DINH_MAI_TANG_PHI: 'QUYET_DINH_MAI_TANG_PHI',
    QUYET_DINH_TU_TUAT: 'QUYET_DINH_TU_TUAT',
    QUYET_DINH_HO_TRO_MAI_TANG: 'QUYET_DINH_HO_TRO_MAI_TANG',
    THE_CAN_CUOC: 'THE_CAN_CUOC',
};
/** The result kind a signed document lists as, if it is a result at all. */
export function resultKindOf(kind) {
    return RESULT_KINDS[kind];
}
function refsOf(docs) {
    return docs.flatMap((d) => {
        const loaiGiayTo = resultKindOf(d.loaiGiayTo);
        return loaiGiayTo ? [{ maGiayTo: d.maGiayTo, loaiGiayTo }] : [];
    });
}
const LEG_NAMES = {
    KS: 'đăng ký khai sinh',
    TT: 'đăng ký thường trú',
    BHYT: 'cấp thẻ bảo hiểm y tế',
    CC: 'cấp thẻ căn cước',
    KT: 'đăng ký khai tử',
    XTT: 'xóa đăng ký thường trú',
    MT: 'giải quyết mai táng phí',
    TU: 'giải quyết trợ cấp tuất',
};
/** The Vietnamese name of a leg. */
export function legName(ma) {
    return LEG_NAMES[ma];
}
/**
 * Applies the reactions of machine.ts to a leg that just settled: cancel its dependents, or stop
 * the whole dossier when the civil-status leg failed. Returns the new record and its events.
 */
export function react(dossier, settledLeg, now) {
    let next = dossier;
    const events = [];
    for (const reaction of reactionsTo(settledLeg.state.ma, settledLeg.state.trangThai)) {
        if (reaction === 'cancelDependents') {
            for (const dep of dependentsOf(next.legs, settledLeg.state.ma)) {
                const lyDo = [
                    {
                        ma: 'THU_TUC_TIEN_QUYET_KHONG_THANH',
                        moTa: `Không thực hiện vì thủ tục ${legName(settledLeg.state.ma)} không hoàn thành`,
                    },
                ];
                next = withLeg(next, moveLeg(dep, 'cancel', { lyDo, thoiDiemKetThuc: toVnIso(now) }));
            }
        }
        else if (reaction === 'stopDossier') {
            const lyDo = [...(settledLeg.state.lyDo ?? [])];
            if (lyDo.length === 0) {
                lyDo.push({ ma: 'THU_TUC_HO_TICH_KHONG_THANH', moTa: 'Thủ tục hộ tịch không hoàn thành' });
            }
            for (const leg of next.legs) {
                if (SETTLED.has(leg.state.trangThai))
                    continue;
                const cancelled = [
                    { ma: 'HO_SO_DUNG_XU_LY', moTa: 'Hồ sơ liên thông dừng xử lý' },
                ];
                next = withLeg(next, moveLeg(leg, 'cancel', { lyDo: cancelled }));
            }
            next = { ...next, stopped: true, view: { ...next.view, lyDo } };
            events.push({ type: 'HO_SO_DUNG_XU_LY', data: { lyDo } });
        }
    }
    return { dossier: next, events };
}
/** The events that close a dossier whose legs are all settled (status 9). */
export function closing(dossier) {
    if (dossier.stopped || dossier.withdrawn || dossier.rejected)
        return [];
    if (!dossier.legs.every((l) => SETTLED.has(l.state.trangThai)))
        return [];
    const ketQua = dossier.legs.flatMap((l) => l.state.ketQua ?? []);
    return [{ type: 'HO_SO_HOAN_THANH', data: { ketQua } }];
}
/**
 * The step that applies an outcome to a leg that is being processed; `undefined` when the leg
 * is not (a late or duplicate answer changes nothing).
 */
export function outcomeStep(dossier, ma, outcome, now, ctx) {
    const leg = legOf(dossier, ma);
    if (leg.state.trangThai !== 'DANG_XU_LY')
        return undefined;
    const at = toVnIso(now);
    const withRef = (l, ref) => ref !== undefined ? { ...l, agencyRef: ref } : l;
    switch (outcome.kind) {
        case 'pending':
            return { dossier: withLeg(dossier, { ...leg, agencyRef: outcome.agencyRef, failures: 0 }) };
        case 'unavailable':
            return { dossier: withLeg(dossier, { ...leg, failures: leg.failures + 1 }) };
        case 'supplement': {
            const hanBoSung = deadline(ctx.calendar, now, ctx.regime.timeLimits.supplement.workingDays);
            const moved = withRef(moveLeg(leg, 'requestSupplement', { lyDo: [...outcome.reasons] }), outcome.agencyRef);
            const notice = {
                thuTucCon: ma,
                noiDung: outcome.noiDung,
                lyDo: [...outcome.reasons],
                hanBoSung: toVnIso(hanBoSung),
            };
            const next = withLeg({ ...dossier, view: { ...dossier.view, yeuCauBoSung: notice } }, moved);
            return { dossier: next, events: [{ type: 'YEU_CAU_BO_SUNG', leg: ma, data: notice }] };
        }
        case 'done':
        case 'refused':
        case 'error': {
            const docs = outcome.kind === 'error' ? [] : (outcome.documents ?? []);
            const extra = {
                thoiDiemKetThuc: at,
                ...(docs.length > 0 ? { ketQua: refsOf(docs) } : {}),
                ...(outcome.kind === 'done' && outcome.soDinhDanh !== undefined
                    ? { soDinhDanh: outcome.soDinhDanh }
                    : {}),
                ...(outcome.kind === 'done' ? {} : { lyDo: [...outcome.reasons] }),
            };
            const event = outcome.kind === 'done' ? 'complete' : outcome.kind === 'refused' ? 'refuse' : 'fail';
            const moved = withRef({ ...moveLeg(leg, event, extra), failures: 0 }, outcome.kind === 'error' ? undefined : outcome.agencyRef);
            const settled = withLeg(dossier, moved);
            const reacted = react(settled, moved, now);
            const type = outcome.kind === 'done' ? 'THU_TUC_CON_HOAN_THANH' : 'THU_TUC_CON_TU_CHOI';
            const events = [
                { type, leg: ma, data: moved.state },
                ...(reacted.events ?? []),
                ...(closing(reacted.dossier) ?? []),
            ];
            return { dossier: reacted.dossier, events };
        }
    }
}
