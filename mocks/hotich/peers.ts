/**
 * The civil-status software's calls to its partners, through the sandbox dispatch: the health
 * system (certificates), the population database (citizens, personal ID numbers, deaths). Every
 * answer, including 4xx and 5xx, becomes a {@link PeerAnswer} value; nothing here throws.
 * @see DOMAIN.md §2 (A5 ↔ A6, A10), §3 step 5, §4 step 3; DESIGN.md §6
 */
import type { HandlerOutput } from '../../contracts/handler.js';
import type { components as dancu } from '../../contracts/generated/dancu.js';
import type { components as yte } from '../../contracts/generated/yte.js';
import type { MockContext } from '../kit/index.js';

/** What a partner answered: the success body, a problem with its status, or nothing usable. */
export type PeerAnswer<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'problem'; readonly status: number; readonly code: string | undefined }
  | { readonly kind: 'unavailable'; readonly status: number };

/** Who is calling and for which dossier: the officer account (or system account) and `maHoSo`. */
export interface CallerContext {
  readonly officerId: string;
  readonly maHoSo: string;
}

/** The account the software uses when no officer forwarded the request. */
export const SYSTEM_ACCOUNT = 'hethong.hotich';

type Purpose = 'KHAI_SINH' | 'KHAI_TU';

function answerOf<T>(output: HandlerOutput, success: number): PeerAnswer<T> {
  if (output.status === success) return { kind: 'ok', value: output.body as T };
  if (output.status >= 500 || output.status === 429 || output.status < 400) {
    return { kind: 'unavailable', status: output.status };
  }
  const body = output.body as { code?: unknown } | undefined;
  const code = typeof body?.code === 'string' ? body.code : undefined;
  return { kind: 'problem', status: output.status, code };
}

function citizenHeaders(caller: CallerContext, purpose: Purpose): Record<string, string> {
  return { 'x-officer-id': caller.officerId, 'x-muc-dich': purpose, 'x-ma-ho-so': caller.maHoSo };
}

/**
 * Looks a citizen up in the population database for a purpose (`KHAI_SINH` for the mother,
 * `KHAI_TU` for the deceased).
 * @see specs/dancu.yaml `dancuLookupCitizen`
 */
export async function lookupCitizen(
  ctx: MockContext,
  caller: CallerContext,
  soDinhDanh: string,
  purpose: Purpose,
): Promise<PeerAnswer<dancu['schemas']['CitizenRecord']>> {
  const output = await ctx.call('dancuLookupCitizen', {
    headers: citizenHeaders(caller, purpose),
    body: { soDinhDanh },
  });
  return answerOf(output, 200);
}

/**
 * Fetches a medical birth certificate from the health system.
 * @see specs/yte.yaml `yteGetBirthCertificate`
 */
export async function fetchBirthCertificate(
  ctx: MockContext,
  caller: CallerContext,
  code: string,
): Promise<PeerAnswer<yte['schemas']['BirthCertificate']>> {
  const output = await ctx.call('yteGetBirthCertificate', {
    params: { maGiayChungSinh: code },
    headers: citizenHeaders(caller, 'KHAI_SINH'),
  });
  return answerOf(output, 200);
}

/**
 * Fetches a medical death notice from the health system.
 * @see specs/yte.yaml `yteGetDeathNotice`
 */
export async function fetchDeathNotice(
  ctx: MockContext,
  caller: CallerContext,
  code: string,
): Promise<PeerAnswer<yte['schemas']['DeathNotice']>> {
  const output = await ctx.call('yteGetDeathNotice', {
    params: { maGiayBaoTu: code },
    headers: citizenHeaders(caller, 'KHAI_TU'),
  });
  return answerOf(output, 200);
}

/**
 * Asks the population database for the child's personal ID number. A second request for the
 * same registration (409 after a lost answer) reads the issuance back instead.
 * @see specs/dancu.yaml `dancuIssuePersonalId`, `dancuGetPersonalIdIssuance`; DOMAIN.md §3 step 5
 */
export async function issuePersonalId(
  ctx: MockContext,
  caller: CallerContext,
  request: dancu['schemas']['PersonalIdRequest'],
): Promise<PeerAnswer<dancu['schemas']['PersonalIdIssuance']>> {
  const output = await ctx.call('dancuIssuePersonalId', {
    headers: { 'x-officer-id': caller.officerId },
    body: request,
  });
  const answer = answerOf<dancu['schemas']['PersonalIdIssuance']>(output, 201);
  if (answer.kind !== 'problem' || answer.status !== 409) return answer;
  const again = await ctx.call('dancuGetPersonalIdIssuance', {
    headers: citizenHeaders(caller, 'KHAI_SINH'),
    body: { maDangKyKhaiSinh: request.maDangKyKhaiSinh },
  });
  return answerOf(again, 200);
}

/**
 * Records the death in the population database. `ALREADY_DECEASED` (409) counts as done: the
 * register already says what this registration asks it to say.
 * @see specs/dancu.yaml `dancuRecordDeath`; DOMAIN.md §4 step 3
 */
export async function recordDeath(
  ctx: MockContext,
  caller: CallerContext,
  request: dancu['schemas']['DeathRecordRequest'],
): Promise<PeerAnswer<undefined>> {
  const output = await ctx.call('dancuRecordDeath', {
    headers: { 'x-officer-id': caller.officerId },
    body: request,
  });
  if (output.status === 409) return { kind: 'ok', value: undefined };
  const answer = answerOf<unknown>(output, 200);
  return answer.kind === 'ok' ? { kind: 'ok', value: undefined } : answer;
}
