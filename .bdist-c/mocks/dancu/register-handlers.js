import { toVnIso } from '../domain/calendar/index.js';
import { createPrng } from '../domain/population/prng.js';
import { businessRule, conflict, defineOperation, notFound } from '../kit/index.js';
import { checkPurpose } from './lookup-handlers.js';
import { DANCU_CODES, failureProblem, preferredReason } from './problems.js';
import { citizensOf, issuancesOf, today } from './register.js';
import { checkDeath, checkNewborn, drawPersonalId, issuingPrefix, newbornCitizen, } from './register-rules.js';
const REFUSE = 'refuse';
/**
 * Issues the personal ID number of a newborn whose birth is registered and adds the child to
 * the register (alive, no residence yet). One number per birth registration: a repeat is a 409
 * that never carries the number. `Prefer: outcome=refuse; reason=CODE` forces a 422.
 * @see specs/dancu.yaml dancuIssuePersonalId; DOMAIN.md §3 step 5, §6.1
 */
export const issuePersonalId = defineOperation('dancuIssuePersonalId', { outcomes: [REFUSE] }, async (req, ctx) => {
    const body = req.body;
    const issuances = issuancesOf(ctx.store);
    if (await issuances.get(body.maDangKyKhaiSinh)) {
        return conflict(DANCU_CODES.alreadyIssued, 'A number was already issued for this birth registration; read it with dancuGetPersonalIdIssuance.');
    }
    if (req.prefer.outcome === REFUSE) {
        const reason = preferredReason(req.prefer, DANCU_CODES.refused);
        if (!reason.ok)
            return reason.problem;
        return businessRule(reason.code, 'Refused as requested by Prefer.');
    }
    const date = today(ctx);
    const citizens = citizensOf(ctx.store);
    const [mother, father] = await citizens.getMany([
        body.me.soDinhDanh,
        body.cha?.soDinhDanh ?? '-',
    ]);
    const checked = checkNewborn({ request: body, today: date, mother, father });
    if (!checked.ok)
        return failureProblem(checked.failure);
    const random = createPrng(`dancu|${body.maDangKyKhaiSinh}`).random;
    const issued = await ctx.store.transaction(async (tx) => {
        const txCitizens = citizensOf(tx);
        const id = await drawPersonalId(body, checked.sex, date, random, async (candidate) => (await txCitizens.get(candidate)) !== undefined);
        const issuance = {
            soDinhDanh: id,
            thoiDiemCap: toVnIso(ctx.clock.now()),
            maTinhCap: issuingPrefix(body.noiDangKyKhaiSinh.maTinh),
            maDangKyKhaiSinh: body.maDangKyKhaiSinh,
            maHoSo: body.maHoSo,
        };
        const saved = await issuancesOf(tx).insert(issuance);
        if (!saved.ok)
            return saved;
        const child = await txCitizens.insert(newbornCitizen(id, body, checked.sex, checked.mother));
        return child.ok ? { ok: true, value: issuance } : child;
    });
    if (!issued.ok) {
        return conflict(DANCU_CODES.alreadyIssued, 'A number was already issued for this birth registration.');
    }
    return { status: 201, body: issued.value };
});
/**
 * The issuance made for a birth registration, so that a caller whose request timed out can
 * recover the number; 404 when none was issued.
 * @see specs/dancu.yaml dancuGetPersonalIdIssuance; DOMAIN.md §10 (slow ID issuance)
 */
export const getPersonalIdIssuance = defineOperation('dancuGetPersonalIdIssuance', {}, async (req, ctx) => {
    const refused = checkPurpose({
        purpose: req.headers['x-muc-dich'],
        maHoSo: req.headers['x-ma-ho-so'],
    });
    if (refused)
        return refused;
    const issuance = await issuancesOf(ctx.store).get(req.body.maDangKyKhaiSinh);
    if (!issuance) {
        return notFound(DANCU_CODES.issuanceNotFound, 'No number was issued for this birth registration.');
    }
    return { status: 200, body: issuance };
});
/**
 * Records a death: alive → `DA_CHET` with `ngayMat`, seen by every later lookup. 404 for an
 * unknown citizen, 409 when already recorded, 422 for an impossible date of death.
 * `Prefer: outcome=refuse; reason=CODE` forces a 422.
 * @see specs/dancu.yaml dancuRecordDeath; DOMAIN.md §4 step 3
 */
export const recordDeath = defineOperation('dancuRecordDeath', { outcomes: [REFUSE] }, async (req, ctx) => {
    const body = req.body;
    if (req.prefer.outcome === REFUSE) {
        const reason = preferredReason(req.prefer, DANCU_CODES.refused);
        if (!reason.ok)
            return reason.problem;
        return businessRule(reason.code, 'Refused as requested by Prefer.');
    }
    const recordedAt = toVnIso(ctx.clock.now());
    const date = today(ctx);
    const outcome = await ctx.store.transaction(async (tx) => {
        const citizens = citizensOf(tx);
        const checked = checkDeath(await citizens.get(body.soDinhDanh), body.ngayMat, date);
        if (!checked.ok)
            return checked;
        const death = { date: body.ngayMat, registrationId: body.maDangKyKhaiTu, recordedAt };
        await citizens.put({ ...checked.citizen, death });
        return { ok: true };
    });
    if (!outcome.ok)
        return failureProblem(outcome.failure);
    return {
        status: 200,
        body: {
            soDinhDanh: body.soDinhDanh,
            trangThaiSong: 'DA_CHET',
            ngayMat: body.ngayMat,
            thoiDiemGhiNhan: recordedAt,
            maDangKyKhaiTu: body.maDangKyKhaiTu,
        },
    };
});
