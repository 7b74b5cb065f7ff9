import { callAgency, instantOf, missingData, preferFor, readCommonAnswer, reasonOf, reasonsOf, } from './answers.js';
import { bhxhClaimRequest, branchOf, supportClaimRequest } from './benefit-requests.js';
import { group2Of, maskedPerson, summaryLine } from './dossier-reads.js';
/** Both agencies can be told to refuse or to decide at once. @see the handlers' `outcomes` */
const CLAIM_OUTCOMES = { approve: 'accept', refuse: 'refuse' };
function refusalReasons(view) {
    const reasons = reasonsOf([...(view.decision?.lyDo ?? []), ...view.lyDo]);
    return reasons.length > 0
        ? reasons
        : [reasonOf('KHONG_DUOC_HUONG', 'Không được hưởng chế độ đã đề nghị')];
}
/**
 * A claim read into the leg's outcome: the benefit granted → done with its signed decision;
 * not granted, or the claim refused → refused; received or processing → pending until
 * `hanXuLy`.
 */
export function claimOutcome(view) {
    const { agencyRef, decision } = view;
    if (view.trangThai === 'TIEP_NHAN' || view.trangThai === 'DANG_XU_LY' || !decision) {
        if (view.trangThai === 'TU_CHOI') {
            return { kind: 'refused', reasons: refusalReasons(view), agencyRef };
        }
        const recheckAt = instantOf(view.hanXuLy);
        return { kind: 'pending', agencyRef, ...(recheckAt ? { recheckAt } : {}) };
    }
    if (!decision.granted)
        return { kind: 'refused', reasons: refusalReasons(view), agencyRef };
    const documents = view.giayTo.filter((d) => d.maGiayTo === decision.maGiayTo);
    return { kind: 'done', documents, agencyRef };
}
/** A BHXH claim as seen from the leg of `kind`. */
export function bhxhView(claim, kind) {
    const q = claim.quyetDinh.find((d) => d.cheDo === kind);
    return {
        agencyRef: claim.maHoSoHuong,
        trangThai: claim.trangThai,
        hanXuLy: claim.hanXuLy,
        ...(q
            ? {
                decision: {
                    granted: q.ketQua === 'DUOC_HUONG',
                    ...(q.maGiayTo !== undefined ? { maGiayTo: q.maGiayTo } : {}),
                    lyDo: q.lyDo,
                },
            }
            : {}),
        lyDo: claim.lyDo ?? [],
        giayTo: claim.giayTo,
    };
}
/** A funeral-support claim as seen from its leg. */
export function supportView(claim) {
    const q = claim.quyetDinh;
    return {
        agencyRef: claim.maHoSoHuong,
        trangThai: claim.trangThai,
        hanXuLy: claim.hanXuLy,
        ...(q
            ? {
                decision: {
                    granted: q.ketQua === 'DUOC_HUONG',
                    ...(q.maGiayTo !== undefined ? { maGiayTo: q.maGiayTo } : {}),
                    lyDo: q.lyDo,
                },
            }
            : {}),
        lyDo: [],
        giayTo: claim.giayTo,
    };
}
function readClaim(answer, success, view) {
    const common = readCommonAnswer(answer);
    if (common)
        return common;
    if (answer.status !== success) {
        return missingData('TRA_LOI_KHONG_MONG_DOI', `Cơ quan giải quyết trả lời ${answer.status}`);
    }
    return claimOutcome(view(answer.body));
}
/**
 * The payments of the leg's benefit so far; none when they cannot be read now (the decision
 * stands without them).
 * @see specs/bhxh.yaml `bhxhGetClaimPayments`
 */
async function paymentsOf(call, maHoSoHuong) {
    const answer = await callAgency(call, 'bhxhGetClaimPayments', {
        params: { maHoSoHuong },
        query: { soLuong: 100 },
    });
    if (answer.status !== 200)
        return undefined;
    const kind = branchOf(call);
    return answer.body.danhSach
        .filter((p) => p.cheDo === kind)
        .map((p) => ({
        cheDo: p.cheDo,
        kyChiTra: p.kyChiTra,
        soTien: p.soTien,
        trangThai: p.trangThai,
    }));
}
function deceasedLine(dossier) {
    const form = group2Of(dossier);
    return form ? maskedPerson(form.nguoiChet.hoTen, form.nguoiChet.soDinhDanh) : 'người chết';
}
/** The benefit leg at BHXH: one claim for the leg's branch, read with `bhxhGetClaim`. */
function bhxhAdapter(title) {
    return {
        operationId: 'bhxhClaimDeathBenefits',
        async start(call) {
            const body = await bhxhClaimRequest(call);
            if ('kind' in body)
                return body;
            const prefer = preferFor(call.decision, CLAIM_OUTCOMES);
            const answer = await callAgency(call, 'bhxhClaimDeathBenefits', { body }, prefer);
            return readClaim(answer, 201, (b) => bhxhView(b, branchOf(call)));
        },
        async check(call) {
            const maHoSoHuong = call.leg.agencyRef;
            if (maHoSoHuong === undefined)
                return missingData('CHUA_CO_MA_HO_SO_HUONG', 'Chưa có mã hồ sơ hưởng');
            const answer = await callAgency(call, 'bhxhGetClaim', { params: { maHoSoHuong } });
            const outcome = readClaim(answer, 200, (b) => bhxhView(b, branchOf(call)));
            if (outcome.kind !== 'done')
                return outcome;
            const payments = await paymentsOf(call, maHoSoHuong);
            return payments ? { ...outcome, payments } : outcome;
        },
        summary(dossier, leg) {
            const branch = leg.variant ?? leg.state.cheDoHuong?.[0] ?? '';
            return summaryLine(`${title} (${branch}, BHXH) cho thân nhân của ${deceasedLine(dossier)}`);
        },
    };
}
/** MT:bhxh — the BHXH funeral allowance (MAI_TANG_BHXH). */
export const bhxhFuneralAllowance = bhxhAdapter('Giải quyết trợ cấp mai táng');
/** TU:bhxh — the one-time or monthly survivor allowance. */
export const bhxhSurvivorBenefit = bhxhAdapter('Giải quyết chế độ tử tuất');
/** MT:xahoi — funeral support of the social line, read with `xahoiGetClaim`. */
export const socialFuneralSupport = {
    operationId: 'xahoiClaimFuneralSupport',
    async start(call) {
        const body = await supportClaimRequest(call);
        if ('kind' in body)
            return body;
        const prefer = preferFor(call.decision, CLAIM_OUTCOMES);
        const answer = await callAgency(call, 'xahoiClaimFuneralSupport', { body }, prefer);
        return readClaim(answer, 201, (b) => supportView(b));
    },
    async check(call) {
        const maHoSoHuong = call.leg.agencyRef;
        if (maHoSoHuong === undefined)
            return missingData('CHUA_CO_MA_HO_SO_HUONG', 'Chưa có mã hồ sơ hưởng');
        const answer = await callAgency(call, 'xahoiGetClaim', { params: { maHoSoHuong } });
        return readClaim(answer, 200, (b) => supportView(b));
    },
    summary(dossier, leg) {
        const branch = leg.variant ?? leg.state.cheDoHuong?.[0] ?? '';
        return summaryLine(`Giải quyết hỗ trợ mai táng (${branch}) cho thân nhân của ${deceasedLine(dossier)}`);
    },
};
