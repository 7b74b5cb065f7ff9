/**
 * The social-affairs line's view of the national population database: one purpose-bound lookup through the
 * dispatch, so validation, faults and the journal apply as for any client.
 * @see specs/dancu.yaml dancuLookupCitizen; SECURITY.md §3
 */
import type { components as dancu } from '../../contracts/generated/dancu.js';
import type { MockContext } from '../kit/index.js';
type CitizenRecord = dancu['schemas']['CitizenRecord'];
type Purpose = dancu['schemas']['CitizenRecordMeta']['mucDich'];
/** What the population database says about a person. */
export type CitizenAnswer = {
    readonly kind: 'found';
    readonly citizen: CitizenRecord;
} | {
    readonly kind: 'unknown';
} | {
    readonly kind: 'unavailable';
    readonly status: number;
};
/** The lookup xahoi makes: whom, for which purpose and dossier, by which officer. */
export interface CitizenQuery {
    readonly soDinhDanh: string;
    readonly purpose: Purpose;
    readonly maHoSo: string;
    readonly officer: string;
}
/**
 * The system account xahoi calls with when no officer is known.
 * @see SECURITY.md §1 (named accounts)
 */
export declare const SYSTEM_OFFICER = "hethong.xahoi";
/**
 * The officer a request names (`X-Officer-Id`), else the xahoi system account.
 * @see specs/common.yaml `OfficerId`
 */
export declare function officerOf(headers: Readonly<Record<string, unknown>>): string;
/**
 * Looks a person up in dancu. A 404, or an answer about someone else (a contract example from
 * a register without behaviour), is `unknown`; any other failure is `unavailable`.
 * @see specs/dancu.yaml dancuLookupCitizen
 */
export declare function lookUpCitizen(ctx: MockContext, query: CitizenQuery): Promise<CitizenAnswer>;
export {};
