import { deadline, nextWorkingDay, toLocalDate, toVnIso } from '../domain/calendar/index.js';
import { isPost2025ProvinceCode, sandboxAgencyCode } from '../domain/identifiers/index.js';
import { businessRule, conflict, defineOperation, nextSequence, notFound, officerOf, signDocument, } from '../kit/index.js';
import { blocksNewApplication, cardExpiry, checkIdCardIntake, refusalReasons, statusAt, } from './id-card-rules.js';
import { domainAddress } from './mapping.js';
import { DANCU_CODES, failureProblem, preferredReason } from './problems.js';
import { applicationsOf, citizensOf, SYSTEM_ACCOUNT, today } from './register.js';
const REFUSE = 'refuse';
/**
 * The ministry's seat, Hà Nội, issues when the child's province has no sandbox agency code.
 * @see DOMAIN.md §2 (A6: C06 nationally)
 */
const MINISTRY_PROVINCE = '01';
/**
 * An application as the wire shows it at `now`: the card and e-card only once granted, the
 * reasons only once refused.
 * @see specs/dancu.yaml IdCardApplication
 */
export function wireApplication(application, now) {
    const trangThai = statusAt(application, now);
    const decision = application.decision;
    const base = {
        maHoSoCanCuoc: application.id,
        maHoSo: application.dossierCode,
        soDinhDanh: application.childId,
        trangThai,
        thoiDiemTiepNhan: application.receivedAt,
        ngayHenTra: application.dueAt,
        hinhThucNhan: application.delivery,
        lyDo: trangThai === 'TU_CHOI' && decision.outcome === 'TU_CHOI' ? [...decision.reasons] : [],
    };
    if (trangThai !== 'DA_CAP' || decision.outcome !== 'DA_CAP')
        return base;
    return { ...base, theCanCuoc: decision.card, giayTo: decision.document };
}
/**
 * The child's permanent address: the register's, else the residence system's (A7 feeds A6),
 * asked with the caller's officer for the purpose CAP_CAN_CUOC. Any answer other than a
 * registered residence of this very child (an error, another citizen) means none is known.
 * @see DOMAIN.md §2 (A7 → A6), §3 "Regime 2026" (the CC leg starts when residence succeeds)
 */
async function permanentAddressOf(ctx, child, request, officer) {
    if (child.permanentAddress !== null)
        return child.permanentAddress;
    const answer = await ctx.call('cutruGetResidence', {
        params: { soDinhDanh: child.id },
        headers: {
            'x-officer-id': officer,
            'x-muc-dich': 'CAP_CAN_CUOC',
            'x-ma-ho-so': request.maHoSo,
        },
    });
    if (answer.status !== 200)
        return null;
    const residence = answer.body;
    if (residence.soDinhDanh !== child.id || residence.trangThai !== 'CO_THUONG_TRU')
        return null;
    return residence.thuongTru ? domainAddress(residence.thuongTru.diaChi) : null;
}
function decide(ctx, child, residence, dueAt, reasons) {
    if (reasons.length > 0)
        return { outcome: 'TU_CHOI', reasons };
    const card = {
        soThe: child.id,
        ngayCap: toLocalDate(dueAt),
        ngayHetHan: cardExpiry(child.birthDate),
        noiCap: 'Bộ Công an',
    };
    const province = isPost2025ProvinceCode(residence.provinceCode)
        ? residence.provinceCode
        : MINISTRY_PROVINCE;
    // The e-card is signed when the limit is reached, not at intake.
    const draft = {
        maGiayTo: child.id,
        loaiGiayTo: 'THE_CAN_CUOC',
        coQuanCap: sandboxAgencyCode(province).code,
        noiDung: { ...card, hoTen: child.fullName, ngaySinh: child.birthDate },
    };
    const document = signDocument(ctx, draft, dueAt);
    return { outcome: 'DA_CAP', card, document };
}
/**
 * Accepts an ID card application for a child under 6 (TIEP_NHAN, `ngayHenTra` = 7 WD by
 * default) and decides it from the register; the clock reveals DANG_XU_LY, then DA_CAP with the
 * card (number = ID number, expiring on the 14th birthday) or TU_CHOI with reasons.
 * `Prefer: outcome=refuse; reason=CODE` makes the decision a refusal.
 * @see specs/dancu.yaml dancuApplyIdCard; DOMAIN.md §5 (SANDBOX DEFAULT 7 WD)
 */
export const applyIdCard = defineOperation('dancuApplyIdCard', { outcomes: [REFUSE] }, async (req, ctx) => {
    const body = req.body;
    const now = ctx.clock.now();
    const forced = req.prefer.outcome === REFUSE
        ? preferredReason(req.prefer, 'THONG_TIN_KHONG_THONG_NHAT')
        : undefined;
    if (forced && !forced.ok)
        return forced.problem;
    const citizens = citizensOf(ctx.store);
    const [child, representative] = await citizens.getMany([
        body.soDinhDanh,
        body.nguoiDaiDien.soDinhDanh,
    ]);
    const intake = checkIdCardIntake({ now, today: today(ctx), request: body, child }, representative);
    if (!intake.ok)
        return failureProblem(intake.failure);
    const open = await applicationsOf(ctx.store).findBy('byChild', intake.child.id);
    if (open.some((a) => blocksNewApplication(a, now))) {
        return conflict(DANCU_CODES.applicationExists, 'The child already has an open application or a valid card.');
    }
    const residence = await permanentAddressOf(ctx, intake.child, body, officerOf(req.headers, SYSTEM_ACCOUNT));
    if (residence === null) {
        return businessRule(DANCU_CODES.noPermanentResidence, 'The child has no registered permanent residence.');
    }
    const dueAt = deadline(ctx.calendar, now, ctx.regime.timeLimits.group1.CC);
    const reasons = forced?.ok
        ? [{ ma: forced.code, moTa: 'Từ chối theo yêu cầu mô phỏng (Prefer)' }]
        : refusalReasons(body, intake.representative);
    const decision = decide(ctx, intake.child, residence, dueAt, reasons);
    const saved = await ctx.store.transaction(async (tx) => {
        const applications = applicationsOf(tx);
        const again = await applications.findBy('byChild', intake.child.id);
        if (again.some((a) => blocksNewApplication(a, now)))
            return { ok: false };
        if (intake.child.permanentAddress === null) {
            await citizensOf(tx).update(intake.child.id, (c) => ({
                ...c,
                permanentAddress: residence,
            }));
        }
        const year = toLocalDate(now).slice(0, 4);
        const seq = await nextSequence(tx, `dancu.idCardApplications.${year}`);
        const application = {
            id: `CC-${year}-${String(seq).padStart(6, '0')}`,
            dossierCode: body.maHoSo,
            childId: intake.child.id,
            delivery: body.hinhThucNhan,
            deliveryAddress: body.diaChiNhan ?? null,
            receivedAt: toVnIso(now),
            processingFrom: toVnIso(nextWorkingDay(ctx.calendar, now)),
            dueAt: toVnIso(dueAt),
            decision,
        };
        await applications.insert(application);
        return { ok: true, application };
    });
    if (!saved.ok) {
        return conflict(DANCU_CODES.applicationExists, 'The child already has an open application or a valid card.');
    }
    return {
        status: 201,
        headers: { location: `/dancu/v1/can-cuoc/ho-so/${saved.application.id}` },
        body: wireApplication(saved.application, now),
    };
});
/**
 * An ID card application and, once the clock reaches `ngayHenTra`, its result.
 * @see specs/dancu.yaml dancuGetIdCardApplication
 */
export const getIdCardApplication = defineOperation('dancuGetIdCardApplication', {}, async (req, ctx) => {
    const application = await applicationsOf(ctx.store).get(req.params.maHoSoCanCuoc);
    if (!application) {
        return notFound(DANCU_CODES.applicationNotFound, 'No ID card application has this id.');
    }
    return { status: 200, body: wireApplication(application, ctx.clock.now()) };
});
