import { deadline, nextWorkingDate, toLocalDate, toVnIso } from '../domain/calendar/index.js';
import { conflict, defineOperation, nextSequence, notFound, officerOf, signDocument, } from '../kit/index.js';
import { checkDeceased, checkKinds, checkRecordedDead, checkRelatives } from './claim-checks.js';
import { decideBenefits, refuseAll } from './decisions.js';
import { bhxhOffice } from './mapping.js';
import { BHXH_REASONS } from './problems.js';
import { SYSTEM_ACCOUNT } from './registers.js';
import { duplicateOf, maskAccount, pad } from './rules.js';
import { CLAIMS, COLLECTIONS, PARTICIPANTS } from './state.js';
/**
 * Files a claim and decides it at once (the sandbox's `instant` processing profile): each
 * benefit from the deceased's insurance record, amounts from the regimes table, signed decisions
 * for what is granted; `hanXuLy` is the longest limit of the benefits asked for.
 * @see specs/bhxh.yaml bhxhClaimDeathBenefits; DOMAIN.md §4, §5 (group-2 limits)
 */
export const claimDeathBenefits = defineOperation('bhxhClaimDeathBenefits', { outcomes: ['refuse', 'accept'] }, async (req, ctx) => {
    const request = req.body;
    const kinds = checkKinds(request, ctx.regime);
    if (kinds)
        return kinds;
    const participant = await ctx.store
        .collection(COLLECTIONS.participants, PARTICIPANTS)
        .get(request.nguoiChet.soDinhDanh);
    const deceased = checkDeceased(request, participant);
    if (!deceased.ok)
        return deceased.error;
    const { maTinh, record } = deceased.value;
    const claims = ctx.store.collection(COLLECTIONS.claims, CLAIMS);
    const earlier = await claims.findBy('byDeceased', request.nguoiChet.soDinhDanh);
    const duplicate = duplicateOf(earlier, request.cheDo);
    if (duplicate) {
        const code = duplicate.claim.maHoSoHuong;
        return conflict('CLAIM_DUPLICATE', `Claim ${code} already covers one of these benefits.`);
    }
    const now = ctx.clock.now();
    let drafts;
    if (req.prefer.outcome === 'refuse') {
        const ma = req.prefer.reason ?? 'TU_CHOI_MO_PHONG';
        const moTa = BHXH_REASONS[ma] ?? 'Từ chối theo yêu cầu mô phỏng';
        drafts = refuseAll(request.cheDo, [{ ma, moTa }]);
    }
    else {
        const relatives = checkRelatives(request, toLocalDate(now));
        if (relatives)
            return relatives;
        const dead = await checkRecordedDead(ctx, request, officerOf(req.headers, SYSTEM_ACCOUNT));
        if (dead)
            return dead;
        drafts = decideBenefits(record, request, ctx.regime);
    }
    const claim = await fileClaim(ctx, request, maTinh, drafts);
    await claims.insert({ claim, taiKhoanNganHang: request.taiKhoanNganHang });
    return {
        status: 201,
        headers: { location: `/bhxh/v1/che-do-tu-tuat/${claim.maHoSoHuong}` },
        body: claim,
    };
});
/**
 * Reads a claim and its decisions.
 * @see specs/bhxh.yaml bhxhGetClaim
 */
export const getClaim = defineOperation('bhxhGetClaim', {}, async (req, ctx) => {
    const stored = await ctx.store
        .collection(COLLECTIONS.claims, CLAIMS)
        .get(req.params.maHoSoHuong);
    if (!stored)
        return notFound('CLAIM_NOT_FOUND', 'No benefit claim has this code.');
    return { status: 200, body: stored.claim };
});
/** Numbers the claim and its decisions, signs what is granted and dates it by the clock. */
async function fileClaim(ctx, request, maTinh, drafts) {
    const now = ctx.clock.now();
    const year = toLocalDate(now).slice(0, 4);
    const office = bhxhOffice(maTinh);
    const seq = await nextSequence(ctx.store, `bhxh.claims.${maTinh}.${year}`);
    const quyetDinh = [];
    const giayTo = [];
    for (const draft of drafts) {
        if (draft.ketQua !== 'DUOC_HUONG') {
            quyetDinh.push(draft);
            continue;
        }
        const number = await nextSequence(ctx.store, `bhxh.quyetDinh.${maTinh}.${year}`);
        const maGiayTo = `${number}/QĐ-BHXH`;
        quyetDinh.push({ ...draft, maGiayTo });
        giayTo.push(signDocument(ctx, {
            maGiayTo,
            loaiGiayTo: draft.cheDo === 'MAI_TANG_BHXH' ? 'QUYET_DINH_MAI_TANG_PHI' : 'QUYET_DINH_TU_TUAT',
            coQuanCap: office.maDonVi,
            noiDung: {
                maGiayTo,
                cheDo: draft.cheDo,
                hoTen: request.nguoiChet.hoTen,
                soTien: draft.soTien,
                hangThang: draft.hangThang,
                // How it is paid: the payment record the decision orders (bhxhGetClaimPayments).
                chiTra: {
                    taiKhoanNhan: maskAccount(request.taiKhoanNganHang.soTaiKhoan),
                    nganHang: request.taiKhoanNganHang.nganHang,
                    chuTaiKhoan: request.taiKhoanNganHang.chuTaiKhoan,
                    ngayDuKienChi: nextWorkingDate(ctx.calendar, toLocalDate(now)),
                },
            },
        }));
    }
    const limits = ctx.regime.timeLimits.group2.variants;
    const longest = Math.max(...request.cheDo.map((k) => limits[k]));
    const cutoff = ctx.regime.timeLimits.sameDayCutoff;
    const anyGranted = quyetDinh.some((q) => q.ketQua === 'DUOC_HUONG');
    return {
        maHoSoHuong: `TT-${maTinh}-${year}-${pad(seq, 6)}`,
        maHoSo: request.maHoSo,
        cheDo: request.cheDo,
        trangThai: anyGranted ? 'DA_GIAI_QUYET' : 'TU_CHOI',
        nguoiChet: request.nguoiChet,
        coQuanGiaiQuyet: office,
        thoiDiemTiepNhan: toVnIso(now),
        hanXuLy: toVnIso(deadline(ctx.calendar, now, longest, { cutoff })),
        thoiDiemGiaiQuyet: toVnIso(now),
        quyetDinh,
        giayTo,
    };
}
