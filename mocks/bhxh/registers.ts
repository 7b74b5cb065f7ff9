/**
 * BHXH's view of the national population database: one purpose-bound lookup through the
 * dispatch, so validation, faults and the journal apply as for any client.
 * @see specs/dancu.yaml dancuLookupCitizen; SECURITY.md §3
 */
import type { components as dancu } from '../../contracts/generated/dancu.js';
import type { MockContext } from '../kit/index.js';

type CitizenRecord = dancu['schemas']['CitizenRecord'];
type Purpose = dancu['schemas']['CitizenRecordMeta']['mucDich'];

/** What the population database says about a person. */
export type CitizenAnswer =
  | { readonly kind: 'found'; readonly citizen: CitizenRecord }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'unavailable'; readonly status: number };

/** The lookup BHXH makes: whom, for which purpose and dossier, by which officer. */
export interface CitizenQuery {
  readonly soDinhDanh: string;
  readonly purpose: Purpose;
  readonly maHoSo: string;
  readonly officer: string;
}

/**
 * The system account BHXH calls with when no officer is known.
 * @see SECURITY.md §1 (named accounts)
 */
export const SYSTEM_OFFICER = 'hethong.bhxh';

/**
 * The officer a request names (`X-Officer-Id`), else the BHXH system account.
 * @see specs/common.yaml `OfficerId`
 */
export function officerOf(headers: Readonly<Record<string, unknown>>): string {
  const officer = headers['x-officer-id'];
  return typeof officer === 'string' && officer !== '' ? officer : SYSTEM_OFFICER;
}

/**
 * Looks a person up in dancu. A 404, or an answer about someone else (a contract example from
 * a register without behaviour), is `unknown`; any other failure is `unavailable`.
 * @see specs/dancu.yaml dancuLookupCitizen
 */
export async function lookUpCitizen(ctx: MockContext, query: CitizenQuery): Promise<CitizenAnswer> {
  const answer = await ctx.call('dancuLookupCitizen', {
    headers: {
      'x-officer-id': query.officer,
      'x-muc-dich': query.purpose,
      'x-ma-ho-so': query.maHoSo,
    },
    body: { soDinhDanh: query.soDinhDanh },
  });
  if (answer.status === 404) return { kind: 'unknown' };
  if (answer.status !== 200) return { kind: 'unavailable', status: answer.status };
  const citizen = answer.body as CitizenRecord;
  return citizen.soDinhDanh === query.soDinhDanh ? { kind: 'found', citizen } : { kind: 'unknown' };
}
