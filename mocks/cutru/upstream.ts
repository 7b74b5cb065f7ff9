/**
 * What the residence system asks other systems, through the sandbox dispatch (validation, faults
 * and journal apply): the population database (`dancu`) for identity and death, VNeID for the
 * household head's consent. A 4xx/5xx answer is an expected outcome, never a crash.
 * @see DESIGN.md §3, §6 ("the hub talks to agencies only through dispatch")
 */
import type { components as VneidSchemas } from '../../contracts/generated/vneid.js';
import {
  lookupCitizen as lookupInRegister,
  type CitizenPurpose,
  type MockContext,
} from '../kit/index.js';

type Purpose = CitizenPurpose;
/** A VNeID confirmation as vneid.yaml defines it. */
export type Confirmation = VneidSchemas['schemas']['Confirmation'];

/** Who asks and for which dossier: the headers every citizen read carries. */
export interface CallerContext {
  readonly officerId: string;
  readonly dossier: string;
}

/** A citizen as the population database reports them, for the purpose asked. */
export interface CitizenFacts {
  readonly id: string;
  readonly hoTen?: string;
  readonly ngaySinh?: string;
  readonly gioiTinh?: string;
  readonly dead: boolean;
  readonly deathDate: string | null;
}

/** The population database's answer: found, unknown, or no usable answer. */
export type CitizenAnswer =
  | { readonly kind: 'FOUND'; readonly citizen: CitizenFacts }
  | { readonly kind: 'NOT_FOUND' }
  | { readonly kind: 'UNAVAILABLE' };

function headers(caller: CallerContext): Record<string, string> {
  return { 'x-officer-id': caller.officerId };
}

/**
 * Looks a citizen up in the population database for a purpose (`DK_THUONG_TRU`,
 * `XOA_THUONG_TRU`). An answer about another person than the one asked says nothing of them.
 * @see mocks/kit/citizens.ts `lookupCitizen`; SECURITY.md §3
 */
export async function lookupCitizen(
  ctx: MockContext,
  soDinhDanh: string,
  purpose: Purpose,
  caller: CallerContext,
): Promise<CitizenAnswer> {
  const answer = await lookupInRegister(ctx, {
    soDinhDanh,
    purpose,
    maHoSo: caller.dossier,
    officer: caller.officerId,
  });
  if (answer.kind === 'unknown') return { kind: 'NOT_FOUND' };
  if (answer.kind === 'unavailable') return { kind: 'UNAVAILABLE' };
  const record = answer.citizen;
  const citizen: CitizenFacts = {
    id: soDinhDanh,
    ...(record.hoTen !== undefined ? { hoTen: record.hoTen } : {}),
    ...(record.ngaySinh !== undefined ? { ngaySinh: record.ngaySinh } : {}),
    ...(record.gioiTinh !== undefined ? { gioiTinh: record.gioiTinh } : {}),
    dead: record.meta.trangThaiSong === 'DA_CHET',
    deathDate: typeof record.ngayMat === 'string' ? record.ngayMat : null,
  };
  return { kind: 'FOUND', citizen };
}

/** VNeID's answer about a confirmation. */
export type ConfirmationAnswer =
  | { readonly kind: 'FOUND'; readonly confirmation: Confirmation }
  | { readonly kind: 'NOT_FOUND' }
  | { readonly kind: 'REJECTED'; readonly code: string }
  | { readonly kind: 'UNAVAILABLE' };

/**
 * Reads a confirmation the household head answered (or not) in VNeID.
 * @see specs/vneid.yaml `vneidGetConfirmation`
 */
export async function getConfirmation(
  ctx: MockContext,
  maXacNhan: string,
  caller: CallerContext,
): Promise<ConfirmationAnswer> {
  const output = await ctx.call('vneidGetConfirmation', {
    params: { maXacNhan },
    headers: headers(caller),
  });
  if (output.status === 404) return { kind: 'NOT_FOUND' };
  if (output.status !== 200) return { kind: 'UNAVAILABLE' };
  const confirmation = output.body as Confirmation;
  if (confirmation.maXacNhan !== maXacNhan) return { kind: 'UNAVAILABLE' };
  return { kind: 'FOUND', confirmation };
}

/** What the head is asked to consent to: who is registered, and who asked. */
export interface ConsentQuestion {
  readonly headId: string;
  readonly text: string;
  readonly deadline: string;
  /** The registrant (`nguoiLienQuan`). */
  readonly registrant: VneidSchemas['schemas']['ConfirmationSubject'];
  /** The declarant of the CT01 and their declared relationship to the registrant (`nguoiDeNghi`). */
  readonly declarant: VneidSchemas['schemas']['ConfirmationRequester'];
}

/**
 * Asks the household head in VNeID to consent (`DONG_Y_CHU_HO`), naming the registrant and the
 * declarant so the head (and the simulated citizen) knows whom it is about even when VNeID has no
 * profile of the registrant yet (a newborn). A 404/422 (no account, not level 2…) means the head
 * cannot consent there.
 * @see specs/vneid.yaml `vneidRequestConfirmation`
 */
export async function requestConsent(
  ctx: MockContext,
  question: ConsentQuestion,
  caller: CallerContext,
): Promise<ConfirmationAnswer> {
  const output = await ctx.call('vneidRequestConfirmation', {
    headers: headers(caller),
    body: {
      loaiXacNhan: 'DONG_Y_CHU_HO',
      soDinhDanhNguoiXacNhan: question.headId,
      maHoSo: caller.dossier,
      noiDung: question.text,
      hanXacNhan: question.deadline,
      nguoiLienQuan: question.registrant,
      nguoiDeNghi: question.declarant,
    },
  });
  if (output.status === 404 || output.status === 422) {
    const code = (output.body as { code?: unknown } | undefined)?.code;
    return { kind: 'REJECTED', code: typeof code === 'string' ? code : String(output.status) };
  }
  if (output.status !== 201) return { kind: 'UNAVAILABLE' };
  const confirmation = output.body as Confirmation;
  const asked =
    confirmation.maHoSo === caller.dossier &&
    confirmation.soDinhDanhNguoiXacNhan === question.headId;
  return asked ? { kind: 'FOUND', confirmation } : { kind: 'UNAVAILABLE' };
}
