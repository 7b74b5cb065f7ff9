import { deadline, toVnIso } from '../domain/calendar/index.js';
import { SYSTEM_ACCOUNT, sendProgress, sendReport } from './hub.js';
import { birthRequest, birthSupplement, deathRequest, deathSupplement, reasonsOfProblem, refusalReport, reportOf, } from './mapping.js';
import { dossierStatus, FORWARD_RETRY, isUnavailableStatus, outcomeOfMojStatus, } from './rules.js';
import { dossiers } from './state.js';
const LEG_NAME = { KS: 'đăng ký khai sinh', KT: 'đăng ký khai tử' };
function headers(prefer) {
    return { 'x-officer-id': SYSTEM_ACCOUNT, ...(prefer !== undefined ? { prefer } : {}) };
}
async function store(ctx, record) {
    const next = { ...record, thoiDiemCapNhat: toVnIso(ctx.clock.now()) };
    const written = await dossiers(ctx.store).put(next);
    if (!written.ok)
        throw new Error(`tinh: dossier ${record.id} not stored`);
    return next;
}
async function reload(ctx, id) {
    const record = await dossiers(ctx.store).get(id);
    if (!record)
        throw new Error(`tinh: dossier ${id} vanished`);
    return record;
}
function target(record) {
    const { leg } = record;
    return {
        ma: leg.ma,
        maHoSo: leg.maHoSo,
        maDonVi: leg.maDonVi,
        maXaDangKy: leg.maXaDangKy,
        provinceCode: record.provinceCode,
    };
}
/**
 * Forwards the civil-status leg of a recorded dossier (`prefer` is passed on when the hub forced
 * a civil-status outcome) and acts on the answer.
 * @see specs/hotich.yaml `hotichRegisterBirth`, `hotichRegisterDeath`
 */
export async function forwardLeg(ctx, record, prefer) {
    const { noiDung } = record.push;
    const at = record.thoiDiemNhan;
    const answer = noiDung.nhomThuTuc === 'NHOM_1'
        ? await ctx.call('hotichRegisterBirth', {
            headers: headers(prefer),
            body: birthRequest(target(record), noiDung, at),
        })
        : await ctx.call('hotichRegisterDeath', {
            headers: headers(prefer),
            body: deathRequest(target(record), noiDung, at),
        });
    await actOn(ctx, record, answer, 201, 'FORWARD');
}
/**
 * Passes a citizen's supplement to the civil-status software and acts on the answer. A
 * supplement with nothing for the civil-status leg (400) leaves the leg waiting.
 * @see specs/hotich.yaml `hotichSupplementBirth`, `hotichSupplementDeath`
 */
export async function forwardSupplement(ctx, record, boSung, prefer) {
    const { noiDung } = record.push;
    const params = { maDangKy: record.leg.maDangKy ?? '' };
    const answer = noiDung.nhomThuTuc === 'NHOM_1'
        ? await ctx.call('hotichSupplementBirth', {
            params,
            headers: headers(prefer),
            body: birthSupplement(boSung, noiDung),
        })
        : await ctx.call('hotichSupplementDeath', {
            params,
            headers: headers(prefer),
            body: deathSupplement(boSung),
        });
    if (answer.status === 400)
        return;
    if (answer.status === 409) {
        await checkRegistration(ctx, record.id);
        return;
    }
    await actOn(ctx, record, answer, 200, 'SUPPLEMENT');
}
/**
 * Reads the registration again (timer at `hanXuLy`, or after a conflict) and acts on it; nothing
 * when the dossier was withdrawn or ended meanwhile.
 * @see specs/hotich.yaml `hotichGetBirth`, `hotichGetDeath`
 */
export async function checkRegistration(ctx, id) {
    const record = await reload(ctx, id);
    const { leg } = record;
    if (record.withdrawn || record.hubStatus !== undefined || leg.maDangKy === undefined)
        return;
    const operationId = leg.ma === 'KS' ? 'hotichGetBirth' : 'hotichGetDeath';
    const answer = await ctx.call(operationId, {
        params: { maDangKy: leg.maDangKy },
        headers: headers(undefined),
    });
    await actOn(ctx, record, answer, 200, 'CHECK');
}
async function actOn(ctx, record, answer, success, step) {
    if (answer.status === success) {
        await applyRegistration(ctx, record, answer.body, step);
    }
    else if (isUnavailableStatus(answer.status)) {
        await unavailable(ctx, record, step);
    }
    else {
        await refused(ctx, record, answer.body);
    }
}
async function applyRegistration(ctx, record, registration, step) {
    const now = ctx.clock.now();
    const outcome = outcomeOfMojStatus(registration.trangThai);
    const changed = registration.trangThai !== record.leg.hotichStatus || step !== 'CHECK';
    const leg = {
        ...record.leg,
        trangThai: outcome.trangThai,
        maDangKy: registration.maDangKy,
        hotichStatus: registration.trangThai,
        thoiDiemChuyen: record.leg.thoiDiemChuyen ?? toVnIso(now),
        ...(registration.hanXuLy !== undefined ? { hanXuLy: registration.hanXuLy } : {}),
        lyDo: registration.lyDo ?? [],
        daBaoCao: outcome.report === null ? record.leg.daBaoCao : false,
        forwardFailures: 0,
    };
    const saved = await store(ctx, { ...record, leg });
    if (step === 'FORWARD') {
        await sendProgress(ctx, saved, {
            maHoSo: leg.maHoSo,
            at: now,
            noiDung: `Chuyển hồ sơ ${LEG_NAME[leg.ma]} sang phần mềm hộ tịch điện tử dùng chung (mã đăng ký ${registration.maDangKy})`,
            trangThai: 4,
            batDau: now,
            ...(leg.hanXuLy !== undefined ? { hanKetThuc: new Date(leg.hanXuLy) } : {}),
        });
    }
    const report = reportOf(registration);
    if (report === undefined) {
        schedule(ctx, saved);
        return;
    }
    if (!changed)
        return;
    await sendProgress(ctx, saved, {
        maHoSo: leg.maHoSo,
        at: now,
        noiDung: outcomeText(registration),
        trangThai: dossierStatus(saved),
        ...(registration.canBoHoTich !== undefined
            ? { nguoiXuLy: registration.canBoHoTich.hoTen }
            : {}),
    });
    await sendReport(ctx, saved, report);
}
function outcomeText(registration) {
    const reasons = (registration.lyDo ?? []).map((r) => r.moTa).join('; ');
    switch (registration.trangThai) {
        case 4:
            return `Đã đăng ký, số ${registration.soDangKy ?? ''}, quyển số ${registration.quyenSo ?? ''}`;
        case 2:
            return `Yêu cầu bổ sung hồ sơ: ${reasons}`.slice(0, 1000);
        default:
            return `Từ chối đăng ký: ${reasons}`.slice(0, 1000);
    }
}
/** A registration decided later is read again at its `hanXuLy` (or the next working day's close). */
function schedule(ctx, record) {
    const now = ctx.clock.now();
    const due = record.leg.hanXuLy !== undefined ? new Date(record.leg.hanXuLy) : undefined;
    const at = due !== undefined && due.getTime() > now.getTime()
        ? due
        : deadline(ctx.calendar, now, 1, { cutoff: null });
    ctx.clock.schedule(at, () => checkRegistration(ctx, record.id), `tinh.check ${record.id}`);
}
async function unavailable(ctx, record, step) {
    const failures = record.leg.forwardFailures + 1;
    const exhausted = failures >= FORWARD_RETRY.maxAttempts;
    const trangThai = exhausted ? 'LOI' : record.leg.trangThai;
    const saved = await store(ctx, {
        ...record,
        leg: { ...record.leg, forwardFailures: failures, trangThai },
    });
    if (exhausted || step === 'SUPPLEMENT')
        return;
    const at = new Date(ctx.clock.now().getTime() + FORWARD_RETRY.delayMs);
    const retry = async () => {
        const current = await reload(ctx, saved.id);
        if (current.withdrawn || current.hubStatus !== undefined)
            return;
        if (step === 'FORWARD')
            await forwardLeg(ctx, current);
        else
            await checkRegistration(ctx, current.id);
    };
    ctx.clock.schedule(at, retry, `tinh.retry ${record.id}`);
}
async function refused(ctx, record, body) {
    const now = ctx.clock.now();
    const report = refusalReport(body, toVnIso(now));
    const leg = {
        ...record.leg,
        trangThai: 'TU_CHOI',
        lyDo: reasonsOfProblem(body),
        daBaoCao: false,
        forwardFailures: 0,
    };
    const saved = await store(ctx, { ...record, leg });
    await sendProgress(ctx, saved, {
        maHoSo: leg.maHoSo,
        at: now,
        noiDung: `Phần mềm hộ tịch từ chối ${LEG_NAME[leg.ma]}: ${leg.lyDo?.map((r) => r.moTa).join('; ') ?? ''}`.slice(0, 1000),
        trangThai: dossierStatus(saved),
    });
    await sendReport(ctx, saved, report);
}
