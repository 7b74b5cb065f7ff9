import { isCommuneInProvince } from '../domain/admin-units/index.js';
import { toLocalDate, toVnIso } from '../domain/calendar/index.js';
import { childCardValidity, generateBhxhCode, generateBhytCardNumber, } from '../domain/identifiers/index.js';
import { createPrng } from '../domain/population/index.js';
import { businessRule, defineOperation, lookupCitizen, notFound, officerOf, signDocument, upstreamUnavailable, } from '../kit/index.js';
import { bhxhOffice, hasOffice, toHealthInsuranceCard } from './mapping.js';
import { BHXH_REASONS, reason } from './problems.js';
import { SYSTEM_ACCOUNT } from './registers.js';
import { isOverChildCardAge } from './rules.js';
import { CARDS, COLLECTIONS, FACILITIES, PARTICIPANTS, } from './state.js';
/** Problem codes of the card refusals, by reason. @see specs/bhxh.yaml bhxhIssueChildCard */
const CARD_PROBLEM_CODES = {
    TRE_QUA_72_THANG: 'CHILD_OVER_AGE',
    KHONG_TIM_THAY_TRE_EM: 'CHILD_UNKNOWN',
    THONG_TIN_TRE_EM_KHONG_KHOP: 'CHILD_UNKNOWN',
    TRE_EM_DA_CHET: 'CHILD_DECEASED',
    CO_SO_KCB_KHONG_HOP_LE: 'FACILITY_UNKNOWN',
    DIA_CHI_KHONG_HOP_LE: 'ADDRESS_INVALID',
};
function refuse(ma, detail, truong) {
    return businessRule(CARD_PROBLEM_CODES[ma] ?? 'BUSINESS_RULE_VIOLATED', detail, [
        reason(ma, truong),
    ]);
}
/**
 * Issues (or re-issues, idempotently per child) the mã số BHXH and TE1 card of a child under
 * 72 months known to the population database, valid from birth to the NĐ 146/2018 date.
 * @see specs/bhxh.yaml bhxhIssueChildCard; DOMAIN.md §3 step 8b, §6.2
 */
export const issueChildCard = defineOperation('bhxhIssueChildCard', { outcomes: ['refuse'] }, async (req, ctx) => {
    const { treEm } = req.body;
    if (req.prefer.outcome === 'refuse') {
        const ma = req.prefer.reason ?? 'TU_CHOI_MO_PHONG';
        const moTa = BHXH_REASONS[ma] ?? 'Từ chối theo yêu cầu mô phỏng';
        const code = CARD_PROBLEM_CODES[ma] ?? 'BUSINESS_RULE_VIOLATED';
        return businessRule(code, 'Refused as forced by Prefer.', [{ ma, moTa }]);
    }
    const today = toLocalDate(ctx.clock.now());
    if (treEm.ngaySinh > today) {
        return refuse('THONG_TIN_TRE_EM_KHONG_KHOP', 'The date of birth is in the future.', '/body/treEm/ngaySinh');
    }
    if (isOverChildCardAge(treEm.ngaySinh, today)) {
        return refuse('TRE_QUA_72_THANG', 'The child is 72 months or older.', '/body/treEm/ngaySinh');
    }
    const cards = ctx.store.collection(COLLECTIONS.cards, CARDS);
    const existing = await cards.findOneBy('byPerson', treEm.soDinhDanh);
    if (existing)
        return issued(ctx, req.body.maHoSo, existing, true);
    const facilities = ctx.store.collection(COLLECTIONS.facilities, FACILITIES);
    const facility = await facilities.get(req.body.noiKcbBanDau.maCoSoKcb);
    if (!facility) {
        return refuse('CO_SO_KCB_KHONG_HOP_LE', 'Unknown initial-care facility.', '/body/noiKcbBanDau/maCoSoKcb');
    }
    const answer = await lookupCitizen(ctx, {
        soDinhDanh: treEm.soDinhDanh,
        purpose: 'CAP_THE_BHYT',
        maHoSo: req.body.maHoSo,
        officer: officerOf(req.headers, SYSTEM_ACCOUNT),
    });
    if (answer.kind === 'unavailable') {
        return upstreamUnavailable(`The population database answered ${answer.status}.`);
    }
    if (answer.kind === 'unknown') {
        return refuse('KHONG_TIM_THAY_TRE_EM', 'The child is not in the population database.', '/body/treEm/soDinhDanh');
    }
    const { citizen } = answer;
    if (citizen.ngaySinh !== undefined && citizen.ngaySinh !== treEm.ngaySinh) {
        return refuse('THONG_TIN_TRE_EM_KHONG_KHOP', 'The date of birth differs from the register.', '/body/treEm/ngaySinh');
    }
    if (citizen.meta.trangThaiSong === 'DA_CHET') {
        return refuse('TRE_EM_DA_CHET', 'The child is recorded as deceased.', '/body/treEm/soDinhDanh');
    }
    // NĐ 63/2024 Art. 26(2): without an address in the request, BHXH takes the registered one.
    const address = treEm.diaChi ?? citizen.diaChiThuongTru ?? null;
    const maTinh = address?.maTinh ?? treEm.noiDangKyKhaiSinh.maTinh;
    const addressOk = address === null || isCommuneInProvince(address.maXa, address.maTinh);
    if (!addressOk || !hasOffice(maTinh)) {
        return refuse('DIA_CHI_KHONG_HOP_LE', 'The address is not a commune of its province.', '/body/treEm/diaChi');
    }
    const validity = childCardValidity(treEm.ngaySinh);
    const maSoBhxh = await bhxhCodeFor(ctx, treEm.soDinhDanh, maTinh);
    const card = {
        maTheBhyt: generateBhytCardNumber({ maTinh, maSoBhxh }),
        maSoBhxh,
        soDinhDanh: treEm.soDinhDanh,
        hoTen: treEm.hoTen,
        ngaySinh: treEm.ngaySinh,
        gioiTinh: treEm.gioiTinh,
        maTinh,
        giaTriTu: validity.from,
        giaTriDen: validity.to,
        noiKcbBanDau: { maCoSoKcb: facility.code, tenCoSoKcb: facility.name },
        maHoSo: req.body.maHoSo,
        thoiDiemCap: toVnIso(ctx.clock.now()),
        giayTo: null,
    };
    const stored = await ctx.store.transaction(async (tx) => {
        const inserted = await tx.collection(COLLECTIONS.cards, CARDS).insert(card);
        if (!inserted.ok)
            return inserted;
        const participants = tx.collection(COLLECTIONS.participants, PARTICIPANTS);
        const known = await participants.get(treEm.soDinhDanh);
        return participants.put(withCode(known, card));
    });
    if (!stored.ok) {
        // A concurrent request for the same child won the race: answer with its card.
        const winner = await cards.findOneBy('byPerson', treEm.soDinhDanh);
        if (winner)
            return issued(ctx, req.body.maHoSo, winner, true);
        throw new Error(`bhxh: storing a card failed with ${stored.error.code}`);
    }
    return issued(ctx, req.body.maHoSo, card, false);
});
/**
 * Reads a BHYT card; `trangThai` follows the clock (expired after `giaTriDen`).
 * @see specs/bhxh.yaml bhxhGetCard
 */
export const getCard = defineOperation('bhxhGetCard', {}, async (req, ctx) => {
    const card = await ctx.store.collection(COLLECTIONS.cards, CARDS).get(req.params.maTheBhyt);
    if (!card)
        return notFound('CARD_NOT_FOUND', 'No health-insurance card has this code.');
    return { status: 200, body: toHealthInsuranceCard(card, toLocalDate(ctx.clock.now())) };
});
/** The child's BHXH code: the one already issued, else a new one seeded from the child's id. */
async function bhxhCodeFor(ctx, childId, maTinh) {
    const participants = ctx.store.collection(COLLECTIONS.participants, PARTICIPANTS);
    const known = (await participants.get(childId))?.record?.bhxhCode;
    if (known !== undefined)
        return known;
    for (let attempt = 0;; attempt += 1) {
        const prng = createPrng(`bhxh:${childId}:${attempt}`);
        const code = generateBhxhCode({ provinceCode: maTinh, random: () => prng.float() });
        if (!(await participants.findOneBy('byBhxhCode', code)))
            return code;
    }
}
function withCode(known, card) {
    const record = known?.record ?? {
        personId: card.soDinhDanh,
        bhxhCode: card.maSoBhxh,
        category: 'NOT_PARTICIPATING',
        compulsoryMonths: 0,
        totalMonths: 0,
        contributing: false,
        monthlyAmount: null,
        periods: [],
    };
    return {
        id: card.soDinhDanh,
        hoTen: known?.hoTen ?? card.hoTen,
        ngaySinh: known?.ngaySinh ?? card.ngaySinh,
        gioiTinh: known?.gioiTinh ?? card.gioiTinh,
        maTinh: known?.maTinh ?? card.maTinh,
        record,
    };
}
/** The 201 answer: the card with a freshly signed electronic copy. */
function issued(ctx, maHoSo, card, again) {
    const theBhyt = {
        maTheBhyt: card.maTheBhyt,
        hoTen: card.hoTen,
        ngaySinh: card.ngaySinh,
        gioiTinh: card.gioiTinh,
        maDoiTuong: 'TE',
        mucHuong: 1,
        maTinh: card.maTinh,
        giaTriTu: card.giaTriTu,
        giaTriDen: card.giaTriDen,
        noiKcbBanDau: card.noiKcbBanDau,
        giayTo: signDocument(ctx, {
            maGiayTo: card.maTheBhyt,
            loaiGiayTo: 'THE_BHYT',
            coQuanCap: bhxhOffice(card.maTinh).maDonVi,
            noiDung: {
                maTheBhyt: card.maTheBhyt,
                hoTen: card.hoTen,
                ngaySinh: card.ngaySinh,
                giaTriDen: card.giaTriDen,
            },
        }),
    };
    return {
        status: 201,
        headers: { location: `/bhxh/v1/the-bhyt/${card.maTheBhyt}` },
        body: {
            maHoSo,
            maSoBhxh: card.maSoBhxh,
            theBhyt,
            phatHanhLai: again,
            thoiDiemCap: toVnIso(ctx.clock.now()),
        },
    };
}
