import { deadline, toVnIso } from '../domain/calendar/index.js';
import { businessRule, defineOperation, nextSequence, notFound, } from '../kit/index.js';
import { VNEID_CODES } from './problems.js';
import { CONFIRMER_REASONS, confirmerRefusal, householdHeadAnswer, representativeAnswer, statusAt, } from './rules.js';
import { CITIZENS, CONFIRMATIONS, VNEID_COLLECTIONS, } from './state.js';
/** Working days a citizen has to answer when the request sets no `hanXacNhan` (sandbox default). */
export const DEFAULT_ANSWER_WORKING_DAYS = 2;
const FORCED_ANSWERS = {
    agree: 'DONG_Y',
    refuse: 'TU_CHOI',
    pending: 'CHO_XAC_NHAN',
};
const citizensOf = (ctx) => ctx.store.collection(VNEID_COLLECTIONS.citizens, CITIZENS);
const confirmationsOf = (ctx) => ctx.store.collection(VNEID_COLLECTIONS.confirmations, CONFIRMATIONS);
/** Parents, spouse and children of a citizen, as VNeID knows them. */
async function familyOf(ctx, person) {
    const citizens = citizensOf(ctx);
    const ids = [person.fatherId, person.motherId, person.spouseId].filter((id) => id !== null);
    const linked = (await citizens.getMany(ids)).filter((p) => p !== undefined);
    const children = await citizens.findBy('byParent', person.soDinhDanh);
    const spouses = await citizens.findBy('bySpouse', person.soDinhDanh);
    const known = new Set(linked.map((p) => p.soDinhDanh));
    return [...linked, ...[...children, ...spouses].filter((p) => !known.has(p.soDinhDanh))];
}
/** The account VNeID's own calls to the population database carry. */
const SYSTEM_ACCOUNT = 'hethong.vneid';
/**
 * VNeID hears of deaths from the population database: the confirmer's relatives that VNeID still
 * has alive are looked up in `dancu` and marked deceased when the register says so (a death
 * registered after the sandbox was seeded, before the relatives agree on a representative).
 * @see DOMAIN.md §2 A1, A6; §4 "BHXH dossier" (relatives' agreement confirmed in VNeID)
 */
async function learnDeaths(ctx, family, maHoSo) {
    const citizens = citizensOf(ctx);
    const known = [];
    for (const relative of family) {
        if (relative.deceased) {
            known.push(relative);
            continue;
        }
        const answer = await ctx.call('dancuLookupCitizen', {
            headers: {
                'x-officer-id': SYSTEM_ACCOUNT,
                'x-muc-dich': 'MAI_TANG_TU_TUAT',
                'x-ma-ho-so': maHoSo,
            },
            body: { soDinhDanh: relative.soDinhDanh },
        });
        const meta = answer.body?.meta;
        const dead = answer.status === 200 && meta?.trangThaiSong === 'DA_CHET';
        if (dead)
            await citizens.put({ ...relative, deceased: true });
        known.push(dead ? { ...relative, deceased: true } : relative);
    }
    return known;
}
/** What the simulated citizen answers at once, or `CHO_XAC_NHAN` when they do not answer. */
async function simulatedAnswer(ctx, confirmer, request) {
    const citizens = citizensOf(ctx);
    if (request.loaiXacNhan === 'DONG_Y_CHU_HO') {
        const members = confirmer.householdId === null
            ? []
            : await citizens.findBy('byHousehold', confirmer.householdId);
        const children = await Promise.all(members.map((m) => citizens.findBy('byParent', m.soDinhDanh)));
        const household = { members, childrenOfMembers: children.flat() };
        return householdHeadAnswer(confirmer, household, request) ?? 'CHO_XAC_NHAN';
    }
    const family = await learnDeaths(ctx, await familyOf(ctx, confirmer), request.maHoSo);
    const deceased = family.filter((p) => p.deceased);
    const families = await Promise.all(deceased.map((d) => familyOf(ctx, d)));
    return representativeAnswer(families, request) ?? 'CHO_XAC_NHAN';
}
function confirmerProblem(reason) {
    return businessRule(reason, 'The citizen cannot be asked to confirm.', [
        { ma: reason, moTa: CONFIRMER_REASONS[reason], truong: 'soDinhDanhNguoiXacNhan' },
    ]);
}
function toWire(stored, now) {
    return { ...stored, trangThai: statusAt(stored, now) };
}
/**
 * Sends a confirmation request to a citizen's app. The citizen must be able to confirm
 * ({@link confirmerRefusal}) before the deadline; the simulated citizen then answers according
 * to their family (`householdHeadAnswer`, `representativeAnswer`), reading the person concerned
 * and the requester (`nguoiLienQuan`, `nguoiDeNghi`) when given and the text otherwise, or leaves
 * it waiting.
 * `Prefer: outcome=agree|refuse|pending` forces the answer.
 * @see specs/vneid.yaml `vneidRequestConfirmation`
 */
export const requestConfirmation = defineOperation('vneidRequestConfirmation', { outcomes: ['agree', 'refuse', 'pending'] }, async (req, ctx) => {
    const body = req.body;
    const now = ctx.clock.now();
    const confirmer = await citizensOf(ctx).get(body.soDinhDanhNguoiXacNhan);
    const refused = confirmerRefusal(confirmer);
    if (refused !== undefined || !confirmer)
        return confirmerProblem(refused ?? 'NGUOI_XAC_NHAN_KHONG_TON_TAI');
    const hanXacNhan = body.hanXacNhan ?? toVnIso(deadline(ctx.calendar, now, DEFAULT_ANSWER_WORKING_DAYS));
    if (Date.parse(hanXacNhan) <= now.getTime())
        return confirmerProblem('HAN_XAC_NHAN_DA_QUA');
    const forced = req.prefer.outcome === undefined ? undefined : FORCED_ANSWERS[req.prefer.outcome];
    const answer = forced ?? (await simulatedAnswer(ctx, confirmer, body));
    const number = await nextSequence(ctx.store, 'vneid.confirmations');
    const thoiDiemYeuCau = toVnIso(now);
    const stored = {
        maXacNhan: `XN-${String(number).padStart(6, '0')}`,
        loaiXacNhan: body.loaiXacNhan,
        soDinhDanhNguoiXacNhan: body.soDinhDanhNguoiXacNhan,
        maHoSo: body.maHoSo,
        noiDung: body.noiDung,
        ...(body.nguoiLienQuan !== undefined ? { nguoiLienQuan: body.nguoiLienQuan } : {}),
        ...(body.nguoiDeNghi !== undefined ? { nguoiDeNghi: body.nguoiDeNghi } : {}),
        trangThai: answer,
        thoiDiemYeuCau,
        hanXacNhan,
        ...(answer === 'CHO_XAC_NHAN' ? {} : { thoiDiemTraLoi: thoiDiemYeuCau }),
    };
    const inserted = await confirmationsOf(ctx).insert(stored);
    if (!inserted.ok)
        throw new Error(`confirmation ${stored.maXacNhan} already exists`);
    return {
        status: 201,
        headers: { location: `/vneid/v1/xac-nhan/${stored.maXacNhan}` },
        body: toWire(stored, now),
    };
});
/**
 * Reads a confirmation and its answer; a waiting one past its deadline reads `HET_HAN`.
 * @see specs/vneid.yaml `vneidGetConfirmation`
 */
export const getConfirmation = defineOperation('vneidGetConfirmation', {}, async (req, ctx) => {
    const stored = await confirmationsOf(ctx).get(req.params.maXacNhan);
    if (!stored) {
        return notFound(VNEID_CODES.confirmationNotFound, 'No confirmation has this id.');
    }
    return { status: 200, body: toWire(stored, ctx.clock.now()) };
});
