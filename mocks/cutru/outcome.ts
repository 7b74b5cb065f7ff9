/**
 * Writes the outcome of a registration in one transaction: registered (the people join the
 * household, CT08 issued), refused (CT06 issued) or waiting for the head in VNeID.
 * @see DOMAIN.md §3 step 8a; specs/cutru.yaml `ResidenceRegistration`
 */
import type { Problem } from '../../contracts/problems.js';
import { err, ok } from '../../contracts/result.js';
import type { components } from '../../contracts/generated/cutru.js';
import { toLocalDate } from '../domain/calendar/index.js';
import { nextSequence, type MockContext, type Reason } from '../kit/index.js';
import type { StoreScope } from '../ports/store/index.js';
import { refusalSlip, resultNotice } from './mapping.js';
import { conflictsNow, joinHousehold, register, type Joiner } from './membership.js';
import { CONFLICTS } from './problems.js';
import {
  COLLECTIONS,
  REGISTRATIONS,
  type HouseholdRecord,
  type RegistrationRecord,
} from './state.js';

type Registration = components['schemas']['ResidenceRegistration'];

/** What is decided: register, refuse with reasons, or wait for the head's VNeID answer. */
export type Decision =
  | { readonly kind: 'REGISTER'; readonly confirmationId?: string }
  | {
      readonly kind: 'REFUSE';
      readonly reasons: readonly Reason[];
      readonly confirmationId?: string;
    }
  | { readonly kind: 'WAIT'; readonly confirmationId: string };

/** A registration before its outcome: received, with its time limit, household and people. */
export interface Draft {
  /** Set when the registration already exists (a pending one being decided). */
  readonly maDangKy?: string;
  readonly request: RegistrationRecord['request'];
  readonly officerId: string;
  readonly receivedAt: string;
  readonly dueAt: string;
  readonly household: HouseholdRecord;
  readonly joiners: readonly Joiner[];
}

function pad6(n: number): string {
  return String(n).padStart(6, '0');
}

async function decide(
  tx: StoreScope,
  ctx: MockContext,
  draft: Draft,
  decision: Decision,
  base: Registration,
): Promise<Registration> {
  const today = toLocalDate(ctx.clock.now());
  const hoTen = draft.request.nguoiDangKy.hoTen;
  let settled = decision;
  if (settled.kind === 'REGISTER') {
    const conflicts = await conflictsNow(tx, draft.joiners, draft.household.id);
    if (conflicts.length > 0) settled = { ...settled, kind: 'REFUSE', reasons: conflicts };
  }
  if (settled.kind === 'WAIT') return { ...base, trangThai: 'CHO_XAC_NHAN_CHU_HO' };
  if (settled.kind === 'REFUSE') {
    const slip = await refusalSlip(tx, ctx, {
      hoTen,
      address: draft.household.address,
      lyDo: settled.reasons,
    });
    return { ...base, trangThai: 'TU_CHOI', phieuTuChoi: slip };
  }
  const { residents, households } = register(tx);
  const current = (await households.get(draft.household.id)) ?? draft.household;
  const household = await joinHousehold(tx, current, draft.joiners, today);
  const head = await residents.get(household.headId ?? '');
  const headName = head?.fullName ?? draft.request.chuHo.hoTen;
  const notice = await resultNotice(tx, ctx, { hoTen, headName, household });
  return { ...base, trangThai: 'DA_DANG_KY', ngayDangKy: today, thongBaoKetQua: notice };
}

/**
 * Decides and stores a registration atomically; a second registration of the same dossier
 * (a race with another request) is a 409.
 * @see specs/cutru.yaml `cutruRegisterPermanentResidence` (409 REGISTRATION_EXISTS)
 */
export async function settle(
  ctx: MockContext,
  draft: Draft,
  decision: Decision,
): Promise<RegistrationRecord | Problem> {
  const written = await ctx.store.transaction(async (tx) => {
    const registrations = tx.collection(COLLECTIONS.registrations, REGISTRATIONS);
    const year = draft.receivedAt.slice(0, 4);
    const maDangKy =
      draft.maDangKy ?? `TT-${year}-${pad6(await nextSequence(tx, `cutru.TT.${year}`))}`;
    const confirmationId = decision.confirmationId ?? draft.request.maXacNhanVneid;
    const base: Registration = {
      maDangKy,
      maHoSo: draft.request.maHoSo,
      soDinhDanh: draft.request.nguoiDangKy.soDinhDanh,
      trangThai: 'DANG_XU_LY',
      thoiDiemTiepNhan: draft.receivedAt,
      hanXuLy: draft.dueAt,
      maHo: draft.household.id,
      ...(confirmationId !== undefined ? { maXacNhanVneid: confirmationId } : {}),
    };
    const registration = await decide(tx, ctx, draft, decision, base);
    const record: RegistrationRecord = {
      registration,
      request: draft.request,
      officerId: draft.officerId,
    };
    const saved =
      draft.maDangKy === undefined
        ? await registrations.insert(record)
        : await registrations.put(record);
    return saved.ok ? ok(record) : err(saved.error);
  });
  return written.ok ? written.value : CONFLICTS.registrationExists(draft.request.maHoSo);
}
