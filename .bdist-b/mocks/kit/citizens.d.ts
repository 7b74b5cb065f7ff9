/**
 * How a mock reads a citizen from the national population database on behalf of an officer:
 * the officer a call is made for, and the purpose-bound `dancuLookupCitizen` through the sandbox
 * dispatch (validation, faults and the journal apply as for any client).
 * @see specs/dancu.yaml `dancuLookupCitizen`; SECURITY.md §1 (named accounts), §3 (purposes)
 */
import type { components } from '../../contracts/generated/dancu.js';
import type { MockContext } from './context.js';
/** A citizen as the population database reports them (`CitizenRecord` in dancu.yaml). */
export type CitizenRecord = components['schemas']['CitizenRecord'];
/** A purpose of a citizen read (`Purpose` in dancu.yaml). */
export type CitizenPurpose = components['schemas']['Purpose'];
/**
 * The officer a request names (`X-Officer-Id`), else the system's own account
 * (`hethong.<system>`) that calls when no officer forwarded the request.
 * @see specs/common.yaml `OfficerId`; SECURITY.md §1 (named accounts)
 */
export declare function officerOf(headers: Readonly<Record<string, unknown>>, systemAccount: string): string;
/** A citizen read: whom, for which purpose and dossier, by which officer, which fields. */
export interface CitizenQuery {
    readonly soDinhDanh: string;
    readonly purpose: CitizenPurpose;
    readonly maHoSo: string;
    readonly officer: string;
    /** The fields asked for (`truong`); the purpose's whole allow-list when absent. */
    readonly fields?: readonly string[];
}
/** What the population database said about a person. */
export type CitizenAnswer = {
    readonly kind: 'found';
    readonly citizen: CitizenRecord;
} | {
    readonly kind: 'unknown';
} | {
    readonly kind: 'unavailable';
    readonly status: number;
};
/**
 * Looks a person up in the population database. A 404, or an answer about someone else than the
 * person asked (it says nothing of them), is `unknown`; any other failure is `unavailable`, with
 * the status so callers can tell an outage (429, 5xx) from a refusal.
 * @see specs/dancu.yaml `dancuLookupCitizen`
 */
export declare function lookupCitizen(ctx: Pick<MockContext, 'call'>, query: CitizenQuery): Promise<CitizenAnswer>;
