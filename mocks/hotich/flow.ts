/**
 * The life of a registration, the same for births and deaths: intake, decision by the clock on
 * read (same working day, 15:00 cut-off), supplement within 7 working days.
 * @see DOMAIN.md §3 "Supplement", §5, §7; specs/hotich.yaml
 */
import type { Problem } from '../../contracts/problems.js';
import { toVnIso } from '../domain/calendar/index.js';
import { businessRule, conflict, type MockContext, type Preference } from '../kit/index.js';
import {
  forcedDecision,
  isProblem,
  newRegistrationId,
  refusalProblem,
  statusFields,
  withoutStatus,
  type Decision,
} from './lifecycle.js';
import type { CallerContext } from './peers.js';
import { MOJ_ERRORS, REASONS, reason, upstreamUnavailable } from './problems.js';
import { checkRegisteringAgency, isSupplementExpired, registrationTiming } from './rules.js';
import { registrations, type RegistrationRecord } from './state.js';

/** What a request must carry for the shared flow. */
interface FlowRequest {
  readonly maHoSo: string;
  readonly maDonVi: string;
  readonly maXaDangKy: string;
}

/** The kind-specific parts of the flow (birth or death). */
export interface RegistrationKind<R extends RegistrationRecord, Req extends FlowRequest, Sup> {
  readonly prefix: 'KS' | 'KT';
  /** Time limit in working days (0: the same working day). */
  readonly limit: (ctx: MockContext) => number;
  /** Codes a forced refusal or duplicate carries when `Prefer` names no reason. */
  readonly defaults: { readonly refuse: string; readonly duplicate: string };
  readonly evaluate: (
    ctx: MockContext,
    caller: CallerContext,
    request: Req,
    selfId?: string,
  ) => Promise<Decision>;
  readonly register: (ctx: MockContext, record: R) => Promise<R>;
  /** A record in status 1 for `request`, with the subject (child key or person) when known. */
  readonly build: (draft: Draft<Req>) => R;
  /** The request with the supplement's blocks replacing the old ones. */
  readonly merge: (request: Req, supplement: Sup) => Req;
}

/** What {@link RegistrationKind.build} needs. */
export interface Draft<Req> {
  readonly id: string;
  readonly request: Req;
  readonly officerId: string;
  readonly subject: string | null;
  readonly receivedAt: string;
  readonly hanXuLy: string;
  readonly now: string;
}

function callerOf(officerId: string, maHoSo: string): CallerContext {
  return { officerId, maHoSo };
}

/** Applies a decision to a record: a status, or the registration itself when it is due. */
async function apply<R extends RegistrationRecord, Req extends FlowRequest, Sup>(
  ctx: MockContext,
  kind: RegistrationKind<R, Req, Sup>,
  record: R,
  decision: Decision,
): Promise<R> {
  const now = ctx.clock.now();
  const timing = registrationTiming(
    ctx.calendar,
    now,
    ctx.regime.timeLimits.sameDayCutoff,
    kind.limit(ctx),
  );
  const view = { ...withoutStatus(record.view), thoiDiemCapNhat: toVnIso(now) };
  const put = (
    status: 0 | 1 | 2 | 3,
    dueAt: string | null,
    d?: Extract<Decision, { lyDo: unknown }>,
  ): R =>
    ({
      ...record,
      dueAt,
      view: {
        ...view,
        ...statusFields(ctx, status, d?.lyDo ?? [], d?.kind === 'error' ? d.maLoi : undefined),
      },
    }) as R;
  switch (decision.kind) {
    case 'register':
      return kind.register(ctx, record);
    case 'eligible':
      return timing.immediate ? kind.register(ctx, record) : put(3, toVnIso(timing.dueAt));
    case 'pending':
      return put(1, toVnIso(timing.hanXuLy));
    case 'supplement':
      return put(2, null, decision);
    case 'error':
      return put(0, null, decision);
    case 'refuse':
      return put(0, null, { kind: 'error', maLoi: MOJ_ERRORS.DATA_INCORRECT, lyDo: decision.lyDo });
    case 'unavailable':
      return record;
  }
}

/**
 * Receives a registration request: `Prefer` or the rules decide; a refusal is a 409/422 problem
 * and nothing is stored; otherwise the registration is stored in its status (4 at once when
 * eligible and received on a working day up to the cut-off).
 * @see DOMAIN.md §5; specs/hotich.yaml `hotichRegisterBirth`, `hotichRegisterDeath`
 */
export async function intake<R extends RegistrationRecord, Req extends FlowRequest, Sup>(
  ctx: MockContext,
  kind: RegistrationKind<R, Req, Sup>,
  request: Req,
  officerId: string,
  prefer: Preference,
): Promise<R | Problem> {
  const forced = forcedDecision(prefer, kind.defaults);
  if (isProblem(forced)) return forced;
  const decision =
    forced ?? (await kind.evaluate(ctx, callerOf(officerId, request.maHoSo), request));
  if (decision.kind === 'refuse') return refusalProblem(decision);
  if (decision.kind === 'unavailable') return upstreamUnavailable(decision.system);
  const now = ctx.clock.now();
  const province = checkRegisteringAgency(request.maDonVi, request.maXaDangKy).provinceCode;
  const id = await newRegistrationId(ctx, kind.prefix, province);
  const timing = registrationTiming(
    ctx.calendar,
    now,
    ctx.regime.timeLimits.sameDayCutoff,
    kind.limit(ctx),
  );
  const draft = kind.build({
    id,
    request,
    officerId,
    subject: decision.kind === 'eligible' ? decision.subject : null,
    receivedAt: toVnIso(now),
    hanXuLy: toVnIso(timing.hanXuLy),
    now: toVnIso(now),
  });
  const record = await apply(ctx, kind, draft, decision);
  const inserted = await registrations(ctx.store).insert(record);
  if (!inserted.ok)
    throw new Error(`hotich: registration ${id} could not be stored (${inserted.error.code})`);
  return record;
}

/**
 * Brings a stored registration up to the clock: a supplement not received in time ends in
 * status 0 (200 RECORD_UNCOMPLETE); a registration due for decision is decided (status 1 is
 * examined again, status 3 registered). Saved when it changed.
 * @see DOMAIN.md §3 "Supplement" (rejected after 7 WD), §5
 */
export async function refresh<R extends RegistrationRecord, Req extends FlowRequest, Sup>(
  ctx: MockContext,
  kind: RegistrationKind<R, Req, Sup>,
  record: R,
): Promise<R> {
  const now = ctx.clock.now();
  let next: R = record;
  const { trangThai, hanBoSung } = record.view;
  if (trangThai === 2 && hanBoSung !== undefined && isSupplementExpired(hanBoSung, now)) {
    const lyDo = [reason(REASONS.supplementExpired, 'Quá hạn nộp hồ sơ bổ sung')];
    next = expire(ctx, record, lyDo);
  } else if (
    (trangThai === 1 || trangThai === 3) &&
    record.dueAt !== null &&
    now.getTime() >= Date.parse(record.dueAt)
  ) {
    const decision: Decision =
      trangThai === 3
        ? { kind: 'register' }
        : await kind.evaluate(
            ctx,
            callerOf(record.officerId, record.view.maHoSo),
            record.request as unknown as Req,
            record.id,
          );
    const subject = decision.kind === 'eligible' ? decision.subject : undefined;
    const examined =
      subject !== undefined && record.kind === 'KHAI_SINH'
        ? ({ ...record, childKey: subject } as R)
        : record;
    next = await apply(
      ctx,
      kind,
      examined,
      subject !== undefined ? { kind: 'register' } : decision,
    );
  }
  if (next === record) return record;
  await registrations(ctx.store).put(next);
  return next;
}

function expire<R extends RegistrationRecord>(
  ctx: MockContext,
  record: R,
  lyDo: ReturnType<typeof reason>[],
): R {
  const view = { ...withoutStatus(record.view), thoiDiemCapNhat: toVnIso(ctx.clock.now()) };
  return {
    ...record,
    dueAt: null,
    view: { ...view, ...statusFields(ctx, 0, lyDo, MOJ_ERRORS.RECORD_UNCOMPLETE) },
  } as R;
}

/**
 * Answers a registration in status 2 with a supplement: 409 unless in status 2, 422 after the
 * deadline; the merged dossier is examined again from now (a complete one is registered the
 * same working day).
 * @see specs/hotich.yaml `hotichSupplementBirth`, `hotichSupplementDeath`; DOMAIN.md §3
 */
export async function supplement<R extends RegistrationRecord, Req extends FlowRequest, Sup>(
  ctx: MockContext,
  kind: RegistrationKind<R, Req, Sup>,
  stored: R,
  body: Sup,
  prefer: Preference,
): Promise<R | Problem> {
  const record = await refresh(ctx, kind, stored);
  if (record.view.trangThai !== 2) {
    const expired = record.view.lyDo?.some((r) => r.ma === REASONS.supplementExpired) ?? false;
    if (expired)
      return businessRule(REASONS.supplementExpired, 'The supplement deadline has passed.');
    return conflict(
      REASONS.notInSupplement,
      `The registration is in status ${record.view.trangThai}, not 2.`,
    );
  }
  const forced = forcedDecision(prefer, kind.defaults);
  if (isProblem(forced)) return forced;
  const request = kind.merge(record.request as unknown as Req, body);
  const decision =
    forced ??
    (await kind.evaluate(ctx, callerOf(record.officerId, request.maHoSo), request, record.id));
  if (decision.kind === 'refuse') return refusalProblem(decision);
  if (decision.kind === 'unavailable') return upstreamUnavailable(decision.system);
  const now = ctx.clock.now();
  const timing = registrationTiming(
    ctx.calendar,
    now,
    ctx.regime.timeLimits.sameDayCutoff,
    kind.limit(ctx),
  );
  const rebuilt = kind.build({
    id: record.id,
    request,
    officerId: record.officerId,
    subject: decision.kind === 'eligible' ? decision.subject : null,
    receivedAt: record.view.thoiDiemTiepNhan,
    hanXuLy: toVnIso(timing.hanXuLy),
    now: toVnIso(now),
  });
  const next = await apply(ctx, kind, rebuilt, decision);
  await registrations(ctx.store).put(next);
  return next;
}
