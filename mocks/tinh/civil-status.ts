/**
 * The civil-status step the province handles: forwarding the birth (`-KS`) or death (`-KT`) leg
 * to the civil-status software, reading its decision, and turning it into the leg state, a
 * progress update and a report to the hub.
 *
 * Forwarding is synchronous: the push handler forwards before it answers 202 and records the
 * outcome, so a dossier received on a working day before 15:00 is registered and reported at
 * once. A registration the software decides later (status 1 or 3, e.g. received after the 15:00
 * cut-off) is read again by a clock timer at its `hanXuLy` and reported then.
 * @see specs/tinh.yaml items 2–3; DOMAIN.md §3 steps 4–6, §4 step 3, §5
 */
import type { HandlerOutput } from '../../contracts/handler.js';
import { deadline, toVnIso } from '../domain/calendar/index.js';
import type { MockContext } from '../kit/index.js';
import { SYSTEM_ACCOUNT, sendProgress, sendReport } from './hub.js';
import {
  birthRequest,
  birthSupplement,
  deathRequest,
  deathSupplement,
  reasonsOfProblem,
  refusalReport,
  reportOf,
  type Registration,
} from './mapping.js';
import {
  dossierStatus,
  FORWARD_RETRY,
  isUnavailableStatus,
  outcomeOfMojStatus,
  type LegTarget,
} from './rules.js';
import { dossiers, type DossierRecord, type LegRecord } from './state.js';
import type { components as Tinh } from '../../contracts/generated/tinh.js';

const LEG_NAME = { KS: 'đăng ký khai sinh', KT: 'đăng ký khai tử' } as const;

function headers(prefer: string | undefined): Record<string, string> {
  return { 'x-officer-id': SYSTEM_ACCOUNT, ...(prefer !== undefined ? { prefer } : {}) };
}

async function store(ctx: MockContext, record: DossierRecord): Promise<DossierRecord> {
  const next = { ...record, thoiDiemCapNhat: toVnIso(ctx.clock.now()) };
  const written = await dossiers(ctx.store).put(next);
  if (!written.ok) throw new Error(`tinh: dossier ${record.id} not stored`);
  return next;
}

async function reload(ctx: MockContext, id: string): Promise<DossierRecord> {
  const record = await dossiers(ctx.store).get(id);
  if (!record) throw new Error(`tinh: dossier ${id} vanished`);
  return record;
}

function target(record: DossierRecord): LegTarget {
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
export async function forwardLeg(
  ctx: MockContext,
  record: DossierRecord,
  prefer?: string,
): Promise<void> {
  const { noiDung } = record.push;
  const at = record.thoiDiemNhan;
  const answer =
    noiDung.nhomThuTuc === 'NHOM_1'
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
export async function forwardSupplement(
  ctx: MockContext,
  record: DossierRecord,
  boSung: Tinh['schemas']['SupplementSubmission'],
  prefer?: string,
): Promise<void> {
  const { noiDung } = record.push;
  const params = { maDangKy: record.leg.maDangKy ?? '' };
  const answer =
    noiDung.nhomThuTuc === 'NHOM_1'
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
  if (answer.status === 400) return;
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
export async function checkRegistration(ctx: MockContext, id: string): Promise<void> {
  const record = await reload(ctx, id);
  const { leg } = record;
  if (record.withdrawn || record.hubStatus !== undefined || leg.maDangKy === undefined) return;
  const operationId = leg.ma === 'KS' ? 'hotichGetBirth' : 'hotichGetDeath';
  const answer = await ctx.call(operationId, {
    params: { maDangKy: leg.maDangKy },
    headers: headers(undefined),
  });
  await actOn(ctx, record, answer, 200, 'CHECK');
}

type Step = 'FORWARD' | 'SUPPLEMENT' | 'CHECK';

async function actOn(
  ctx: MockContext,
  record: DossierRecord,
  answer: HandlerOutput,
  success: number,
  step: Step,
): Promise<void> {
  if (answer.status === success) {
    await applyRegistration(ctx, record, answer.body as Registration, step);
  } else if (isUnavailableStatus(answer.status)) {
    await unavailable(ctx, record, step);
  } else {
    await refused(ctx, record, answer.body);
  }
}

async function applyRegistration(
  ctx: MockContext,
  record: DossierRecord,
  registration: Registration,
  step: Step,
): Promise<void> {
  const now = ctx.clock.now();
  const outcome = outcomeOfMojStatus(registration.trangThai);
  const changed = registration.trangThai !== record.leg.hotichStatus || step !== 'CHECK';
  const leg: LegRecord = {
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
  if (!changed) return;
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

function outcomeText(registration: Registration): string {
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
function schedule(ctx: MockContext, record: DossierRecord): void {
  const now = ctx.clock.now();
  const due = record.leg.hanXuLy !== undefined ? new Date(record.leg.hanXuLy) : undefined;
  const at =
    due !== undefined && due.getTime() > now.getTime()
      ? due
      : deadline(ctx.calendar, now, 1, { cutoff: null });
  ctx.clock.schedule(at, () => checkRegistration(ctx, record.id), `tinh.check ${record.id}`);
}

async function unavailable(ctx: MockContext, record: DossierRecord, step: Step): Promise<void> {
  const failures = record.leg.forwardFailures + 1;
  const exhausted = failures >= FORWARD_RETRY.maxAttempts;
  const trangThai = exhausted ? 'LOI' : record.leg.trangThai;
  const saved = await store(ctx, {
    ...record,
    leg: { ...record.leg, forwardFailures: failures, trangThai },
  });
  if (exhausted || step === 'SUPPLEMENT') return;
  const at = new Date(ctx.clock.now().getTime() + FORWARD_RETRY.delayMs);
  const retry = async (): Promise<void> => {
    const current = await reload(ctx, saved.id);
    if (current.withdrawn || current.hubStatus !== undefined) return;
    if (step === 'FORWARD') await forwardLeg(ctx, current);
    else await checkRegistration(ctx, current.id);
  };
  ctx.clock.schedule(at, retry, `tinh.retry ${record.id}`);
}

async function refused(ctx: MockContext, record: DossierRecord, body: unknown): Promise<void> {
  const now = ctx.clock.now();
  const report = refusalReport(body, toVnIso(now));
  const leg: LegRecord = {
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
    noiDung:
      `Phần mềm hộ tịch từ chối ${LEG_NAME[leg.ma]}: ${leg.lyDo?.map((r) => r.moTa).join('; ') ?? ''}`.slice(
        0,
        1000,
      ),
    trangThai: dossierStatus(saved),
  });
  await sendReport(ctx, saved, report);
}
